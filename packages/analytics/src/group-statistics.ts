import type { AgilityDefinition } from '@dlis/agility';
import type { Respondent } from './collect-respondents.ts';
import { dimensionScore, itemScore } from './respondent-scores.ts';
import { alphaInterval, meanInterval, type Interval } from './inference.ts';
import { mcdonaldOmega } from './omega.ts';
import { cronbachAlpha, itemReliability, summarize, type Summary } from './statistics.ts';

/** A summary with the 95 % t interval of its mean (absent in hand-made test groups). */
export type RawSummary = Summary & { interval?: Interval | null };

/** Every statistic of one group before suppression: only report-protection.ts turns it into published numbers. */
export interface RawGroup {
  key: Record<string, string>;
  label: string;
  n: number;
  /** Count per level, in definition order. */
  levels: { id: number; count: number }[];
  noIndex: number;
  /** Summary of the index over the respondents who have one (its n is the sum of the level counts). */
  index: RawSummary;
  dimensions: { id: string; summary: RawSummary; missing: number }[];
  reliability: RawReliability[];
}

export interface RawReliability {
  dimension: string;
  /** Respondents with every self-assessment item of the dimension answered on the scale (listwise). */
  complete: number;
  alpha: number | null;
  /** Feldt's 95 % interval of α. */
  interval?: Interval | null;
  /** McDonald's ω total (one-factor principal axis solution of the item correlations). */
  omega?: number | null;
  items: { id: string; itemTotal: number | null; alphaIfDeleted: number | null }[];
}

export function rawGroup(
  label: string,
  key: Record<string, string>,
  members: readonly Respondent[],
  definition: AgilityDefinition,
): RawGroup {
  // One pass over the members for the index, the levels and the dimension scores (no array per respondent).
  const indexes: number[] = [];
  const levelCounts = new Map<number, number>();
  const dimensionScores: number[][] = definition.dimensions.map(() => []);
  for (const r of members) {
    const { index, level } = r.result;
    if (index !== null) indexes.push(index);
    if (level !== null) levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
    for (let j = 0; j < dimensionScores.length; j++) {
      const s = dimensionScore(r.result, j);
      if (s !== null) dimensionScores[j]!.push(s);
    }
  }
  const dimensions = definition.dimensions.map((d, j) => {
    const scores = dimensionScores[j]!;
    return { id: d.id, summary: withInterval(scores), missing: members.length - scores.length };
  });
  const complete = completeCases(members, definition);
  return {
    key,
    label,
    n: members.length,
    levels: definition.levels.map((l) => ({ id: l.id, count: levelCounts.get(l.id) ?? 0 })),
    noIndex: members.length - indexes.length,
    index: withInterval(indexes),
    dimensions,
    reliability: definition.dimensions.map((d, j) => reliabilityOf(d.id, complete[j]!, definition)),
  };
}

/**
 * Per dimension, the item scores of the members who answered every self-assessment item of it on the scale
 * (listwise deletion of N/A and missing), in one pass over the members.
 */
function completeCases(members: readonly Respondent[], definition: AgilityDefinition): number[][][] {
  // itemScores is in definition order.
  const positions = definition.dimensions.map((d) =>
    definition.items.flatMap((item, j) => (item.dimension === d.id ? [j] : [])),
  );
  const rows: number[][][] = positions.map(() => []);
  for (const r of members) {
    for (let d = 0; d < positions.length; d++) {
      const row: number[] = [];
      for (const j of positions[d]!) {
        const score = itemScore(r.result, j);
        if (score === null) break;
        row.push(score);
      }
      if (row.length === positions[d]!.length) rows[d]!.push(row);
    }
  }
  return rows;
}

/** α and item statistics of one dimension over its complete cases (rows of item scores). */
function reliabilityOf(
  dimension: string,
  rows: readonly (readonly number[])[],
  definition: AgilityDefinition,
): RawReliability {
  const itemIds = definition.items.filter((item) => item.dimension === dimension).map((item) => item.id);
  const per = itemReliability(rows);
  const alpha = cronbachAlpha(rows);
  return {
    dimension,
    complete: rows.length,
    alpha,
    interval: alpha === null ? null : alphaInterval(alpha, rows.length, itemIds.length),
    omega: mcdonaldOmega(rows),
    items: itemIds.map((id, j) => ({
      id,
      itemTotal: per[j]?.itemTotal ?? null,
      alphaIfDeleted: per[j]?.alphaIfDeleted ?? null,
    })),
  };
}

function withInterval(values: readonly number[]): RawSummary {
  return { ...summarize(values), interval: meanInterval(values) };
}
