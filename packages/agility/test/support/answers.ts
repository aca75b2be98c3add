import type { AgilityAnswer } from '../../src/index.ts';

/**
 * Answers written per dimension, in item order: `{ D2: [4, 4, 'na'] }` gives `2.1: 4, 2.2: 4, 2.3: 'na'`.
 * `scenarios` are added as they are.
 */
export function answersFor(
  perDimension: Readonly<Record<string, readonly (number | 'na' | null)[]>>,
  scenarios: Readonly<Record<string, string>> = {},
): Record<string, AgilityAnswer> {
  const answers: Record<string, AgilityAnswer> = {};
  for (const [dimension, values] of Object.entries(perDimension)) {
    values.forEach((value, n) => {
      if (value !== null) answers[`${dimension.slice(1)}.${n + 1}`] = value;
    });
  }
  return { ...answers, ...scenarios };
}
