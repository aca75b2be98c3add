/** Smallest cell size allowed by BRIEF.md §3.6 ("do not report cells with fewer than 5 respondents"). */
export const MIN_CELL = 5;

/**
 * Which cells of one partition (counts that add up to a shown total) to suppress so that no count of 1..k−1 can be
 * read or derived: every count in 1..k−1 is suppressed; then, while the suppressed cells together hold fewer than k
 * respondents (so subtracting the shown cells from the total would reveal a small number), the smallest shown
 * non-zero cell is suppressed too. Zero cells are shown. Returns one flag per count.
 */
export function suppressPartition(counts: readonly number[], k: number): boolean[] {
  const hidden = counts.map((c) => c > 0 && c < k);
  let hiddenTotal = counts.reduce((s, c, i) => s + (hidden[i] ? c : 0), 0);
  while (hiddenTotal > 0 && hiddenTotal < k) {
    let pick = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && c > 0 && (pick < 0 || c < (counts[pick] ?? 0))) pick = i;
    });
    if (pick < 0) break;
    hidden[pick] = true;
    hiddenTotal += counts[pick] ?? 0;
  }
  return hidden;
}
