import { formatCsv } from '@dlis/agility';
import type { GroupStats, ReportData } from './report-data.ts';
import { dimensionScores, itemAnswer, itemScore, scenarioCredit } from './respondent-scores.ts';

/** The CSV files of a report, by short name (`summary`, `levels`, …); see docs/research.md for every column. */
export type ReportCsvFiles = Record<
  'summary' | 'levels' | 'reliability' | 'tidy' | 'wide' | 'items' | 'disagreements',
  string
>;

/**
 * Tidy CSV files for R, SPSS or Python (RFC 4180, CRLF, formula-safe through @dlis/agility's formatCsv). Numbers
 * are unrounded; a suppressed cell is empty with `suppressed` = `true`; respondent-level files carry only the
 * pseudonymous id and the `--by` variables.
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
      'suppressed',
    ],
  ];
  const levels: string[][] = [['group', ...byNames, 'group_n', 'level', 'count', 'suppressed']];
  const reliability: string[][] = [
    ['group', ...byNames, 'dimension', 'item', 'n', 'alpha', 'item_total', 'alpha_if_deleted', 'suppressed'],
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
        String(s === null),
      ]);
    }
    for (const l of g.levels)
      levels.push([...groupCells(g), gn, String(l.id), num(l.count), String(l.count === null)]);
    levels.push([...groupCells(g), gn, 'none', num(g.missingIndex), String(g.missingIndex === null)]);
    const dims = g.suppressed
      ? data.dimensions.map((d) => ({ dimension: d.id, suppressed: true, n: null, alpha: null, items: [] }))
      : g.reliability;
    for (const r of dims) {
      reliability.push([
        ...groupCells(g),
        r.dimension,
        '',
        num(r.n),
        num(r.alpha),
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
          num(i.itemTotal),
          num(i.alphaIfDeleted),
          'false',
        ]);
      }
    }
  }

  const tidy: string[][] = [['respondent', ...byNames, 'dimension', 'score', 'self', 'knowledge', 'status']];
  const wide: string[][] = [
    [
      'respondent',
      ...byNames,
      'model_version',
      'index',
      'level',
      ...data.dimensions.map((d) => d.id),
      ...data.dimensions.flatMap((d) => [`${d.id}_self`, `${d.id}_knowledge`]),
    ],
  ];
  const items: string[][] = [['respondent', ...byNames, 'item', 'dimension', 'kind', 'answer', 'score']];
  for (const row of data.rows) {
    const bg = data.by.map((v) => row.background[v.id] ?? '');
    const result = row.respondent.result;
    const dims = data.dimensions.map((_, j) => dimensionScores(result, j));
    data.dimensions.forEach((d, j) => {
      const x = dims[j]!;
      tidy.push([row.id, ...bg, d.id, num(x.score), num(x.self), num(x.knowledge), x.status]);
    });
    wide.push([
      row.id,
      ...bg,
      result.model.version,
      num(result.index),
      num(result.level),
      ...dims.map((x) => num(x.score)),
      ...dims.flatMap((x) => [num(x.self), num(x.knowledge)]),
    ]);
    data.items.forEach((item, j) => {
      const answer = itemAnswer(result, j);
      items.push([
        row.id,
        ...bg,
        item.id,
        item.dimension,
        'self',
        answer === null ? '' : String(answer),
        num(itemScore(result, j)),
      ]);
    });
    data.scenarios.forEach((scenario, j) => {
      items.push([
        row.id,
        ...bg,
        scenario.id,
        scenario.dimension,
        'scenario',
        result.scenarioAnswers[j] ?? '',
        num(scenarioCredit(result, j)),
      ]);
    });
  }
  const disagreements: string[][] = [['respondent', 'kind', 'what', 'reported', 'recomputed']];
  for (const d of data.disagreements.list)
    disagreements.push([d.respondent, d.kind, d.what, d.reported, d.recomputed]);

  return {
    summary: formatCsv(summary),
    levels: formatCsv(levels),
    reliability: formatCsv(reliability),
    tidy: formatCsv(tidy),
    wide: formatCsv(wide),
    items: formatCsv(items),
    disagreements: formatCsv(disagreements),
  };
}

function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
