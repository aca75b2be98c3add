import { describe, expect, test } from 'vitest';
import { round } from '@dlis/agility';

describe('round (display only)', () => {
  test('rounds half away from zero on the printed decimal form', () => {
    expect(round(58.25, 1)).toBe(58.3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-1.005, 2)).toBe(-1.01);
    expect(round(-58.25, 1)).toBe(-58.3);
    expect(round(66.66666666666667, 2)).toBe(66.67);
    expect(round(39.995, 2)).toBe(40);
    expect(round(2.5)).toBe(3);
    expect(round(-0.4)).toBe(0);
    expect(Object.is(round(-0.4), 0)).toBe(true);
  });

  test('absorbs floating-point noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(round(0.1 + 0.2, 2)).toBe(0.3);
    expect(round(1e-7, 2)).toBe(0);
    expect(round(1.5e-7, 7)).toBe(2e-7);
  });

  test('leaves non-finite values and refuses odd decimal counts', () => {
    expect(round(Number.NaN, 2)).toBeNaN();
    expect(round(Infinity, 2)).toBe(Infinity);
    expect(() => round(1, -1)).toThrow(RangeError);
    expect(() => round(1, 1.5)).toThrow(RangeError);
  });
});
