import type { ReportData } from './report-data.ts';

/**
 * The report as JSON: every published statistic (hidden numbers are null; a group hidden as a whole has
 * `suppressed: true`) and the disagreements. Aggregates only: respondent-level data go to the separate file of
 * `--respondents` (respondent-files.ts), never into a report.
 */
export function reportJson(data: ReportData): string {
  const { rows: _respondentLevel, ...aggregates } = data;
  return `${JSON.stringify(aggregates, null, 2)}\n`;
}
