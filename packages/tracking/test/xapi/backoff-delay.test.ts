import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/xapi/backoff-delay.ts';

describe('backoffDelay', () => {
  const options = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per attempt, between half and all of the nominal delay', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, () => 0, options))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, () => 0.999999, options))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(backoffDelay(3, () => 0.5, options)).toBe(3000);
  });
  it('is capped at maxMs, however many failures', () => {
    expect(backoffDelay(7, () => 0.999999, options)).toBe(60_000);
    expect(backoffDelay(1000, () => 0.999999, options)).toBe(60_000);
    expect(backoffDelay(1000, () => 0, options)).toBe(30_000);
  });
  it('has defaults of 1 s and 60 s', () => {
    expect(backoffDelay(1, () => 0.999999)).toBe(1000);
    expect(backoffDelay(20, () => 0.999999)).toBe(60_000);
  });
});
