import { describe, expect, test } from 'vitest';
import { mcdonaldOmega, omegaFromLoadings, oneFactor } from '@dlis/analytics';

// No R on this machine and no published ω we could verify, so every expected value is worked by hand below.
// ω total = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) (McDonald, R. P., 1999, Test Theory: A Unified Treatment,
// Erlbaum).
describe("McDonald's ω (one-factor principal axis)", () => {
  test('three items: the one-factor model is exactly identified, λᵢ² = rᵢⱼ·rᵢₖ / rⱼₖ', () => {
    // r12 = .56, r13 = .48, r23 = .42 (built from λ = .8, .7, .6: rᵢⱼ = λᵢλⱼ).
    // λ1² = .56·.48/.42 = .64 → .8; λ2² = .56·.42/.48 = .49 → .7; λ3² = .48·.42/.56 = .36 → .6.
    // Σλ = 2.1, (Σλ)² = 4.41; Σ(1 − λ²) = .36 + .51 + .64 = 1.51; ω = 4.41 / 5.92 = 0.744932…
    const solution = oneFactor([
      [1, 0.56, 0.48],
      [0.56, 1, 0.42],
      [0.48, 0.42, 1],
    ])!;
    expect(solution.loadings[0]).toBeCloseTo(0.8, 8);
    expect(solution.loadings[1]).toBeCloseTo(0.7, 8);
    expect(solution.loadings[2]).toBeCloseTo(0.6, 8);
    expect(solution.heywood).toBe(false);
    expect(omegaFromLoadings(solution.loadings)).toBeCloseTo(4.41 / 5.92, 8);
  });

  test('equal correlations: ω equals standardised α, k·r / (1 + (k − 1)·r)', () => {
    // k = 4, r = .3: λ = √.3 each; (Σλ)² = 16·.3 = 4.8; Σ(1 − λ²) = 4·.7 = 2.8; ω = 4.8/7.6 = 1.2/1.9.
    const r = 0.3;
    const matrix = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : r)));
    const solution = oneFactor(matrix)!;
    for (const l of solution.loadings) expect(l).toBeCloseTo(Math.sqrt(0.3), 8);
    expect(omegaFromLoadings(solution.loadings)).toBeCloseTo(1.2 / 1.9, 8);
  });

  test('negative loadings are turned so that their sum is positive', () => {
    const solution = oneFactor([
      [1, 0.56, -0.48],
      [0.56, 1, -0.42],
      [-0.48, -0.42, 1],
    ])!;
    expect(solution.loadings[0]).toBeCloseTo(0.8, 8);
    expect(solution.loadings[2]).toBeCloseTo(-0.6, 8);
  });

  test('from data: two items with r = .8 give ω = 2r/(1 + r) = 8/9', () => {
    // x = 1,2,3,4 and y = 1,3,2,4: deviations ±1.5, ±.5; Σdxdy = 2.25 − .25 − .25 + 2.25 = 4, Σdx² = Σdy² = 5,
    // r = 4/5. With two items the principal axis solution is λ = √r each: ω = 4r / (4r + 2(1 − r)) = 1.6/1.8.
    const rows = [
      [1, 1],
      [2, 3],
      [3, 2],
      [4, 4],
    ];
    expect(mcdonaldOmega(rows)).toBeCloseTo(8 / 9, 10);
  });

  test('a duplicated item is a Heywood case (λ = 1, ω = 1); a constant item or too few rows gives null', () => {
    const duplicated = oneFactor([
      [1, 1],
      [1, 1],
    ])!;
    expect(duplicated.heywood).toBe(true);
    expect(omegaFromLoadings(duplicated.loadings)).toBeCloseTo(1, 10);
    expect(
      mcdonaldOmega([
        [1, 2],
        [1, 3],
        [1, 4],
      ]),
    ).toBeNull();
    expect(mcdonaldOmega([[1, 2]])).toBeNull();
    expect(oneFactor([[1]])).toBeNull();
  });
});
