import type { Localized } from './compiled-course.ts';

const labels: Record<string, { true: string; false: string }> = {
  fr: { true: 'Vrai', false: 'Faux' },
  en: { true: 'True', false: 'False' },
  el: { true: 'Σωστό', false: 'Λάθος' },
  ro: { true: 'Adevărat', false: 'Fals' },
  de: { true: 'Wahr', false: 'Falsch' },
};

/** Languages that have built-in true/false labels. */
export const TRUE_FALSE_LANGUAGES = Object.keys(labels);

/** Labels of the `true` / `false` choices of a true-false question (English for other languages). */
export function trueFalseLabels(languages: readonly string[]): { true: Localized; false: Localized } {
  const pick = (language: string) => labels[language] ?? labels[language.split('-')[0]!] ?? labels.en!;
  return {
    true: Object.fromEntries(languages.map((l) => [l, pick(l).true])),
    false: Object.fromEntries(languages.map((l) => [l, pick(l).false])),
  };
}
