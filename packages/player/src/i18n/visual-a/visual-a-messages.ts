import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor, collectCatalogs } from '../addon-catalogs.ts';
import { VISUAL_A_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the UI strings of the visual-a add-on (addon-visual-a.ts); visual-a/fr.ts is the reference. */
export type VisualAMessageKey = keyof typeof fr;

/** A catalogue of the visual-a add-on: exactly the keys of visual-a/fr.ts. */
export type VisualAMessages = Record<VisualAMessageKey, string>;

/**
 * Every catalogue of the visual-a add-on, by language tag. In sources, the files of this folder; in the add-on
 * bundle (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a
 * package ships for its languages only (before the add-on script), when the add-on script runs.
 */
export const visualACatalogs: Readonly<Record<LanguageTag, VisualAMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[VISUAL_A_MESSAGES_GLOBAL], en),
      en,
    }
  : collectCatalogs(
      import.meta.glob<Record<string, VisualAMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
    );

/** The strings of the visual-a add-on for a content language (same rules as messagesFor). */
export function visualAMessagesFor(lang: LanguageTag): VisualAMessages {
  return catalogFor(visualACatalogs, lang, en);
}
