// THE OUTAGE TEST (issue 5, "Nothing lost"): a hybrid SCORM 2004 + xAPI package in the test LMS, reporting to the
// real `dlis lrs serve` process (SQLite file). The LRS is killed (SIGKILL) mid-course; the learner goes on, closes
// the tab, comes back (same browser, so the same localStorage), and only then `dlis lrs serve` starts again on the
// same port with the same database. Every statement the player made must arrive exactly once, in the order of its
// timestamps.
import { fileURLToPath } from 'node:url';
import type { Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { validateStatementSequence, type Statement } from '@dlis/xapi-profile';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import { startDlisLrs } from './support/dlis-lrs-process.ts';
import { setUpHybridLms } from './support/hybrid-lms.ts';
import { firstSessionSeed, nextSessionSeed, openLms } from './support/lms.ts';
import { basicAuth } from './support/lrs-server.ts';
import { expectInTimestampOrder, expectValidStatements, sessionIdOf, verbOf } from './support/statements.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const hybrid = setUpHybridLms(templateDir, startDlisLrs);

/** Statement ids found in a request the player made to the LRS Statements resource (POST batch or PUT). */
function statementIdsOf(request: Request, endpoint: string): string[] {
  if (!request.url().startsWith(`${endpoint}statements`)) return [];
  if (request.method() === 'PUT') {
    const id = new URL(request.url()).searchParams.get('statementId');
    return id ? [id] : [];
  }
  if (request.method() !== 'POST') return [];
  try {
    const body = JSON.parse(request.postData() ?? 'null') as unknown;
    const list = Array.isArray(body) ? body : [body];
    return list.map((s) => (s as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

describe('statements survive an LRS outage and a closed tab', () => {
  test('every statement arrives exactly once, in order of timestamps', async () => {
    const { lrs, site } = hybrid;
    const pages = coursePages(site.course);
    const half = Math.ceil(pages.length / 2);
    const { key, secret } = await lrs.createKey('outage', ['statements/write']);
    const launchUrl = site.launchUrl(basicAuth(key, secret));
    const context = await site.browser.newContext({ locale: 'en-US' });
    const attempted = new Set<string>();
    context.on('request', (request) => {
      for (const id of statementIdsOf(request, lrs.endpoint)) attempted.add(id);
    });
    const tally = newTally();

    // Session 1: the first page with the LRS up, then the LRS stops and the learner goes on.
    const first = await openLms(
      site.browser,
      site.lmsUrl,
      { version: 'scorm2004', launchUrl, seed: firstSessionSeed('scorm2004', site.manifest) },
      context,
    );
    await walkPages(first.frame(), site.course, tally, { to: 1 });
    await expect.poll(async () => (await lrs.statements()).length, { timeout: 120_000 }).toBeGreaterThan(0);
    const beforeOutage = (await lrs.statements()).length;
    await lrs.kill();
    const outageStart = Date.now();
    await walkPages(first.frame(), site.course, tally, { from: 1, to: half });
    // The learner closes the tab mid-course (pagehide: SCORM suspend, keepalive flush that cannot get through).
    await first.page.evaluate(() => {
      (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
    });
    await expect.poll(async () => (await first.calls()).some((c) => c.method === 'Terminate')).toBe(true);
    const cmi1 = (await first.cmi()).cmi as Record<string, unknown>;
    await first.close();

    // Session 2, LRS still down: the learner comes back and goes on.
    const second = await openLms(
      site.browser,
      site.lmsUrl,
      { version: 'scorm2004', launchUrl, seed: nextSessionSeed('scorm2004', cmi1) },
      context,
    );
    const frame = second.frame();
    await expectPageTitle(frame, pages[half]!.title.en!);
    await walkPages(frame, site.course, tally, { from: half, to: half + 1 });
    // The learner is told, in words in the status region, that the activity waits (calmly: nothing is lost)…
    const news = (text: string) => frame.getByRole('status').filter({ hasText: text }).count();
    await expect.poll(() => news('Your activity is waiting to be sent'), { timeout: 120_000 }).toBe(1);
    // The LRS comes back on the same port, with the same database.
    const outageEnd = Date.now();
    await lrs.restart();
    await walkPages(frame, site.course, tally, { from: half + 1 });
    // …and then that it has been sent (the queue's next retry, at most a back-off delay later).
    await expect
      .poll(() => news('Your activity has been sent.'), { timeout: 120_000, interval: 500 })
      .toBe(1);
    expect(await news('Your activity is waiting to be sent')).toBe(0);
    await submitAssessment(frame, site.course, tally);
    await frame.getByRole('button', { name: UI.exit }).click();
    await expect.poll(async () => (await second.calls()).some((c) => c.method === 'Terminate')).toBe(true);

    // Everything the player tried to send is stored (retries included), each once.
    let statements: Statement[] = [];
    await expect
      .poll(
        async () => {
          statements = await lrs.statements();
          const stored = new Set(statements.map((s) => s.id));
          return [...attempted].filter((id) => !stored.has(id)).length;
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(0);
    await context.close();

    expect(beforeOutage).toBeGreaterThan(0);
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(attempted);
    expectInTimestampOrder(statements);
    const madeDuringOutage = statements.filter((s) => {
      const t = Date.parse(s.timestamp);
      return t > outageStart && t < outageEnd;
    });
    expect(madeDuringOutage.length).toBeGreaterThan(0);
    // Two sessions of one attempt: each opened and closed, one registration.
    const sessions = [...new Set(statements.map(sessionIdOf))];
    expect(sessions).toHaveLength(2);
    for (const session of sessions) {
      const verbs = statements.filter((s) => sessionIdOf(s) === session).map(verbOf);
      expect(['initialized', 'resumed']).toContain(verbs[0]);
      expect(verbs.at(-1)).toBe('terminated');
    }
    expect(new Set(statements.map((s) => s.context?.registration)).size).toBe(1);
    expect(statements.map(verbOf)).toEqual(expect.arrayContaining(['experienced', 'completed', 'passed']));
    expect(statements.filter((s) => verbOf(s) === 'experienced').length).toBeGreaterThanOrEqual(pages.length);
    expectValidStatements(statements);
    // Both sessions, one of them cut by the outage and a closed tab, still follow the profile's session pattern.
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
    ]);
  });
});
