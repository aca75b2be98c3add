/**
 * Descriptive statistics and reliability, written out so that each can be checked by hand (tests use worked
 * sets). Inputs are plain arrays of finite numbers; functions return null when the statistic is undefined.
 */

/** n, mean, sample SD (n − 1), median and quartiles (type 7, R's default), min, max. */
export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample variance (denominator n − 1); null below 2 values. */
export function variance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values) ?? 0;
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return ss / (values.length - 1);
}

/** Sample standard deviation (n − 1). */
export function sd(values: readonly number[]): number | null {
  const v = variance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Quantile of sorted values, Hyndman & Fan type 7 (R's default, NumPy's `linear`): h = (n − 1)·p,
 * Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]), 0-based.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    mean: mean(sorted),
    sd: sd(sorted),
    min: sorted.length === 0 ? null : (sorted[0] ?? null),
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted.length === 0 ? null : (sorted[sorted.length - 1] ?? null),
  };
}

/** Pearson correlation; null when either side has no variance or fewer than 2 pairs. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const mx = mean(x) ?? 0;
  const my = mean(y) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Cronbach's α of complete cases (rows = respondents, columns = items):
 * α = k/(k − 1) · (1 − Σ var(item) / var(total)). Null with fewer than 2 items or 2 rows, or no total variance.
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 2) return null;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += variance(rows.map((r) => r[j] ?? 0)) ?? 0;
  const total = variance(rows.map((r) => sumOf(r)));
  if (total === null || total === 0) return null;
  return (k / (k - 1)) * (1 - itemVariances / total);
}

export interface ItemReliability {
  /** Corrected item–total correlation: the item against the sum of the other items. */
  itemTotal: number | null;
  /** α of the other items. */
  alphaIfDeleted: number | null;
}

/**
 * Per item (column): corrected item–total correlation and α if the item is deleted, from the item variances and
 * their covariances with the total (one pass, no copy of the data): with rest = total − item,
 * var(rest) = var(total) + var(item) − 2·cov(item, total) and cov(item, rest) = cov(item, total) − var(item).
 */
export function itemReliability(rows: readonly (readonly number[])[]): ItemReliability[] {
  const k = rows[0]?.length ?? 0;
  const n = rows.length;
  if (n < 2) return Array.from({ length: k }, () => ({ itemTotal: null, alphaIfDeleted: null }));
  const means = new Array<number>(k).fill(0);
  let totalMean = 0;
  for (const r of rows) {
    for (let j = 0; j < k; j++) means[j]! += (r[j] ?? 0) / n;
    totalMean += sumOf(r) / n;
  }
  const vars = new Array<number>(k).fill(0);
  const covs = new Array<number>(k).fill(0);
  let totalVar = 0;
  for (const r of rows) {
    const dt = sumOf(r) - totalMean;
    totalVar += (dt * dt) / (n - 1);
    for (let j = 0; j < k; j++) {
      const d = (r[j] ?? 0) - means[j]!;
      vars[j]! += (d * d) / (n - 1);
      covs[j]! += (d * dt) / (n - 1);
    }
  }
  const sumVars = vars.reduce((a, b) => a + b, 0);
  return vars.map((v, j) => {
    const restVar = totalVar + v - 2 * covs[j]!;
    const covRest = covs[j]! - v;
    const itemTotal = v > 0 && restVar > 0 ? covRest / Math.sqrt(v * restVar) : null;
    const alphaIfDeleted =
      k - 1 >= 2 && restVar > 0 ? ((k - 1) / (k - 2)) * (1 - (sumVars - v) / restVar) : null;
    return { itemTotal, alphaIfDeleted };
  });
}

function sumOf(row: readonly number[]): number {
  let s = 0;
  for (const v of row) s += v;
  return s;
}
