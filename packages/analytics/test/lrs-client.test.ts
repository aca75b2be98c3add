import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AnalyticsError,
  AnalyticsErrorCode,
  buildReport,
  statementPages,
  type FetchProgress,
} from '@dlis/analytics';
import { QUESTIONNAIRE, respondentStatements } from './support/questionnaire-statements.ts';
import { startFaultProxy, startLrs, type LiveLrs } from './support/live-lrs.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

let live: LiveLrs;
let total = 0;
const fast = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };

beforeAll(async () => {
  live = await startLrs(25);
  const targets = [0, 25, 50, 75, 100, 50] as const;
  const statements = targets.flatMap((t, i) =>
    respondentStatements({ learner: `learner-${i}`, answers: uniformAnswers(t), background: { Q1: 'FR' } }),
  );
  // a statement of another course, which the activity filter must leave out
  const other = structuredClone(statements[0]!);
  other.id = '00000000-0000-4000-8000-0000000000aa';
  other.object = { ...other.object, id: 'https://example.org/other' };
  other.context = { registration: other.context!.registration! };
  await live.post([...statements, other]);
  total = statements.length;
});
afterAll(async () => {
  await live.close();
});

describe('statementPages over the real LRS', () => {
  test('follows `more` across small pages and filters by the questionnaire (related activities)', async () => {
    const pages = [];
    for await (const page of statementPages(
      { endpoint: live.endpoint, auth: live.auth },
      { activity: QUESTIONNAIRE, limit: 10 },
    )) {
      pages.push(page);
    }
    const ids = pages.flatMap((p) => p.statements.map((s) => s.id));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(pages.length).toBe(Math.ceil(total / 10));
    expect(pages.at(-1)?.more).toBeNull();
    expect(pages[0]?.more).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xapi\/statements\?more=/);
    expect(pages[0]?.consistentThrough).toMatch(/^\d{4}-/);
  });

  test('buildReport reproduces the scores and counts pages in its progress', async () => {
    const progress: FetchProgress[] = [];
    const data = await buildReport({
      connection: { endpoint: live.endpoint, auth: live.auth },
      query: { activity: QUESTIONNAIRE },
      by: 'country',
      onProgress: (p) => progress.push(p),
    });
    expect(data.groups[0]?.n).toBe(6);
    expect(data.groups[0]?.index?.mean).toBe(50);
    expect(data.disagreements.total).toBe(0);
    expect(data.source.statements).toBe(total);
    expect(progress.at(-1)).toMatchObject({ done: true, statements: total });
    // every page of every stored-time window is counted: at least the pages of one sequential read
    expect(progress.at(-1)?.pages).toBeGreaterThanOrEqual(Math.ceil(total / 25));
  });

  test('wrong credentials: ANALYTICS_E_UNAUTHORIZED, and the secret is not in the message', async () => {
    const error = await buildReport({
      connection: { endpoint: live.endpoint, auth: 'nokey:sup3rs3cret' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnalyticsError);
    expect((error as AnalyticsError).code).toBe(AnalyticsErrorCode.unauthorized);
    expect((error as Error).message).not.toContain('sup3rs3cret');
    expect((error as Error).message).not.toContain('nokey');
  });

  test('min cell below 5 is refused', async () => {
    await expect(buildReport({ connection: { endpoint: live.endpoint }, minCell: 4 })).rejects.toMatchObject({
      code: AnalyticsErrorCode.invalidOption,
    });
  });
});

describe('retries', () => {
  test('429 with Retry-After, 503 and a dropped connection are retried; the result is complete', async () => {
    const faults = [
      'pass',
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503 },
      'drop',
    ] as const;
    const proxy = await startFaultProxy(live.endpoint, (n) => faults[n] ?? 'pass');
    const retries: string[] = [];
    try {
      const data = await buildReport({
        connection: {
          endpoint: proxy.endpoint,
          auth: live.auth,
          retry: fast,
          onRetry: (e) => retries.push(e.reason),
        },
        query: { activity: QUESTIONNAIRE },
      });
      expect(data.groups[0]?.n).toBe(6);
      expect(data.source.statements).toBe(total);
      expect(retries.slice(0, 2)).toEqual(['HTTP 429', 'HTTP 503']);
      expect(retries).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  test('an LRS that keeps failing gives ANALYTICS_E_LRS_UNAVAILABLE after the retries', async () => {
    const proxy = await startFaultProxy(live.endpoint, () => ({ status: 502 }));
    try {
      await expect(
        buildReport({ connection: { endpoint: proxy.endpoint, auth: live.auth, retry: fast } }),
      ).rejects.toMatchObject({ code: AnalyticsErrorCode.lrsUnavailable, status: 502 });
      expect(proxy.requests()).toBe(4);
    } finally {
      await proxy.close();
    }
  });

  test('a body whose `more` is not at its end is still followed (no prefetch, same pages)', async () => {
    // An LRS may order the keys otherwise; the embedded one cannot be made to, so this wraps the real fetch.
    const reordered: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = (await response.json()) as { statements: unknown[]; more: string };
      return new Response(JSON.stringify({ more: body.more, statements: body.statements }), {
        status: response.status,
        headers: response.headers,
      });
    };
    let count = 0;
    for await (const page of statementPages(
      { endpoint: live.endpoint, auth: live.auth, fetch: reordered },
      { activity: QUESTIONNAIRE, limit: 10 },
    )) {
      count += page.statements.length;
    }
    expect(count).toBe(total);
  });
});
