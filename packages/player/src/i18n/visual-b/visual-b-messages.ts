import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor, collectCatalogs } from '../addon-catalogs.ts';
import { VISUAL_B_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the UI strings of the visual-b add-on (addon-visual-b.ts); visual-b/fr.ts is the reference. */
export type VisualBMessageKey = keyof typeof fr;

/** A catalogue of the visual-b add-on (addon-visual-b.ts): exactly the keys of visual-b/fr.ts. */
export type VisualBMessages = Record<VisualBMessageKey, string>;

/**
 * Every catalogue of the visual-b add-on (addon-visual-b.ts), by language tag. In sources, the files of this folder; in the add-on bundle
 * (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a package
 * ships for its languages only (before the add-on script), when the add-on script runs.
 */
export const visualBCatalogs: Readonly<Record<LanguageTag, VisualBMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[VISUAL_B_MESSAGES_GLOBAL], en),
      en,
    }
  : collectCatalogs(
      import.meta.glob<Record<string, VisualBMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
    );

/** The strings of the visual-b add-on (addon-visual-b.ts) for a content language (same rules as messagesFor). */
export function visualBMessagesFor(lang: LanguageTag): VisualBMessages {
  return catalogFor(visualBCatalogs, lang, en);
}
