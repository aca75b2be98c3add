import type { AgilityDefinition } from '@dlis/agility';
import type { Respondent } from './collect-respondents.ts';
import {
  chiSquareTest,
  holmAdjust,
  kruskalWallis,
  oneWayAnova,
  welchTest,
  type AnovaTest,
  type ChiSquareTest,
  type KruskalWallisTest,
  type WelchTest,
} from './inference.ts';
import type { GroupStats } from './report-protection.ts';
import { dimensionScore } from './respondent-scores.ts';

/** One measure (the index or a dimension) compared across the shown groups. */
export interface MeasureComparison {
  measure: string;
  /** Labels of the groups compared (shown groups whose statistic of this measure and its n are published). */
  groups: string[];
  /** Two groups: Welch's t with Hedges' g. */
  welch: WelchTest | null;
  /** Three groups or more: one-way ANOVA with η², and Kruskal–Wallis with ε². */
  anova: AnovaTest | null;
  kruskalWallis: KruskalWallisTest | null;
  /** The test's p adjusted by Holm over the index and the dimensions (one family of tests per report). */
  pHolm: number | null;
}

export interface GroupComparisons {
  measures: MeasureComparison[];
  /** χ² of the level distribution × group table, over shown groups with no hidden level cell; null otherwise. */
  levels: (ChiSquareTest & { groups: string[] }) | null;
}

/**
 * Compares the `--by` groups that the report shows, measure by measure. Only published groups enter a test, and
 * only for a measure whose statistic and n they publish, so a test reveals nothing that the tables hide (a test
 * is a function of the published means, SDs and counts, or of ranks within groups of at least k).
 */
export function compareGroups(
  groups: readonly GroupStats[],
  membersOf: (group: GroupStats) => readonly Respondent[],
  definition: AgilityDefinition,
): GroupComparisons | null {
  const shown = groups.slice(1).filter((g) => !g.suppressed);
  if (shown.length < 2) return null;
  const measures: MeasureComparison[] = [
    { id: 'index', values: (r: Respondent) => r.result.index, summary: (g: GroupStats) => g.index },
    ...definition.dimensions.map((d, j) => ({
      id: d.id,
      values: (r: Respondent) => dimensionScore(r.result, j),
      summary: (g: GroupStats) => g.dimensions[j]?.summary ?? null,
    })),
  ].map(({ id, values, summary }) => {
    const compared = shown.filter((g) => summary(g)?.n != null);
    const samples = compared.map((g) => membersOf(g).flatMap((r) => values(r) ?? []));
    const two = samples.length === 2;
    return {
      measure: id,
      groups: compared.map((g) => g.label),
      welch: two ? welchTest(samples[0]!, samples[1]!) : null,
      anova: samples.length > 2 ? oneWayAnova(samples) : null,
      kruskalWallis: samples.length > 2 ? kruskalWallis(samples) : null,
      pHolm: null,
    };
  });
  const pValues = measures.map((m) => m.welch?.p ?? m.anova?.p ?? null);
  const tested = pValues.flatMap((p, i) => (p === null ? [] : [i]));
  const adjusted = holmAdjust(tested.map((i) => pValues[i]!));
  tested.forEach((i, j) => (measures[i]!.pHolm = adjusted[j]!));

  const complete = shown.filter((g) => g.levels.every((l) => l.count !== null));
  const chi =
    complete.length === shown.length
      ? chiSquareTest(complete.map((g) => g.levels.map((l) => l.count ?? 0)))
      : null;
  return { measures, levels: chi === null ? null : { ...chi, groups: complete.map((g) => g.label) } };
}
