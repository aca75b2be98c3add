/**
 * Rounds for display only, never before or during scoring: half away from zero at `decimals` places (0..15),
 * applied to the shortest decimal form of the number (what `String(x)` prints), so `round(1.005, 2)` is 1.01 and
 * `round(58.25, 1)` is 58.3, identically in every JavaScript engine. Non-finite values are returned unchanged.
 */
export function round(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`round(): decimals must be an integer in 0..15, got ${decimals}.`);
  }
  const sign = value < 0 ? -1 : 1;
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const [m = '0', e = '0'] = String(Math.round(shifted)).split('e');
  const result = sign * Number(`${m}e${Number(e) - decimals}`);
  return result === 0 ? 0 : result;
}
