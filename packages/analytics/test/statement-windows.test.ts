import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dlisAgilityModel } from '@dlis/agility';
import {
  analyzeRespondents,
  AnalyticsErrorCode,
  buildReport,
  resolveGrouping,
  RespondentCollector,
  statementPages,
  type StatementQuery,
} from '@dlis/analytics';
import type { Statement } from '@dlis/xapi-profile';
import { fetchWindows, planWindows } from '../src/statement-windows.ts';
import { QUESTIONNAIRE, respondentStatements } from './support/questionnaire-statements.ts';
import { startFaultProxy, startLrs, type LiveLrs } from './support/live-lrs.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

let live: LiveLrs;
let statements: Statement[] = [];
const BASE = Date.UTC(2026, 2, 1);
/** Four statements per stored second: with 8 windows over 68 s, bounds fall on seconds that several share. */
const storedAt = (index: number) => new Date(BASE + Math.floor(index / 4) * 1000).toISOString();
const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };
const query: StatementQuery = { activity: QUESTIONNAIRE, limit: 7 };

beforeAll(async () => {
  live = await startLrs(7);
  const sameTime = new Date(Date.UTC(2026, 10, 1, 12));
  statements = [
    ...([0, 25, 50, 75, 100] as const).flatMap((t, i) =>
      respondentStatements({
        learner: `learner-${i}`,
        answers: uniformAnswers(t),
        background: { Q1: i % 2 === 0 ? 'FR' : 'BE' },
      }),
    ),
    // the same person completes twice with the same timestamp, the attempts stored in different windows: the
    // first one read counts, as in a sequential read
    ...respondentStatements({
      learner: 'twice',
      answers: uniformAnswers(25),
      completedAt: sameTime,
      random: (bytes) => crypto.getRandomValues(bytes),
    }),
    ...respondentStatements({
      learner: 'twice',
      answers: uniformAnswers(75),
      completedAt: sameTime,
      random: (bytes) => crypto.getRandomValues(bytes),
    }),
  ];
  live.store(statements, storedAt);
});
afterAll(async () => {
  await live.close();
});

async function sequentialIds(q: StatementQuery): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of statementPages({ endpoint: live.endpoint, auth: live.auth }, q))
    ids.push(...page.statements.map((s) => String(s.id)));
  return ids;
}

describe('stored-time windows', () => {
  test('together they give the statements of one sequential fetch, in its order, each once', async () => {
    const connection = { endpoint: live.endpoint, auth: live.auth };
    const plan = await planWindows(connection, query, 8);
    expect(plan.single).toBeUndefined();
    expect(plan.windows).toHaveLength(8);
    expect(plan.consistentThrough).toMatch(/^\d{4}-/);
    // consecutive: each window starts where the previous ends; the last ends at the LRS's consistent-through
    // time (later than the newest statement: the clock of the test, against stored times of March 2026)
    expect(plan.windows[0]?.since).toBeUndefined();
    for (let i = 1; i < 8; i++) expect(plan.windows[i]?.since).toBe(plan.windows[i - 1]?.until);
    expect(plan.windows[7]?.until).toBe(plan.consistentThrough);
    expect(plan.windows[6]!.until! < storedAt(statements.length - 1)).toBe(true);
    // some bounds fall on a stored time that several statements share (until inclusive, since exclusive)
    const stored = new Set(statements.map((_, i) => storedAt(i)));
    expect(plan.windows.filter((w) => stored.has(w.until!)).length).toBeGreaterThan(1);

    const perWindow: string[][] = plan.windows.map(() => []);
    await fetchWindows(connection, plan.windows, 3, (window, page) =>
      perWindow[window]!.push(...page.statements.map((s) => String(s.id))),
    );
    expect(perWindow.every((ids) => ids.length > 0)).toBe(true);
    const sequential = await sequentialIds(query);
    expect(sequential).toHaveLength(statements.length);
    expect(perWindow.flat()).toEqual(sequential);
  });

  test('an LRS that ignores ascending=false (newest probe answers the oldest) still gives every statement', async () => {
    // a proxy that rewrites ascending=false to true: the "newest" statement is then the oldest
    const proxy = await startFaultProxy(
      live.endpoint,
      () => 'pass',
      (url) => url.replace('ascending=false', 'ascending=true'),
    );
    try {
      const connection = { endpoint: proxy.endpoint, auth: live.auth };
      const plan = await planWindows(connection, query, 8);
      const ids: string[] = [];
      await fetchWindows(connection, plan.windows, 3, (_, page) =>
        ids.push(...page.statements.map((s) => String(s.id))),
      );
      expect(ids.sort()).toEqual(statements.map((s) => String(s.id)).sort());
    } finally {
      await proxy.close();
    }
  });

  test('a result of one page is read once, without windows', async () => {
    const connection = { endpoint: live.endpoint, auth: live.auth };
    const since = storedAt(statements.length - 6);
    const plan = await planWindows(connection, { ...query, since }, 8);
    expect(plan.windows).toEqual([]);
    const after = statements.filter((_, i) => storedAt(i) > since).map((s) => s.id);
    expect(after.length).toBeGreaterThan(1);
    expect(plan.single?.statements.map((s) => s.id)).toEqual(after);
  });

  test('buildReport over windows reports what a sequential read of the same statements gives', async () => {
    const data = await buildReport({
      connection: { endpoint: live.endpoint, auth: live.auth },
      query,
      by: 'country',
    });
    const collector = new RespondentCollector(dlisAgilityModel);
    for await (const page of statementPages({ endpoint: live.endpoint, auth: live.auth }, query))
      for (const s of page.statements) collector.add(s);
    const sequential = analyzeRespondents(collector.finish(), {
      definition: dlisAgilityModel,
      by: resolveGrouping('country'),
      minCell: 5,
      source: { ...data.source },
    });
    expect(data).toEqual(sequential);
    expect(data.source.statements).toBe(statements.length);
    // the attempt read first counts (index 25, not 75)
    expect(data.groups[0]?.n).toBe(6);
    expect(data.groups[0]?.index?.mean).toBe((0 + 25 + 50 + 75 + 100 + 25) / 6);
  });

  test('one window failing for good: the error a sequential fetch gives', async () => {
    const plan = await planWindows({ endpoint: live.endpoint, auth: live.auth }, query, 8);
    const failing = encodeURIComponent(plan.windows[3]!.until!);
    const proxy = await startFaultProxy(live.endpoint, (_, url) =>
      url.includes(`until=${failing}`) ? { status: 502 } : 'pass',
    );
    try {
      const error = await fetchWindows(
        { endpoint: proxy.endpoint, auth: live.auth, retry: fast },
        plan.windows,
        3,
        () => {},
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: AnalyticsErrorCode.lrsUnavailable,
        status: 502,
        message: `The LRS at ${proxy.endpoint}/statements kept answering HTTP 502 after 4 attempts; try again later (an export can continue with --resume).`,
      });
      await expect(
        buildReport({ connection: { endpoint: proxy.endpoint, auth: live.auth, retry: fast }, query }),
      ).rejects.toMatchObject({ code: AnalyticsErrorCode.lrsUnavailable, status: 502 });
    } finally {
      await proxy.close();
    }
  });
});
