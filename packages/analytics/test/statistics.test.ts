import { describe, expect, test } from 'vitest';
import {
  cronbachAlpha,
  itemReliability,
  mean,
  pearson,
  quantile,
  sd,
  summarize,
  suppressPartition,
  variance,
} from '@dlis/analytics';

// Every expected value below was worked out by hand (the arithmetic is in the comments) and agrees with R 4.x
// (mean, sd, quantile(type = 7), cor, psych::alpha).
describe('descriptive statistics', () => {
  const x = [2, 4, 4, 4, 5, 5, 7, 9];

  test('mean and sample SD (n − 1)', () => {
    expect(mean(x)).toBe(5); // 40 / 8
    expect(variance(x)).toBeCloseTo(32 / 7, 12); // squared deviations 9+1+1+1+0+0+4+16 = 32
    expect(sd(x)).toBeCloseTo(Math.sqrt(32 / 7), 12); // 2.138090
    expect(sd([3])).toBeNull();
    expect(mean([])).toBeNull();
  });

  test('quantiles are type 7 (R default): h = (n − 1)p', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
    // n = 8: Q1 h = 1.75 → 4 + .75·(4 − 4) = 4; median h = 3.5 → 4 + .5·1 = 4.5; Q3 h = 5.25 → 5 + .25·2 = 5.5
    expect(summarize(x)).toEqual({ n: 8, mean: 5, sd: sd(x), min: 2, q1: 4, median: 4.5, q3: 5.5, max: 9 });
    expect(quantile([7], 0.25)).toBe(7);
  });

  test('Pearson r', () => {
    // dx = −1,−1,1,1; dy = −2.5,−.5,1.5,1.5: Σdxdy = 6, Σdx² = 4, Σdy² = 11 → 6/√44
    expect(pearson([2, 2, 4, 4], [2, 4, 6, 6])).toBeCloseTo(6 / Math.sqrt(44), 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe("Cronbach's α and item statistics", () => {
  test('two items: α = 2·(1 − (5/3 + 19/12)/6.25) = 0.96', () => {
    // item variances 5/3 and 4.75/3; totals 3,5,6,9 have variance 18.75/3 = 6.25
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 5],
      ]),
    ).toBeCloseTo(0.96, 12);
  });

  const rows = [
    [1, 1, 2],
    [2, 2, 2],
    [3, 3, 4],
    [4, 2, 4],
  ];

  test('three items: α = 3/2·(1 − (5/3 + 2/3 + 4/3)/9) = 24/27', () => {
    expect(cronbachAlpha(rows)).toBeCloseTo(24 / 27, 12);
  });

  test('corrected item–total r and α if item deleted', () => {
    const items = itemReliability(rows);
    // item 3 against items 1 + 2 (2,4,6,6): r = 6/√44; without item 3: α = 2·(1 − (5/3 + 2/3)/(11/3)) = 8/11
    expect(items[2]?.itemTotal).toBeCloseTo(6 / Math.sqrt(44), 12);
    expect(items[2]?.alphaIfDeleted).toBeCloseTo(8 / 11, 12);
    // without item 1: items 2,3 = (1,2),(2,2),(3,4),(2,4): variances 2/3, 4/3; totals 3,4,7,6 variance 10/3
    expect(items[0]?.alphaIfDeleted).toBeCloseTo(2 * (1 - 2 / (10 / 3)), 12);
    expect(cronbachAlpha([[1], [2]])).toBeNull();
  });
});

describe('small-cell suppression of a partition', () => {
  test('cells of 1..k−1 are hidden, zeros shown', () => {
    expect(suppressPartition([10, 3, 4, 0, 8], 5)).toEqual([false, true, true, false, false]);
  });
  test('a lone hidden cell takes the smallest shown cell with it, so totals cannot reveal it', () => {
    expect(suppressPartition([10, 3, 0, 7], 5)).toEqual([false, true, false, true]);
    expect(suppressPartition([1, 1, 9], 5)).toEqual([true, true, true]);
  });
  test('nothing hidden when every cell reaches k', () => {
    expect(suppressPartition([5, 6, 0], 5)).toEqual([false, false, false]);
  });
});
