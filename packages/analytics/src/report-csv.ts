import { formatCsv } from '@dlis/agility';
import type { ReportData } from './report-data.ts';
import type { GroupStats } from './report-protection.ts';

/** The CSV files of a report, by short name (`summary`, `levels`, …); see docs/research.md for every column. */
export type ReportCsvFiles = Record<'summary' | 'levels' | 'reliability' | 'disagreements', string>;

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
    for (const r of g.reliability) {
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

  const disagreements: string[][] = [['respondent', 'kind', 'what', 'reported', 'recomputed']];
  for (const d of data.disagreements.list)
    disagreements.push([d.respondent, d.kind, d.what, d.reported, d.recomputed]);

  return {
    summary: formatCsv(summary),
    levels: formatCsv(levels),
    reliability: formatCsv(reliability),
    disagreements: formatCsv(disagreements),
  };
}

export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
