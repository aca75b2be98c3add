import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor, collectCatalogs } from '../addon-catalogs.ts';
import { RESULTS_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the UI strings of the results add-on (addon-results.ts); results/fr.ts is the reference. */
export type ResultsMessageKey = keyof typeof fr;

/** A catalogue of the results add-on (addon-results.ts): exactly the keys of results/fr.ts. */
export type ResultsMessages = Record<ResultsMessageKey, string>;

/**
 * Every catalogue of the results add-on (addon-results.ts), by language tag. In sources, the files of this folder; in the add-on bundle
 * (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a package
 * ships for its languages only (before the add-on script), when the add-on script runs.
 */
export const resultsCatalogs: Readonly<Record<LanguageTag, ResultsMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[RESULTS_MESSAGES_GLOBAL], en),
      en,
    }
  : collectCatalogs(
      import.meta.glob<Record<string, ResultsMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
    );

/** The strings of the results add-on (addon-results.ts) for a content language (same rules as messagesFor). */
export function resultsMessagesFor(lang: LanguageTag): ResultsMessages {
  return catalogFor(resultsCatalogs, lang, en);
}
