import type { LanguageTag } from '@dlis/course/compiled';
import { en } from './en.ts';
import { MESSAGES_GLOBAL, readGlobalCatalogs } from './global-catalogs.ts';
import type { Messages } from './messages.ts';

/**
 * Every UI catalogue, by language tag. In sources (tests, preview) these are the files of this folder: a
 * catalogue is a file named after its tag (`de.ts`) exporting a const of the same name
 * (`export const de = {…} satisfies Messages`); adding the file is all it takes. The player bundle is built with
 * `import.meta.env.DLIS_EXTERNAL_UI_CATALOGS` set: it carries English only and reads the other catalogues from
 * the catalogue scripts a package loads before it (global-catalogs.ts), when this module is evaluated.
 */
export const catalogs: Readonly<Record<LanguageTag, Messages>> = import.meta.env.DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[MESSAGES_GLOBAL], en),
      en,
    }
  : collect(import.meta.glob<Record<string, Messages>>(['./??.ts', './??-??.ts'], { eager: true }));

function collect(modules: Record<string, Record<string, Messages>>): Record<LanguageTag, Messages> {
  const out: Record<LanguageTag, Messages> = {};
  for (const [path, module] of Object.entries(modules)) {
    const tag = path.slice(2, -3);
    const messages = module[tag];
    if (messages) out[tag] = messages;
  }
  return out;
}

/** Language of the UI catalogue used when a course language has none. */
export const FALLBACK_UI_LANGUAGE = 'en';

/** The UI strings for a content language: same tag, else same primary subtag, else English. */
export function messagesFor(lang: LanguageTag): Messages {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return catalogs[lang] ?? catalogs[primary] ?? en;
}

/** The language tag of the UI catalogue used for a content language (same rules as messagesFor). */
export function uiLanguageFor(lang: LanguageTag): LanguageTag {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return catalogs[lang] ? lang : catalogs[primary] ? primary : FALLBACK_UI_LANGUAGE;
}
