import { formatCsv } from '@dlis/agility';
import { itemAnalysisCsvFiles } from './item-analysis-csv.ts';
import { pairedCsv } from './paired-csv.ts';
import type { ReportData } from './report-data.ts';
import type { GroupStats } from './report-protection.ts';

/** The CSV files of a report, by short name (`summary`, `levels`, …); see docs/research.md for every column. */
export type ReportCsvFiles = Record<
  | 'summary'
  | 'levels'
  | 'reliability'
  | 'comparisons'
  | 'item-analysis'
  | 'scenario-analysis'
  | 'disagreements',
  string
> & { paired?: string };

/**
 * The report's aggregate CSV files for R, SPSS or Python (RFC 4180, CRLF, formula-safe through @dlis/agility's
 * formatCsv). Numbers are unrounded; a hidden number is an empty cell (`suppressed` = `true` when the whole row is
 * hidden). Respondent-level files are written only on request (respondent-files.ts).
 */
export function reportCsvFiles(data: ReportData): ReportCsvFiles {
  const byNames = data.by.map((v) => v.name);
  const groupCells = (g: GroupStats) => [g.label, ...data.by.map((v) => g.key[v.id] ?? '')];
  const summary: string[][] = [
    [
      'group',
      ...byNames,
      'group_n',
      'measure',
      'n',
      'missing',
      'mean',
      'sd',
      'min',
      'q1',
      'median',
      'q3',
      'max',
      'ci95_lower',
      'ci95_upper',
      'suppressed',
    ],
  ];
  const levels: string[][] = [['group', ...byNames, 'group_n', 'level', 'count', 'suppressed']];
  const reliability: string[][] = [
    [
      'group',
      ...byNames,
      'dimension',
      'item',
      'n',
      'alpha',
      'alpha_ci95_lower',
      'alpha_ci95_upper',
      'omega',
      'item_total',
      'alpha_if_deleted',
      'suppressed',
    ],
  ];
  for (const g of data.groups) {
    const gn = num(g.n);
    const measures = [
      { measure: 'index', summary: g.index, missing: g.missingIndex },
      ...g.dimensions.map((d) => ({ measure: d.id, summary: d.summary, missing: d.missing })),
    ];
    for (const m of measures) {
      const s = m.summary;
      summary.push([
        ...groupCells(g),
        gn,
        m.measure,
        num(s?.n),
        num(m.missing),
        num(s?.mean),
        num(s?.sd),
        num(s?.min),
        num(s?.q1),
        num(s?.median),
        num(s?.q3),
        num(s?.max),
        num(s?.interval?.lower),
        num(s?.interval?.upper),
        String(s === null),
      ]);
    }
    for (const l of g.levels)
      levels.push([...groupCells(g), gn, String(l.id), num(l.count), String(l.count === null)]);
    levels.push([...groupCells(g), gn, 'none', num(g.missingIndex), String(g.missingIndex === null)]);
    for (const r of g.reliability) {
      reliability.push([
        ...groupCells(g),
        r.dimension,
        '',
        num(r.n),
        num(r.alpha),
        num(r.interval?.lower),
        num(r.interval?.upper),
        num(r.omega),
        '',
        '',
        String(r.suppressed),
      ]);
      for (const i of r.items) {
        reliability.push([
          ...groupCells(g),
          r.dimension,
          i.id,
          num(r.n),
          '',
          '',
          '',
          '',
          num(i.itemTotal),
          num(i.alphaIfDeleted),
          'false',
        ]);
      }
    }
  }

  const comparisons: string[][] = [
    ['measure', 'groups', 'test', 'statistic', 'df1', 'df2', 'p', 'p_holm', 'effect', 'effect_size'],
  ];
  /** One test as a row: what was compared, the statistic with its degrees of freedom, p, and the effect size. */
  const test = (
    measure: string,
    groups: readonly string[],
    name: string,
    stat: { value: number; df1: number; df2?: number; p: number; pHolm?: number | null },
    effect: [string, number],
  ) =>
    comparisons.push([
      measure,
      groups.join(' | '),
      name,
      num(stat.value),
      num(stat.df1),
      num(stat.df2),
      num(stat.p),
      num(stat.pHolm),
      effect[0],
      num(effect[1]),
    ]);
  for (const m of data.comparisons?.measures ?? []) {
    const { welch: w, anova: a, kruskalWallis: k } = m;
    if (w)
      test(m.measure, m.groups, 'welch-t', { value: w.t, df1: w.df, p: w.p, pHolm: m.pHolm }, [
        'hedges-g',
        w.g,
      ]);
    if (a)
      test(m.measure, m.groups, 'anova-f', { value: a.f, df1: a.df1, df2: a.df2, p: a.p, pHolm: m.pHolm }, [
        'eta-squared',
        a.etaSquared,
      ]);
    if (k)
      test(m.measure, m.groups, 'kruskal-wallis-h', { value: k.h, df1: k.df, p: k.p }, [
        'epsilon-squared',
        k.epsilonSquared,
      ]);
  }
  const chi = data.comparisons?.levels;
  if (chi)
    test('level', chi.groups, 'chi-squared', { value: chi.chiSquare, df1: chi.df, p: chi.p }, [
      'cramers-v',
      chi.cramersV,
    ]);
  const disagreements: string[][] = [['respondent', 'kind', 'what', 'reported', 'recomputed']];
  for (const d of data.disagreements.list)
    disagreements.push([d.respondent, d.kind, d.what, d.reported, d.recomputed]);

  return {
    summary: formatCsv(summary),
    levels: formatCsv(levels),
    reliability: formatCsv(reliability),
    comparisons: formatCsv(comparisons),
    ...itemAnalysisCsvFiles(data),
    ...(data.paired === null ? {} : { paired: pairedCsv(data.paired) }),
    disagreements: formatCsv(disagreements),
  };
}

export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
