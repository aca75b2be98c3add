import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor } from '../addon-catalogs.ts';
import { de } from './de.ts';
import { el } from './el.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { ro } from './ro.ts';

/** The keys of the UI strings of the reading and search add-ons; reading/fr.ts is the reference. */
export type ReadingMessages = Record<keyof typeof fr, string>;

/**
 * Every catalogue of the reading and search add-ons (addon-reading.ts, addon-search.ts). All five ship inside
 * each add-on (well under a kilobyte gzip): only reading courses load them, so they need no catalogue scripts.
 */
const readingCatalogs: Readonly<Record<LanguageTag, ReadingMessages>> = { fr, en, de, el, ro };

/** The strings of the reading and search add-ons for a content language (same rules as messagesFor). */
export function readingMessagesFor(lang: LanguageTag): ReadingMessages {
  return catalogFor(readingCatalogs, lang, en);
}
