import type { AgilityDefinition } from '@dlis/agility';
import type { GroupingVariable } from './background-variables.ts';
import type { CollectedRespondents, Disagreement, Respondent } from './collect-respondents.ts';
import { cronbachAlpha, itemReliability, summarize, type Summary } from './statistics.ts';
import { dimensionScore, itemScore } from './respondent-scores.ts';
import { suppressPartition } from './suppression.ts';

/** Value of a grouping variable for a respondent who did not answer that background question. */
export const MISSING_VALUE = '(missing)';
/** What replaces a background value in respondent-level rows of a suppressed group. */
export const SUPPRESSED_VALUE = 'suppressed';

/** Everything a report shows, already suppressed: renderers never see a cell under `minCell`. */
export interface ReportData {
  model: { id: string; version: string };
  minCell: number;
  by: GroupingVariable[];
  dimensions: { id: string; labels: { fr: string; en: string } }[];
  levels: { id: number; min: number; labels: { fr: string; en: string } }[];
  /** Self-assessment items and scenarios in definition order (the order of the respondents' score arrays). */
  items: { id: string; dimension: string }[];
  scenarios: { id: string; dimension: string }[];
  source: ReportSource;
  /** The whole sample first, then one group per combination of the `by` values, sorted by key. */
  groups: GroupStats[];
  disagreements: { total: number; byKind: Record<string, number>; list: Disagreement[] };
  /** Respondent-level rows (empty when the whole sample is under `minCell`). */
  rows: RespondentRow[];
}

export interface ReportSource {
  endpoint?: string;
  activity?: string;
  since?: string;
  until?: string;
  consistentThrough?: string;
  statements: number;
  completions: number;
  actors: number;
  withoutConsent: number;
  unscorable: number;
}

export interface GroupStats {
  /** Values of the `by` variables (question id → option id); empty for the whole sample. */
  key: Record<string, string>;
  /** `all`, or `FR / Q4-social-worker`. */
  label: string;
  /** Null when suppressed. */
  n: number | null;
  suppressed: boolean;
  /** Null when the group is suppressed. */
  index: CellSummary | null;
  dimensions: { id: string; summary: CellSummary | null; missing: number | null }[];
  /** Respondents without an index (too few dimensions scored). */
  missingIndex: number | null;
  /** Count per level id (null: suppressed cell). */
  levels: { id: number; count: number | null }[];
  reliability: DimensionReliability[];
}

/** A summary, or null for a suppressed cell (`n` < minCell). */
export type CellSummary = Summary & { suppressed: false };

export interface DimensionReliability {
  dimension: string;
  /** Respondents with every self-assessment item of the dimension answered on the scale (listwise); null if suppressed. */
  n: number | null;
  suppressed: boolean;
  alpha: number | null;
  items: { id: string; itemTotal: number | null; alphaIfDeleted: number | null }[];
}

export interface RespondentRow {
  id: string;
  /** By `by` variable id: the option id, `(missing)`, or `suppressed`. */
  background: Record<string, string>;
  respondent: Respondent;
}

export interface AnalyzeOptions {
  definition: AgilityDefinition;
  by: GroupingVariable[];
  minCell: number;
  source?: Pick<ReportSource, 'endpoint' | 'activity' | 'since' | 'until' | 'consistentThrough'>;
}

