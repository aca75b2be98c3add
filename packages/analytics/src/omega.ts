/**
 * McDonald's ω total from a one-factor model of the item correlation matrix, beside Cronbach's α (which assumes
 * equal loadings; ω does not). The factor is found by iterated principal axis factoring: put the communalities on
 * the diagonal, take the first eigenvector, set the communalities to the squared loadings, repeat. At convergence
 * this is the unweighted least-squares ("minres") solution, as R's psych::fa(fm = "pa" or "minres") gives it.
 */
import { pearson } from './statistics.ts';

export interface OneFactorSolution {
  /** Standardised loadings, signed so that their sum is positive. */
  loadings: number[];
  /** Iterations until the communalities moved less than the tolerance. */
  iterations: number;
  /** True when a communality reached 1 and was held there (a Heywood case: read ω with care). */
  heywood: boolean;
}

const TOLERANCE = 1e-10;
const MAX_ITERATIONS = 1000;

/**
 * One-factor principal axis solution of a correlation matrix; null below 2 items. Starting communalities are the
 * largest absolute correlation of each item (always defined, unlike squared multiple correlations of a singular
 * matrix).
 */
export function oneFactor(correlations: readonly (readonly number[])[]): OneFactorSolution | null {
  const k = correlations.length;
  if (k < 2) return null;
  let communalities = correlations.map((row, i) =>
    Math.max(...row.map((r, j) => (i === j ? 0 : Math.abs(r)))),
  );
  let loadings = new Array<number>(k).fill(0);
  let heywood = false;
  // Each iteration's eigenvector starts from the previous one: the matrices differ only on the diagonal.
  let start = new Array<number>(k).fill(1 / Math.sqrt(k));
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const reduced = correlations.map((row, i) => row.map((r, j) => (i === j ? communalities[i]! : r)));
    const { value, vector } = firstEigenpair(reduced, start);
    start = vector;
    const scale = Math.sqrt(Math.max(value, 0));
    loadings = vector.map((v) => v * scale);
    heywood = loadings.some((l) => l * l >= 1);
    const next = loadings.map((l) => Math.min(l * l, 1));
    const change = Math.max(...next.map((h, i) => Math.abs(h - communalities[i]!)));
    communalities = next;
    if (change < TOLERANCE) {
      return { loadings: oriented(loadings), iterations: iteration, heywood };
    }
  }
  return { loadings: oriented(loadings), iterations: MAX_ITERATIONS, heywood };
}

/** ω total = (Σλ)² / ((Σλ)² + Σ(1 − λ²)), the share of the total score's variance due to the common factor. */
export function omegaFromLoadings(loadings: readonly number[]): number {
  const common = loadings.reduce((s, l) => s + l, 0) ** 2;
  const unique = loadings.reduce((s, l) => s + Math.max(0, 1 - l * l), 0);
  return common / (common + unique);
}

/** ω total of complete cases (rows = respondents, columns = items); null with < 2 items, < 3 rows or a constant item. */
export function mcdonaldOmega(rows: readonly (readonly number[])[]): number | null {
  const k = rows[0]?.length ?? 0;
  if (k < 2 || rows.length < 3) return null;
  const columns = Array.from({ length: k }, (_, j) => rows.map((r) => r[j] ?? 0));
  const correlations: number[][] = [];
  for (let i = 0; i < k; i++) {
    const row: number[] = [];
    for (let j = 0; j < k; j++) {
      const r = i === j ? 1 : pearson(columns[i]!, columns[j]!);
      if (r === null) return null;
      row.push(r);
    }
    correlations.push(row);
  }
  const solution = oneFactor(correlations);
  return solution === null ? null : omegaFromLoadings(solution.loadings);
}

/** Largest eigenvalue and its unit eigenvector of a small symmetric matrix (power iteration with a shift). */
function firstEigenpair(
  matrix: readonly (readonly number[])[],
  start: readonly number[],
): { value: number; vector: number[] } {
  // Shifting by the largest absolute row sum makes every eigenvalue non-negative, so the power iteration
  // converges to the largest one, not to the one of largest magnitude.
  const shift = Math.max(...matrix.map((row) => row.reduce((s, x) => s + Math.abs(x), 0)));
  let vector = [...start];
  let value = 0;
  for (let step = 0; step < 10_000; step++) {
    const next = matrix.map((row, i) => row.reduce((s, x, j) => s + x * vector[j]!, 0) + shift * vector[i]!);
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return { value: 0, vector };
    const unit = next.map((x) => x / norm);
    const moved = Math.max(...unit.map((x, i) => Math.abs(x - vector[i]!)));
    vector = unit;
    value = norm - shift;
    if (moved < 1e-14) break;
  }
  return { value, vector };
}

function oriented(loadings: number[]): number[] {
  return loadings.reduce((s, l) => s + l, 0) < 0 ? loadings.map((l) => -l) : loadings;
}
