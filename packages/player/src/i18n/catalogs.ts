import type { LanguageTag } from '@dlis/course/compiled';
import type { Messages } from './messages.ts';

/**
 * Every UI catalogue of this folder, by language tag. A catalogue is a file named after its tag (`de.ts`)
 * exporting a const of the same name (`export const de = {…} satisfies Messages`): adding the file is all it takes.
 */
export const catalogs: Readonly<Record<LanguageTag, Messages>> = collect(
  import.meta.glob<Record<string, Messages>>(['./??.ts', './??-??.ts'], { eager: true }),
);

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
  return catalogs[lang] ?? catalogs[primary] ?? (catalogs[FALLBACK_UI_LANGUAGE] as Messages);
}

/** The language tag of the UI catalogue used for a content language (same rules as messagesFor). */
export function uiLanguageFor(lang: LanguageTag): LanguageTag {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return catalogs[lang] ? lang : catalogs[primary] ? primary : FALLBACK_UI_LANGUAGE;
}
