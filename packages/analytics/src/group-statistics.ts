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
  const indexes = members.flatMap((r) => (r.result.index === null ? [] : [r.result.index]));
  const dimensions = definition.dimensions.map((d, j) => {
    const scores = members.flatMap((r) => {
      const s = dimensionScore(r.result, j);
      return s === null ? [] : [s];
    });
    return { id: d.id, summary: withInterval(scores), missing: members.length - scores.length };
  });
  return {
    key,
    label,
    n: members.length,
    levels: definition.levels.map((l) => ({
      id: l.id,
      count: members.filter((r) => r.result.level === l.id).length,
    })),
    noIndex: members.length - indexes.length,
    index: withInterval(indexes),
    dimensions,
    reliability: definition.dimensions.map((d) => reliabilityOf(d.id, members, definition)),
  };
}

/** α and item statistics of one dimension over complete cases (listwise deletion of N/A and missing). */
function reliabilityOf(
  dimension: string,
  members: readonly Respondent[],
  definition: AgilityDefinition,
): RawReliability {
  // itemScores is in definition order.
  const positions = definition.items.flatMap((item, j) => (item.dimension === dimension ? [j] : []));
  const itemIds = positions.map((j) => definition.items[j]?.id ?? '');
  const rows: number[][] = [];
  for (const r of members) {
    const row: number[] = [];
    for (const j of positions) {
      const score = itemScore(r.result, j);
      if (score === null) break;
      row.push(score);
    }
    if (row.length === positions.length) rows.push(row);
  }
  const per = itemReliability(rows);
  const alpha = cronbachAlpha(rows);
  return {
    dimension,
    complete: rows.length,
    alpha,
    interval: alpha === null ? null : alphaInterval(alpha, rows.length, positions.length),
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
