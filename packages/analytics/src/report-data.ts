import type { AgilityDefinition } from '@dlis/agility';
import type { GroupingVariable } from './background-variables.ts';
import type { CollectedRespondents, Disagreement, Respondent } from './collect-respondents.ts';
import { compareGroups, type GroupComparisons } from './group-comparisons.ts';
import { rawGroup } from './group-statistics.ts';
import { analyzeItems, type ItemAnalysis } from './item-analysis.ts';
import type { PairedComparison } from './paired-waves.ts';
import { publishGroups, type GroupStats } from './report-protection.ts';

/** Value of a grouping variable for a respondent who did not answer that background question. */
export const MISSING_VALUE = '(missing)';
/** What replaces a background value in respondent-level rows of a suppressed group. */
export const SUPPRESSED_VALUE = 'suppressed';

/** Everything a report shows, already protected: renderers never see a number that could single out a person. */
export interface ReportData {
  model: { id: string; version: string };
  minCell: number;
  /** The `--by` variables, with the question's wording and option labels when the definition has them. */
  by: LabelledGrouping[];
  dimensions: { id: string; labels: { fr: string; en: string } }[];
  levels: { id: number; min: number; labels: { fr: string; en: string } }[];
  /** Self-assessment items and scenarios in definition order (the order of the respondents' score arrays). */
  items: { id: string; dimension: string }[];
  scenarios: { id: string; dimension: string }[];
  source: ReportSource;
  /** The whole sample first, then one group per combination of the `by` values, sorted by key. */
  groups: GroupStats[];
  /** Tests between the shown `--by` groups (null without at least two of them). */
  comparisons: GroupComparisons | null;
  /** Item analysis of the whole sample (null when the whole sample is hidden). */
  itemAnalysis: ItemAnalysis | null;
  /** Pre/post comparison with a second wave (`--wave2-*`), or null. */
  paired: PairedComparison | null;
  disagreements: { total: number; byKind: Record<string, number>; list: Disagreement[] };
  /**
   * Respondent-level rows (empty when the whole sample is under `minCell`). Never part of a report: written only
   * to the file a researcher asks for (`dlis report --respondents FILE`).
   */
  rows: RespondentRow[];
}

/**
 * A grouping variable with what readers see in place of its codes: the background question's wording and its
 * options' labels (fr, en). Groups keep the codes (`key`, `label`); only the HTML report shows the labels.
 */
export interface LabelledGrouping extends GroupingVariable {
  /** Null when the definition does not list this question. */
  labels: { fr: string; en: string } | null;
  options: { id: string; labels: { fr: string; en: string } }[];
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
  const entries =
    by.length === 0 ? [] : [...buckets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const raw = [
    rawGroup('all', {}, all, definition),
    ...entries.map(([k, list]) => {
      const values = JSON.parse(k) as string[];
      const key = Object.fromEntries(by.map((v, j) => [v.id, values[j] ?? MISSING_VALUE]));
      return rawGroup(values.join(' / '), key, list, definition);
    }),
  ];
  const groups = publishGroups(raw, minCell);
  const comparisons = compareGroups(
    groups,
    (g) => buckets.get(JSON.stringify(by.map((v) => g.key[v.id]))) ?? [],
    definition,
  );
  const wholeHidden = groups[0]?.suppressed ?? true;
  const hiddenKeys = new Set(entries.filter((_, i) => groups[i + 1]?.suppressed).map(([k]) => k));
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
    by: by.map((v) => labelledGrouping(v, definition)),
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
    comparisons,
    itemAnalysis: wholeHidden ? null : analyzeItems(all, definition, minCell),
    paired: null,
    disagreements: { total: collected.disagreements.length, byKind, list: collected.disagreements },
    rows,
  };
}

function labelledGrouping(v: GroupingVariable, definition: AgilityDefinition): LabelledGrouping {
  const question = definition.background?.find((q) => q.id === v.id);
  return {
    ...v,
    labels: question ? { fr: question.labels.fr, en: question.labels.en } : null,
    options: (question?.options ?? []).map((o) => ({
      id: o.id,
      labels: { fr: o.labels.fr, en: o.labels.en },
    })),
  };
}
