import { formatCsv } from '@dlis/agility';
import { num } from './report-csv.ts';
import type { ReportData } from './report-data.ts';
import {
  dimensionScores,
  itemAnswer,
  itemScore,
  scenarioCredit,
  type RespondentScores,
} from './respondent-scores.ts';

/**
 * Respondent-level data, written only to the file a researcher asks for (`dlis report --respondents FILE`), never
 * into a report: one row per pseudonymous respondent, the `--by` variables (`suppressed` for a hidden group) and
 * the scores and answers. Such a file is personal data under the GDPR even without names (docs/research.md).
 */
export type RespondentCsvFiles = Record<'tidy' | 'wide' | 'items', string>;

export function respondentCsvFiles(data: ReportData): RespondentCsvFiles {
  const byNames = data.by.map((v) => v.name);
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
  return { tidy: formatCsv(tidy), wide: formatCsv(wide), items: formatCsv(items) };
}

/** The same rows as JSON, with the answers by item and scenario id as `dlis agility score` reads them. */
export function respondentsJson(data: ReportData): string {
  const respondents = data.rows.map((r) => ({
    id: r.id,
    background: r.background,
    model: r.respondent.result.model,
    index: r.respondent.result.index,
    level: r.respondent.result.level,
    dimensions: data.dimensions.map((d, j) => {
      const { score, self, knowledge } = dimensionScores(r.respondent.result, j);
      return { id: d.id, score, self, knowledge };
    }),
    answers: answersOf(data, r.respondent.result),
  }));
  return `${JSON.stringify({ model: data.model, by: data.by, respondents }, null, 2)}\n`;
}

function answersOf(data: ReportData, result: RespondentScores): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  data.items.forEach((item, j) => {
    const a = itemAnswer(result, j);
    if (a !== null && a !== undefined) answers[item.id] = a;
  });
  data.scenarios.forEach((scenario, j) => {
    const a = result.scenarioAnswers[j];
    if (a !== null && a !== undefined) answers[scenario.id] = a;
  });
  return answers;
}
