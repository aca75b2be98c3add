import { describe, expect, test } from 'vitest';
import {
  alphaInterval,
  chiSquareCdf,
  chiSquareTest,
  fisherFCdf,
  fisherFQuantile,
  holmAdjust,
  kruskalWallis,
  meanInterval,
  oneWayAnova,
  studentTQuantile,
  welchTest,
} from '@dlis/analytics';

// Expected values are R's printed output for the examples of its own help pages and data sets (R 4.x): `sleep`
// (Student 1908), `PlantGrowth` (Dobson 1983), ?kruskal.test (Hollander & Wolfe 1973, p. 116) and ?chisq.test
// (Agresti 2007, p. 39), and the standard quantile tables.
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('distributions against R', () => {
  test('qt(.975, 9) = 2.262157, qf(.95, 2, 27) = 3.354131, pchisq(3.841459, 1) = .95', () => {
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(fisherFQuantile(0.95, 2, 27)).toBeCloseTo(3.354131, 5);
    expect(fisherFCdf(fisherFQuantile(0.3, 7, 40), 7, 40)).toBeCloseTo(0.3, 10);
    expect(chiSquareCdf(3.841459, 1)).toBeCloseTo(0.95, 6);
  });
});

describe('intervals', () => {
  test('t.test(sleep$extra[1:10])$conf.int = −0.5297804, 2.0297804', () => {
    const ci = meanInterval(sleep1);
    expect(ci?.lower).toBeCloseTo(-0.5297804, 6);
    expect(ci?.upper).toBeCloseTo(2.0297804, 6);
    expect(meanInterval([3])).toBeNull();
  });

  test("Feldt's interval is 1 − (1 − α)·qf(…): symmetric in probability, around α", () => {
    // α = .8, n = 31, 4 items: df1 = 30, df2 = 90
    const ci = alphaInterval(0.8, 31, 4)!;
    expect(ci.lower).toBeCloseTo(1 - 0.2 * fisherFQuantile(0.975, 30, 90), 12);
    expect(ci.upper).toBeCloseTo(1 - 0.2 * fisherFQuantile(0.025, 30, 90), 12);
    expect(fisherFCdf((1 - ci.lower) / 0.2, 30, 90)).toBeCloseTo(0.975, 9);
    expect(ci.lower).toBeLessThan(0.8);
    expect(ci.upper).toBeGreaterThan(0.8);
  });
});

describe('group comparisons against R', () => {
  test('t.test(extra ~ group, sleep): t = −1.8608, df = 17.776, p = 0.07939; Hedges g = −0.797', () => {
    const w = welchTest(sleep1, sleep2)!;
    expect(w.t).toBeCloseTo(-1.8608, 4);
    expect(w.df).toBeCloseTo(17.776, 3);
    expect(w.p).toBeCloseTo(0.07939, 5);
    // by hand: pooled SD √((1.789010² + 2.002249²)/2) = 1.898625; d = −1.58/1.898625 = −0.832181; J = 1 − 3/71
    expect(w.g).toBeCloseTo(-0.832181 * (1 - 3 / 71), 5);
  });

  test('anova(lm(weight ~ group, PlantGrowth)): F(2, 27) = 4.8461, p = 0.01591, η² = 3.7663/14.2584', () => {
    const ctrl = [4.17, 5.58, 5.18, 6.11, 4.5, 4.61, 5.17, 4.53, 5.33, 5.14];
    const trt1 = [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69];
    const trt2 = [6.31, 5.12, 5.54, 5.5, 5.37, 5.29, 4.92, 6.15, 5.8, 5.26];
    const a = oneWayAnova([ctrl, trt1, trt2])!;
    expect(a.f).toBeCloseTo(4.8461, 4);
    expect([a.df1, a.df2]).toEqual([2, 27]);
    expect(a.p).toBeCloseTo(0.01591, 5);
    expect(a.etaSquared).toBeCloseTo(3.7663 / (3.7663 + 10.4921), 4);
  });

  test('kruskal.test(list(x, y, z)) of ?kruskal.test: H = 0.77143, df = 2, p = 0.68', () => {
    const k = kruskalWallis([
      [2.9, 3.0, 2.5, 2.6, 3.2],
      [3.8, 2.7, 4.0, 2.4],
      [2.8, 3.4, 3.7, 2.2, 2.0],
    ])!;
    expect(k.h).toBeCloseTo(0.77143, 5);
    expect(k.df).toBe(2);
    expect(k.p).toBeCloseTo(0.68, 2);
    expect(k.epsilonSquared).toBeCloseTo(0.77143 / ((14 * 14 - 1) / 15), 5);
  });

  test('chisq.test of ?chisq.test (party × gender): X² = 30.07, df = 2, p = 2.954e−07', () => {
    const c = chiSquareTest([
      [762, 327, 468],
      [484, 239, 477],
    ])!;
    expect(c.chiSquare).toBeCloseTo(30.07, 2);
    expect(c.df).toBe(2);
    expect(c.p).toBeCloseTo(2.954e-7, 9);
    expect(c.cramersV).toBeCloseTo(Math.sqrt(c.chiSquare / 2757), 12);
    expect(c.smallExpected).toBe(0);
  });

  test('p.adjust(c(.01, .02, .03, .04, .05), "holm") = .05 .08 .09 .09 .09', () => {
    const adjusted = holmAdjust([0.03, 0.01, 0.05, 0.02, 0.04]);
    [0.09, 0.05, 0.09, 0.08, 0.09].forEach((p, i) => expect(adjusted[i]).toBeCloseTo(p, 12));
  });
});
