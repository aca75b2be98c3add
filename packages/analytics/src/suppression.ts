import { protectQuantities } from './disclosure-control.ts';

/** Smallest cell size allowed by BRIEF.md §3.6 ("do not report cells with fewer than 5 respondents"). */
export const MIN_CELL = 5;

/**
 * Smallest number of respondents behind a Cronbach's α or a min/max: α on a handful of people is noise that
 * still describes them, and a min or max is one person's own score (docs/research.md, "Privacy safeguards").
 */
export const MIN_N_RELIABILITY = 30;
export const MIN_N_EXTREMES = 30;

/**
 * Which cells of one partition (counts that add up to a shown total) to suppress so that no count of 1..k−1 can be
 * read or derived: the one-relation case of protectQuantities. Returns one flag per count.
 */
export function suppressPartition(counts: readonly number[], k: number): boolean[] {
  const total = counts.reduce((s, c) => s + c, 0);
  const quantities = [
    ...counts.map((people) => ({ people, published: true })),
    { people: total, published: true, cost: 2 },
  ];
  const hidden = protectQuantities(quantities, [{ total: counts.length, parts: counts.map((_, i) => i) }], k);
  return hidden.slice(0, counts.length);
}
