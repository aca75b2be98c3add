/**
 * Uncertainty and group comparisons, each written out so that it can be checked against R (tests cite the R
 * output they reproduce): t intervals for means, Feldt's interval for α, Welch's t with Hedges' g, one-way ANOVA
 * with η², Kruskal–Wallis with ε², Pearson's χ² with Cramér's V, Holm's adjustment.
 */
import { chiSquareCdf, fisherFCdf, fisherFQuantile, studentTCdf, studentTQuantile } from './distributions.ts';
import { mean, variance } from './statistics.ts';

export interface Interval {
  lower: number;
  upper: number;
}

/** Two-sided t interval for a mean (R: `t.test(x)$conf.int`); null below 2 values. */
export function meanInterval(values: readonly number[], level = 0.95): Interval | null {
  const n = values.length;
  const m = mean(values);
  const v = variance(values);
  if (n < 2 || m === null || v === null) return null;
  const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(v / n);
  return { lower: m - half, upper: m + half };
}

/**
 * Feldt's (1965) interval for Cronbach's α of `items` items over `n` complete cases: with F on n − 1 and
 * (n − 1)(items − 1) degrees of freedom, [1 − (1 − α)·F(1 − γ/2), 1 − (1 − α)·F(γ/2)] (as R's psych::alpha.ci).
 */
export function alphaInterval(alpha: number, n: number, items: number, level = 0.95): Interval | null {
  if (n < 3 || items < 2) return null;
  const df1 = n - 1;
  const df2 = (n - 1) * (items - 1);
  const gamma = 1 - level;
  return {
    lower: 1 - (1 - alpha) * fisherFQuantile(1 - gamma / 2, df1, df2),
    upper: 1 - (1 - alpha) * fisherFQuantile(gamma / 2, df1, df2),
  };
}

export interface WelchTest {
  t: number;
  df: number;
  p: number;
  /** Hedges' g: Cohen's d on the pooled SD, times J = 1 − 3/(4(n₁ + n₂) − 9). */
  g: number;
}

/** Welch's two-sample t-test, two-sided (R: `t.test(a, b)`), with Hedges' g; null when either side has < 2. */
export function welchTest(a: readonly number[], b: readonly number[]): WelchTest | null {
  const [na, nb] = [a.length, b.length];
  const [ma, mb, va, vb] = [mean(a), mean(b), variance(a), variance(b)];
  if (na < 2 || nb < 2 || ma === null || mb === null || va === null || vb === null) return null;
  const se2 = va / na + vb / nb;
  if (se2 === 0) return null;
  const t = (ma - mb) / Math.sqrt(se2);
  const df = se2 ** 2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1));
  const pooled = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
  const g = pooled === 0 ? 0 : ((ma - mb) / pooled) * (1 - 3 / (4 * (na + nb) - 9));
  return { t, df, p: 2 * (1 - studentTCdf(Math.abs(t), df)), g };
}

export interface AnovaTest {
  f: number;
  df1: number;
  df2: number;
  p: number;
  /** η² = SS between / SS total. */
  etaSquared: number;
}

/** One-way ANOVA (R: `anova(lm(y ~ group))`); null with fewer than 2 groups or no residual df. */
export function oneWayAnova(groups: readonly (readonly number[])[]): AnovaTest | null {
  const all = groups.flat();
  const grand = mean(all);
  const k = groups.length;
  const n = all.length;
  if (k < 2 || n - k < 1 || grand === null) return null;
  let between = 0;
  let within = 0;
  for (const g of groups) {
    const m = mean(g) ?? 0;
    between += g.length * (m - grand) ** 2;
    for (const x of g) within += (x - m) ** 2;
  }
  if (within === 0) return null;
  const f = between / (k - 1) / (within / (n - k));
  return {
    f,
    df1: k - 1,
    df2: n - k,
    p: 1 - fisherFCdf(f, k - 1, n - k),
    etaSquared: between / (between + within),
  };
}

export interface KruskalWallisTest {
  h: number;
  df: number;
  p: number;
  /** ε² = H / ((n² − 1)/(n + 1)). */
  epsilonSquared: number;
}

/** Kruskal–Wallis rank sum test with the tie correction (R: `kruskal.test(list(...))`). */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisTest | null {
  const tagged = groups.flatMap((g, i) => g.map((x) => ({ x, i }))).sort((p, q) => p.x - q.x);
  const n = tagged.length;
  const k = groups.length;
  if (k < 2 || n < 2) return null;
  const rankSums = new Array<number>(k).fill(0);
  let ties = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && tagged[end + 1]!.x === tagged[start]!.x) end++;
    const rank = (start + end + 2) / 2;
    for (let j = start; j <= end; j++) rankSums[tagged[j]!.i]! += rank;
    const t = end - start + 1;
    ties += t ** 3 - t;
    start = end + 1;
  }
  const correction = 1 - ties / (n ** 3 - n);
  if (correction === 0) return null;
  const sum = groups.reduce((s, g, i) => s + (g.length === 0 ? 0 : rankSums[i]! ** 2 / g.length), 0);
  const h = ((12 / (n * (n + 1))) * sum - 3 * (n + 1)) / correction;
  return { h, df: k - 1, p: 1 - chiSquareCdf(h, k - 1), epsilonSquared: h / ((n * n - 1) / (n + 1)) };
}

export interface ChiSquareTest {
  chiSquare: number;
  df: number;
  p: number;
  /** Cramér's V = √(χ² / (n · (min(rows, columns) − 1))). */
  cramersV: number;
  /** Cells whose expected count is under 5 (the χ² approximation is then doubtful). */
  smallExpected: number;
}

/** Pearson's χ² test of independence on a contingency table (R: `chisq.test(m, correct = FALSE)`). */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareTest | null {
  // Rows or columns that are all zero carry no information and would give zero expected counts.
  const columns = (table[0] ?? []).map((_, j) => j).filter((j) => table.some((row) => (row[j] ?? 0) > 0));
  const rows = table
    .filter((row) => columns.some((j) => (row[j] ?? 0) > 0))
    .map((row) => columns.map((j) => row[j] ?? 0));
  const r = rows.length;
  const c = columns.length;
  if (r < 2 || c < 2) return null;
  const rowSums = rows.map((row) => row.reduce((s, x) => s + x, 0));
  const colSums = columns.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0));
  const n = rowSums.reduce((s, x) => s + x, 0);
  let chiSquare = 0;
  let smallExpected = 0;
  rows.forEach((row, i) =>
    row.forEach((observed, j) => {
      const expected = (rowSums[i]! * colSums[j]!) / n;
      if (expected < 5) smallExpected++;
      chiSquare += (observed - expected) ** 2 / expected;
    }),
  );
  const df = (r - 1) * (c - 1);
  return {
    chiSquare,
    df,
    p: 1 - chiSquareCdf(chiSquare, df),
    cramersV: Math.sqrt(chiSquare / (n * (Math.min(r, c) - 1))),
    smallExpected,
  };
}

/** Holm's step-down adjustment of a family of p-values (R: `p.adjust(p, "holm")`), in the input order. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
