import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor, collectCatalogs } from '../addon-catalogs.ts';
import { BLOCKS_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the UI strings of the blocks add-on (addon-blocks.ts); blocks/fr.ts is the reference. */
export type BlocksMessageKey = keyof typeof fr;

/** A catalogue of the blocks add-on (addon-blocks.ts): exactly the keys of blocks/fr.ts. */
export type BlocksMessages = Record<BlocksMessageKey, string>;

/**
 * Every catalogue of the blocks add-on (addon-blocks.ts), by language tag. In sources, the files of this folder; in the add-on bundle
 * (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a package
 * ships for its languages only (before the add-on script), when the add-on script runs.
 */
export const blocksCatalogs: Readonly<Record<LanguageTag, BlocksMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[BLOCKS_MESSAGES_GLOBAL], en),
      en,
    }
  : collectCatalogs(
      import.meta.glob<Record<string, BlocksMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
    );

/** The strings of the blocks add-on (addon-blocks.ts) for a content language (same rules as messagesFor). */
export function blocksMessagesFor(lang: LanguageTag): BlocksMessages {
  return catalogFor(blocksCatalogs, lang, en);
}
