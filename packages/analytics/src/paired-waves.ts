import type { AgilityDefinition } from '@dlis/agility';
import type { Respondent } from './collect-respondents.ts';
import { protectQuantities, type Quantity } from './disclosure-control.ts';
import {
  pairedTTest,
  wilcoxonSignedRank,
  type PairedTTest,
  type WilcoxonSignedRank,
} from './paired-tests.ts';
import { dimensionScore } from './respondent-scores.ts';
import { mean } from './statistics.ts';

/** Pre/post comparison of the same respondents in two waves (docs/research.md, "Pre/post"). */
export interface PairedComparison {
  /** Consenting respondents of each wave (null: hidden). */
  firstN: number | null;
  secondN: number | null;
  /** Respondents found in both waves (the same actor), null when hidden. */
  pairs: number | null;
  measures: PairedMeasure[];
}

export interface PairedMeasure {
  /** `index` or a dimension id. */
  measure: string;
  /** Pairs with the measure in both waves; null when hidden. */
  n: number | null;
  firstMean: number | null;
  secondMean: number | null;
  /** Differences are second − first. */
  t: PairedTTest | null;
  wilcoxon: WilcoxonSignedRank | null;
}

/**
 * Pairs the two waves by actor (an opaque key, never written) and compares each measure. Every count is in one
 * disclosure-control problem: each wave's n = pairs + those only in that wave (never printed), and pairs = a
 * measure's n + the pairs missing it (never printed); a statistic is given only with its n.
 */
export function pairWaves(
  first: readonly Respondent[],
  second: readonly Respondent[],
  definition: AgilityDefinition,
  minCell: number,
): PairedComparison {
  const later = new Map(second.map((r) => [r.pairKey, r]));
  const pairs = first.flatMap((r) => {
    const other = later.get(r.pairKey);
    return other === undefined ? [] : [[r, other] as const];
  });
  const measures = [
    { measure: 'index', score: (r: Respondent) => r.result.index },
    ...definition.dimensions.map((d, j) => ({
      measure: d.id,
      score: (r: Respondent) => dimensionScore(r.result, j),
    })),
  ].map(({ measure, score }) => {
    const a: number[] = [];
    const b: number[] = [];
    for (const [x, y] of pairs) {
      const sx = score(x);
      const sy = score(y);
      if (sx !== null && sy !== null) {
        a.push(sx);
        b.push(sy);
      }
    }
    return { measure, a, b };
  });

  // 0 first n, 1 second n, 2 pairs, 3 only first, 4 only second, then per measure its n and the pairs missing it.
  const quantities: Quantity[] = [
    // The first wave's n is the report's own whole-sample n: already known, so hidden last.
    { people: first.length, published: true, cost: 3 },
    { people: second.length, published: true, cost: 2 },
    { people: pairs.length, published: true, cost: 1 },
    { people: first.length - pairs.length, published: false },
    { people: second.length - pairs.length, published: false },
    ...measures.flatMap((m) => [
      { people: m.a.length, published: true },
      { people: pairs.length - m.a.length, published: false },
    ]),
  ];
  const hidden = protectQuantities(
    quantities,
    [
      { total: 0, parts: [2, 3] },
      { total: 1, parts: [2, 4] },
      ...measures.map((_, i) => ({ total: 2, parts: [5 + 2 * i, 6 + 2 * i] })),
    ],
    minCell,
  );
  const pairsHidden = hidden[2] === true || pairs.length < minCell;
  return {
    firstN: hidden[0] ? null : first.length,
    secondN: hidden[1] ? null : second.length,
    pairs: pairsHidden ? null : pairs.length,
    measures: measures.map((m, i) => {
      const shown = !pairsHidden && !hidden[5 + 2 * i] && m.a.length >= minCell;
      return {
        measure: m.measure,
        n: shown ? m.a.length : null,
        firstMean: shown ? mean(m.a) : null,
        secondMean: shown ? mean(m.b) : null,
        t: shown ? pairedTTest(m.a, m.b) : null,
        wilcoxon: shown ? wilcoxonSignedRank(m.a, m.b) : null,
      };
    }),
  };
}
