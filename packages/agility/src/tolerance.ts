/**
 * Tolerance of every threshold comparison (cut-offs, tiers, answered shares, calibration gap, weight sums).
 * Scores are computed in IEEE-754 double arithmetic, so a value that is exactly 40 on paper can come out as
 * 39.99999999999999. Genuine scores are rationals with small denominators and never come this close to a cut-off,
 * so the tolerance only absorbs rounding noise; it never moves a real score across a boundary.
 */
export const TOLERANCE = 1e-9;

/** `value ≥ bound`, up to TOLERANCE. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - TOLERANCE;
}

/** `value ≤ bound`, up to TOLERANCE. */
export function atMost(value: number, bound: number): boolean {
  return value <= bound + TOLERANCE;
}
