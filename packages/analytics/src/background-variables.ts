import { AnalyticsError, AnalyticsErrorCode } from './analytics-error.ts';

/**
 * Readable names of the background questions of BRIEF.md §3.6, for `--by`. The xAPI background extension is keyed
 * by question id (`Q1` … `Q13`); any other id is accepted as is.
 */
export const BACKGROUND_ALIASES: Readonly<Record<string, string>> = {
  country: 'Q1',
  status: 'Q2',
  year: 'Q3',
  role: 'Q4',
  profession: 'Q4',
  field: 'Q5',
  sector: 'Q6',
  experience: 'Q7',
  age: 'Q8',
  'digital-share': 'Q9',
  training: 'Q10',
  setting: 'Q11',
  'aidants-connect': 'Q12',
  language: 'Q13',
};

/** A grouping variable: the question id in the data and the name the user gave. */
export interface GroupingVariable {
  id: string;
  name: string;
}

/** `country,role` → [{ id: 'Q1', name: 'country' }, { id: 'Q4', name: 'role' }]; throws on duplicates or junk. */
export function resolveGrouping(spec: string | readonly string[] | undefined): GroupingVariable[] {
  const names = (typeof spec === 'string' ? spec.split(',') : (spec ?? []))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: GroupingVariable[] = [];
  for (const name of names) {
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
      throw new AnalyticsError(
        AnalyticsErrorCode.invalidOption,
        `"${name}" is not a background variable: use a question id (Q1 … Q13) or one of ${Object.keys(BACKGROUND_ALIASES).join(', ')}.`,
      );
    }
    const id = BACKGROUND_ALIASES[name.toLowerCase()] ?? name;
    if (out.some((v) => v.id === id)) {
      throw new AnalyticsError(
        AnalyticsErrorCode.invalidOption,
        `"${name}" names ${id} twice in the grouping.`,
      );
    }
    out.push({ id, name });
  }
  return out;
}
