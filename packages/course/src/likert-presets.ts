import type { Localized } from './compiled-course.ts';

type Labels = Record<string, readonly string[]>;

/** Built-in likert scales, from one end to the other; labels in the partner languages. */
const presets: Record<'agreement-5' | 'frequency-5', { ids: readonly string[]; labels: Labels }> = {
  'agreement-5': {
    ids: ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'],
    labels: {
      fr: [
        "Pas du tout d'accord",
        "Pas d'accord",
        "Ni d'accord ni pas d'accord",
        "D'accord",
        "Tout à fait d'accord",
      ],
      en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
      el: ['Διαφωνώ απόλυτα', 'Διαφωνώ', 'Ούτε συμφωνώ ούτε διαφωνώ', 'Συμφωνώ', 'Συμφωνώ απόλυτα'],
      ro: ['Dezacord total', 'Dezacord', 'Nici acord, nici dezacord', 'Acord', 'Acord total'],
      de: [
        'Stimme überhaupt nicht zu',
        'Stimme nicht zu',
        'Weder noch',
        'Stimme zu',
        'Stimme voll und ganz zu',
      ],
    },
  },
  'frequency-5': {
    ids: ['never', 'rarely', 'sometimes', 'often', 'always'],
    labels: {
      fr: ['Jamais', 'Rarement', 'Parfois', 'Souvent', 'Toujours'],
      en: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
      el: ['Ποτέ', 'Σπάνια', 'Μερικές φορές', 'Συχνά', 'Πάντα'],
      ro: ['Niciodată', 'Rar', 'Uneori', 'Des', 'Întotdeauna'],
      de: ['Nie', 'Selten', 'Manchmal', 'Oft', 'Immer'],
    },
  },
};

export type LikertPreset = keyof typeof presets;

/** Languages that have built-in likert labels. */
export const LIKERT_LANGUAGES = Object.keys(presets['agreement-5'].labels);

/** The points of a preset scale (English labels for languages without built-in ones). */
export function likertPreset(
  name: LikertPreset,
  languages: readonly string[],
): { id: string; label: Localized }[] {
  const { ids, labels } = presets[name];
  const pick = (language: string) => labels[language] ?? labels[language.split('-')[0]!] ?? labels.en!;
  return ids.map((id, i) => ({ id, label: Object.fromEntries(languages.map((l) => [l, pick(l)[i]!])) }));
}
