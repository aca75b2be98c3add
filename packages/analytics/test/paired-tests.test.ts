import { describe, expect, test } from 'vitest';
import { pairedTTest, signedRankUpperTail, wilcoxonSignedRank } from '@dlis/analytics';

// R's `sleep` data (Student 1908), the example of R's ?t.test help page: extra hours of sleep with drug 1 and drug 2
// for the same 10 patients.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('paired comparisons, against R', () => {
  test('paired t: ?t.test, with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE))', () => {
    // R prints: t = -4.0621, df = 9, p-value = 0.002833; 95 percent confidence interval: -2.4598858 -0.7001142;
    // mean difference -1.58. Our differences are second − first, so t.test(drug1, drug2) is pairedTTest(drug2, drug1).
    const r = pairedTTest(drug2, drug1)!;
    expect(r.n).toBe(10);
    expect(r.df).toBe(9);
    expect(r.meanDifference).toBeCloseTo(-1.58, 12);
    expect(r.t).toBeCloseTo(-4.0621, 4);
    expect(r.p).toBeCloseTo(0.002833, 6);
    expect(r.interval.lower).toBeCloseTo(-2.4598858, 7);
    expect(r.interval.upper).toBeCloseTo(-0.7001142, 7);
    // dz = mean / SD of the differences = t / √n.
    expect(r.dz).toBeCloseTo(r.t / Math.sqrt(10), 12);
  });

  test('Wilcoxon signed rank, exact: the ?wilcox.test example (Hollander & Wolfe, depression scale)', () => {
    // x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
    // y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
    // wilcox.test(x, y, paired = TRUE, alternative = "greater") prints V = 40, p-value = 0.01953: P(V ≥ 40) =
    // 10/512. The two-sided p is twice that.
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = wilcoxonSignedRank(y, x)!;
    expect(r).toMatchObject({ n: 9, v: 40, exact: true });
    expect(signedRankUpperTail(40, 9)).toBeCloseTo(0.01953, 5);
    expect(signedRankUpperTail(40, 9)).toBe(10 / 512);
    expect(r.p).toBe(20 / 512);
  });

  test('Wilcoxon signed rank with ties and a zero: normal approximation, wilcox.test(sleep) paired', () => {
    // wilcox.test(extra ~ group, data = sleep, paired = TRUE) (R < 4.4 formula form) prints V = 0,
    // p-value = 0.009091 with the warnings "cannot compute exact p-value with ties / with zeroes". By hand: one
    // zero dropped, n = 9, V = 0; σ² = 9·10·19/24 − (2³ − 2)/48 = 71.125; z = (0 − 22.5 + 0.5)/√71.125 = −2.6086.
    const r = wilcoxonSignedRank(drug2, drug1)!;
    expect(r).toMatchObject({ n: 9, v: 0, exact: false });
    expect(r.p).toBeCloseTo(0.009091, 6);
    expect(wilcoxonSignedRank([1, 2], [1, 2])).toBeNull();
    expect(pairedTTest([1, 2], [2, 3])).toBeNull(); // no variation in the differences
  });
});