/** Statistics per group with small-cell suppression applied (docs/research.md, "Privacy safeguards"). */
export function analyzeRespondents(collected: CollectedRespondents, options: AnalyzeOptions): ReportData {
  const { definition, by, minCell } = options;
  const all = collected.respondents;
  const keyOf = (r: Respondent) => by.map((v) => r.background[v.id] ?? MISSING_VALUE);
  const buckets = new Map<string, Respondent[]>();
  for (const r of all) {
    const k = JSON.stringify(keyOf(r));
    const list = buckets.get(k);
    if (list === undefined) buckets.set(k, [r]);
    else list.push(r);
  }
  const entries = [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const wholeHidden = all.length < minCell;
  const groupHidden =
    by.length === 0
      ? []
      : wholeHidden
        ? entries.map(() => true)
        : suppressPartition(
            entries.map(([, list]) => list.length),
            minCell,
          );

  const groups: GroupStats[] = [groupStats('all', {}, all, wholeHidden, definition, minCell)];
  if (by.length > 0) {
    entries.forEach(([k, list], i) => {
      const values = JSON.parse(k) as string[];
      const key = Object.fromEntries(by.map((v, j) => [v.id, values[j] ?? MISSING_VALUE]));
      groups.push(groupStats(values.join(' / '), key, list, groupHidden[i] ?? true, definition, minCell));
    });
  }

  const hiddenKeys = new Set(entries.filter((_, i) => groupHidden[i]).map(([k]) => k));
  const rows: RespondentRow[] = wholeHidden
    ? []
    : all.map((r) => {
        const values = keyOf(r);
        const hidden = hiddenKeys.has(JSON.stringify(values));
        return {
          id: r.id,
          background: Object.fromEntries(
            by.map((v, j) => [v.id, hidden ? SUPPRESSED_VALUE : (values[j] ?? MISSING_VALUE)]),
          ),
          respondent: r,
        };
      });

  const byKind: Record<string, number> = {};
  for (const d of collected.disagreements) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  return {
    model: { id: definition.id, version: definition.version },
    minCell,
    by,
    dimensions: definition.dimensions.map((d) => ({
      id: d.id,
      labels: { fr: d.labels.fr, en: d.labels.en },
    })),
    levels: definition.levels.map((l) => ({
      id: l.id,
      min: l.min,
      labels: { fr: l.labels.fr, en: l.labels.en },
    })),
    items: definition.items.map((i) => ({ id: i.id, dimension: i.dimension })),
    scenarios: definition.scenarios.map((x) => ({ id: x.id, dimension: x.dimension })),
    source: { ...options.source, ...collected.counts },
    groups,
    disagreements: { total: collected.disagreements.length, byKind, list: collected.disagreements },
    rows,
  };
}

function groupStats(
  label: string,
  key: Record<string, string>,
  members: readonly Respondent[],
  hidden: boolean,
  definition: AgilityDefinition,
  minCell: number,
): GroupStats {
  if (hidden) {
    return {
      key,
      label,
      n: null,
      suppressed: true,
      index: null,
      dimensions: definition.dimensions.map((d) => ({ id: d.id, summary: null, missing: null })),
      missingIndex: null,
      levels: definition.levels.map((l) => ({ id: l.id, count: null })),
      reliability: [],
    };
  }
  const cell = (values: number[]): CellSummary | null =>
    values.length < minCell ? null : { ...summarize(values), suppressed: false };
  const indexes = members.flatMap((r) => (r.result.index === null ? [] : [r.result.index]));
  const dimensions = definition.dimensions.map((d, j) => {
    const scores = members.flatMap((r) => {
      const s = dimensionScore(r.result, j);
      return s === null ? [] : [s];
    });
    return { id: d.id, summary: cell(scores), missing: members.length - scores.length };
  });
  // The level row is one partition of the group: level counts plus "no index".
  const counts = [
    ...definition.levels.map((l) => members.filter((r) => r.result.level === l.id).length),
    members.length - indexes.length,
  ];
  const hide = suppressPartition(counts, minCell);
  const levels = definition.levels.map((l, i) => ({ id: l.id, count: hide[i] ? null : (counts[i] ?? 0) }));
  const missingIndex = hide[counts.length - 1] ? null : (counts[counts.length - 1] ?? 0);
  return {
    key,
    label,
    n: members.length,
    suppressed: false,
    index: cell(indexes),
    dimensions,
    missingIndex,
    levels,
    reliability: definition.dimensions.map((d) => reliabilityOf(d.id, members, definition, minCell)),
  };
}

/** α and item statistics of one dimension over complete cases (listwise deletion of N/A and missing). */
function reliabilityOf(
  dimension: string,
  members: readonly Respondent[],
  definition: AgilityDefinition,
  minCell: number,
): DimensionReliability {
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
  if (rows.length < minCell) {
    return { dimension, n: null, suppressed: true, alpha: null, items: [] };
  }
  const per = itemReliability(rows);
  return {
    dimension,
    n: rows.length,
    suppressed: false,
    alpha: cronbachAlpha(rows),
    items: itemIds.map((id, j) => ({
      id,
      itemTotal: per[j]?.itemTotal ?? null,
      alphaIfDeleted: per[j]?.alphaIfDeleted ?? null,
    })),
  };
}
