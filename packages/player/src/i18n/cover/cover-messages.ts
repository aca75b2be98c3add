import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor } from '../addon-catalogs.ts';
import { de } from './de.ts';
import { el } from './el.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { ro } from './ro.ts';

/** The keys of the UI strings of the cover add-on; cover/fr.ts is the reference. */
export type CoverMessages = Record<keyof typeof fr, string>;

/**
 * Every catalogue of the cover add-on (addon-cover.ts). All five ship inside the add-on (a few hundred bytes
 * gzip), so it needs no catalogue scripts.
 */
const coverCatalogs: Readonly<Record<LanguageTag, CoverMessages>> = { fr, en, de, el, ro };

/** The strings of the cover add-on for a content language (same rules as messagesFor). */
export function coverMessagesFor(lang: LanguageTag): CoverMessages {
  return catalogFor(coverCatalogs, lang, en);
}
