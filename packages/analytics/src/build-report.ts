import { dlisAgilityModel, type AgilityDefinition } from '@dlis/agility';
import { AnalyticsError, AnalyticsErrorCode } from './analytics-error.ts';
import { resolveGrouping } from './background-variables.ts';
import { RespondentCollector } from './collect-respondents.ts';
import { FetchMeter, type FetchProgress } from './fetch-progress.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { redactUrl, type LrsConnection, type StatementPage, type StatementQuery } from './lrs-client.ts';
import { pairWaves } from './paired-waves.ts';
import { analyzeRespondents, type ReportData } from './report-data.ts';
import { FETCH_CONCURRENCY, FETCH_WINDOWS, fetchWindows, planWindows } from './statement-windows.ts';
import { MIN_CELL } from './suppression.ts';

export interface BuildReportOptions {
  connection: LrsConnection;
  /** Filters; `activity` is the questionnaire's or the course's activity IRI (related activities included). */
  query?: StatementQuery;
  /** Scoring model to recompute with; default the built-in DLIS model. */
  definition?: AgilityDefinition;
  /** Background variables to group by: ids or aliases (`country,role`). */
  by?: string | readonly string[];
  /** Smallest reported cell; default and minimum 5 (BRIEF.md §3.6). */
  minCell?: number;
  onProgress?: (progress: FetchProgress) => void;
  /**
   * A second wave (pre/post): the same query with these filters replaced (another window or activity). The report
   * is the first wave's; `paired` compares the respondents found in both.
   */
  secondWave?: StatementQuery;
}

/**
 * Reads the questionnaire statements from an LRS (streamed, page by page), rebuilds the consenting respondents,
 * recomputes their scores and returns the suppressed statistics. Throws AnalyticsError.
 */
export async function buildReport(options: BuildReportOptions): Promise<ReportData> {
  const minCell = checkMinCell(options.minCell ?? MIN_CELL);
  const by = resolveGrouping(options.by);
  const definition = options.definition ?? dlisAgilityModel;
  const query = options.query ?? {};
  const meter = new FetchMeter(options.onProgress);
  let consistentThrough: string | undefined;
  // Fetched in stored-time windows, several at once (statement-windows.ts); each window feeds its own segment
  // of the collector, joined in stored order at the end: the result is the one of a single sequential fetch.
  const collect = async (q: StatementQuery) => {
    const collector = new RespondentCollector(definition);
    const connection = meter.noting(options.connection);
    const plan = await planWindows(connection, q, FETCH_WINDOWS);
    consistentThrough ??= plan.consistentThrough;
    const take = (add: (statement: JsonObject) => void, page: StatementPage) => {
      for (const s of page.statements) add(s);
      meter.count(page.statements.length);
      meter.report(false);
    };
    if (plan.single !== undefined) take((s) => collector.add(s), plan.single);
    const segments = collector.segments(plan.windows.length);
    await fetchWindows(connection, plan.windows, FETCH_CONCURRENCY, (window, page) => {
      const segment = segments[window]!;
      take((s) => segment.add(s), page);
    });
    return collector.finish();
  };
  const collected = await collect(query);
  const second =
    options.secondWave === undefined ? undefined : await collect({ ...query, ...options.secondWave });
  meter.report(true);
  const data = analyzeRespondents(collected, {
    definition,
    by,
    minCell,
    source: {
      endpoint: redactUrl(options.connection.endpoint),
      ...(query.activity !== undefined ? { activity: query.activity } : {}),
      ...(query.since !== undefined ? { since: query.since } : {}),
      ...(query.until !== undefined ? { until: query.until } : {}),
      ...(consistentThrough !== undefined ? { consistentThrough } : {}),
    },
  });
  if (second !== undefined && data.groups[0]?.suppressed === false) {
    data.paired = pairWaves(collected.respondents, second.respondents, definition, minCell);
  }
  return data;
}

/** The minimum cell size: an integer ≥ 5; lower values are refused, never silently raised. */
export function checkMinCell(value: number): number {
  if (!Number.isInteger(value) || value < MIN_CELL) {
    throw new AnalyticsError(
      AnalyticsErrorCode.invalidOption,
      `the minimum cell size must be an integer of at least ${MIN_CELL} (BRIEF.md §3.6 small-cell suppression), got ${value}.`,
    );
  }
  return value;
}
