import { dimensionScores, itemAnswer, type RespondentScores } from './respondent-scores.ts';
import type { ReportData } from './report-data.ts';

/**
 * The report as JSON: every statistic (suppressed cells are null with `suppressed: true`), the disagreements, and
 * the respondent-level rows reduced to what the CSV files hold (pseudonymous id, `--by` variables, scores, answers).
 */
export function reportJson(data: ReportData): string {
  const { rows, ...rest } = data;
  return `${JSON.stringify(
    {
      ...rest,
      respondents: rows.map((r) => ({
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
      })),
    },
    null,
    2,
  )}\n`;
}

/** The scored answers by item and scenario id (missing ones left out), as `dlis agility score` reads them. */
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
