/**
 * Paired comparisons of two waves (pre/post) of the same respondents: the paired t-test with the 95 % interval of
 * the mean difference and Cohen's dz, and the Wilcoxon signed-rank test, each as R computes it (tests cite R's
 * help-page examples).
 */
import { chiSquareCdf, studentTCdf, studentTQuantile } from './distributions.ts';
import type { Interval } from './inference.ts';
import { mean, sd } from './statistics.ts';

export interface PairedTTest {
  /** Pairs. */
  n: number;
  /** Mean of the differences second − first. */
  meanDifference: number;
  sdDifference: number;
  interval: Interval;
  t: number;
  df: number;
  p: number;
  /** Cohen's dz = mean difference / SD of the differences. */
  dz: number;
}

/** R: `t.test(second, first, paired = TRUE)` (differences second − first); null below 2 pairs or no variation. */
export function pairedTTest(first: readonly number[], second: readonly number[]): PairedTTest | null {
  const d = first.map((x, i) => (second[i] ?? x) - x);
  const n = d.length;
  const m = mean(d);
  const s = sd(d);
  if (n < 2 || m === null || s === null || s === 0) return null;
  const se = s / Math.sqrt(n);
  const t = m / se;
  const half = studentTQuantile(0.975, n - 1) * se;
  return {
    n,
    meanDifference: m,
    sdDifference: s,
    interval: { lower: m - half, upper: m + half },
    t,
    df: n - 1,
    p: 2 * (1 - studentTCdf(Math.abs(t), n - 1)),
    dz: m / s,
  };
}

export interface WilcoxonSignedRank {
  /** Pairs with a non-zero difference (zeros are dropped, as R does). */
  n: number;
  /** V: sum of the ranks of the positive differences (second − first). */
  v: number;
  p: number;
  /** Exact distribution (n < 50, no ties, no zeros) or the normal approximation with continuity correction. */
  exact: boolean;
}

/** R: `wilcox.test(second, first, paired = TRUE)`, two-sided; null when every difference is zero. */
export function wilcoxonSignedRank(
  first: readonly number[],
  second: readonly number[],
): WilcoxonSignedRank | null {
  const all = first.map((x, i) => (second[i] ?? x) - x);
  const zeros = all.some((x) => x === 0);
  const d = all.filter((x) => x !== 0);
  const n = d.length;
  if (n === 0) return null;
  const order = d.map((x, i) => ({ a: Math.abs(x), i })).sort((p, q) => p.a - q.a);
  const ranks = new Array<number>(n).fill(0);
  let tieTerm = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && order[end + 1]!.a === order[start]!.a) end++;
    for (let j = start; j <= end; j++) ranks[order[j]!.i] = (start + end + 2) / 2;
    const t = end - start + 1;
    tieTerm += t ** 3 - t;
    start = end + 1;
  }
  const v = d.reduce((s, x, i) => s + (x > 0 ? ranks[i]! : 0), 0);
  const exact = n < 50 && tieTerm === 0 && !zeros;
  if (exact) {
    const lower = v > (n * (n + 1)) / 4 ? signedRankUpperTail(v, n) : signedRankLowerTail(v, n);
    return { n, v, p: Math.min(1, 2 * lower), exact };
  }
  const z0 = v - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  const z = (z0 - Math.sign(z0) * 0.5) / sigma;
  // Two-sided normal p: P(|Z| > |z|) = P(χ²₁ > z²).
  return { n, v, p: Math.min(1, 1 - chiSquareCdf(z * z, 1)), exact };
}

/** P(V ≤ v) under the null: the share of the 2ⁿ sign patterns whose positive ranks sum to at most v. */
export function signedRankLowerTail(v: number, n: number): number {
  const counts = signedRankCounts(n);
  let sum = 0;
  for (let s = 0; s <= Math.min(v, counts.length - 1); s++) sum += counts[s]!;
  return sum / 2 ** n;
}

/** P(V ≥ v) under the null (R: `psignrank(v - 1, n, lower.tail = FALSE)`). */
export function signedRankUpperTail(v: number, n: number): number {
  return 1 - signedRankLowerTail(v - 1, n);
}

/** Number of subsets of {1…n} with each sum 0…n(n+1)/2 (dynamic programming). */
function signedRankCounts(n: number): number[] {
  const max = (n * (n + 1)) / 2;
  const counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = max; s >= k; s--) counts[s]! += counts[s - k]!;
  return counts;
}
