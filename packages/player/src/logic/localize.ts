import type { LanguageTag, Localized } from '@dlis/course/compiled';

/**
 * The value of `text` for `lang`, else for `fallback` (the course default language), else the first one.
 * Compiled courses carry every language of the package, so the fallbacks only guard hand-made data.
 */
export function localize(text: Localized, lang: LanguageTag, fallback: LanguageTag): string {
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
