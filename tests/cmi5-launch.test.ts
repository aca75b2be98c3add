// End to end, cmi5: the template course built into a cmi5 package, launched by a small cmi5 LMS (registration,
// LMS.LaunchData in the State API, a one-time fetch URL) against the embedded LRS, walked by a learner in real
// Chromium to completion. The statements are read back from the LRS and checked against cmi5 and the profile.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContextExtensionIri, validateStatementSequence } from '@dlis/xapi-profile';
import { readCmi5Au, startCmi5Launcher, type Cmi5Au, type Cmi5Launcher } from './support/cmi5-launcher.ts';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import {
  categoriesOf,
  CMI5_CATEGORIES,
  expectInTimestampOrder,
  expectValidStatements,
  sessionIdOf,
  statementsOfEndedSession,
  verbOf,
} from './support/statements.ts';
import { firstScoredChoiceQuestion } from './support/walker.ts';
import { setUpXapiPackage } from './support/xapi-package.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const xapi = setUpXapiPackage(templateDir, 'cmi5');
let au: Cmi5Au;
let launcher: Cmi5Launcher;

beforeAll(async () => {
  au = readCmi5Au(await readFile(join(xapi.site.dir, 'cmi5.xml'), 'utf8'));
  launcher = await startCmi5Launcher({ lrs: xapi.lrs, packageDir: xapi.site.dir, au });
});

afterAll(async () => {
  await launcher?.close();
});

describe('cmi5 package launched by a cmi5 LMS', () => {
  test('the course structure the LMS imports: one AU, moveOn and masteryScore from the course', () => {
    expect(au).toMatchObject({ moveOn: 'CompletedAndPassed', masteryScore: 0.7, launchMethod: 'AnyWindow' });
    expect(au.url).toBe('index.html');
  });

  test('token fetched once, cmi5-defined statements in order with the context template, returnURL', async () => {
    const launch = await launcher.launch();
    const context = await xapi.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(launch.url);
    const tally = newTally();
    await walkPages(page, xapi.site.course, tally);
    const { passed, percent } = await submitAssessment(page, xapi.site.course, tally);
    expect(passed).toBe(true);
    await page.getByRole('button', { name: UI.exit }).click();
    // cmi5 11.1: after terminated, the AU goes to returnURL.
    await page.waitForURL(launch.returnUrl);
    await context.close();

    // cmi5 8.2: one POST to the fetch URL; a second call gets the cmi5 error JSON.
    expect(launch.fetchCalls().map((c) => Object.keys(c.body))).toEqual([['auth-token']]);
    const again = await fetch(launch.fetchUrl, { method: 'POST' });
    expect(await again.json()).toEqual({ 'error-code': '1', 'error-text': 'Already in use' });

    const statements = await statementsOfEndedSession(xapi.lrs, { registration: launch.registration });
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    for (const verb of ['initialized', 'completed', 'passed', 'terminated'])
      expect(
        verbs.filter((v) => v === verb),
        verb,
      ).toHaveLength(1);
    expect(verbs).not.toContain('failed');
    expect(verbs.indexOf('completed')).toBeLessThan(verbs.indexOf('terminated'));
    expectInTimestampOrder(statements);

    for (const s of statements) {
      // The launch's actor, registration and session; the LMS's context template merged in (cmi5 9.6, 10.2.1).
      expect(s.actor).toMatchObject({ account: launch.actor.account });
      expect(s.actor).not.toHaveProperty('mbox');
      expect(s.actor).not.toHaveProperty('name');
      expect(s.context?.registration).toBe(launch.registration);
      expect(sessionIdOf(s)).toBe(launch.sessionId);
      const grouping = s.context?.contextActivities?.grouping ?? [];
      expect((Array.isArray(grouping) ? grouping : [grouping]).map((a) => a.id)).toContain(
        launch.publisherId,
      );
    }
    const byVerb = (verb: string) => statements.find((s) => verbOf(s) === verb)!;
    // cmi5-defined statements: the AU as object, the cmi5 category; completed/passed also "moveon" (cmi5 9.6.2).
    for (const verb of ['initialized', 'completed', 'passed', 'terminated']) {
      expect(byVerb(verb).object.id, verb).toBe(launch.activityId);
      expect(categoriesOf(byVerb(verb)), verb).toContain(CMI5_CATEGORIES.cmi5);
    }
    for (const verb of ['completed', 'passed'])
      expect(categoriesOf(byVerb(verb)), verb).toContain(CMI5_CATEGORIES.moveOn);
    for (const verb of ['initialized', 'terminated'])
      expect(categoriesOf(byVerb(verb)), verb).not.toContain(CMI5_CATEGORIES.moveOn);
    expect(byVerb('completed').result?.completion).toBe(true);
    expect(byVerb('passed').result?.success).toBe(true);
    expect(byVerb('passed').result?.score?.scaled).toBeCloseTo(percent / 100, 3);
    expect(byVerb('passed').context?.extensions?.[ContextExtensionIri.masteryScore]).toBe(0.7);
    expect(byVerb('terminated').result?.duration).toMatch(/^PT/);
    // cmi5 "allowed" statements carry no cmi5 category.
    for (const s of statements.filter(
      (st) => !['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verbOf(st)),
    ))
      expect(categoriesOf(s), verbOf(s)).not.toContain(CMI5_CATEGORIES.cmi5);
    expect(verbs.filter((v) => v === 'answered').length).toBe(tally.interactions);

    expectValidStatements(statements);
    // The launcher judged every request as ADL's CTS does (tests/support/cmi5-judge.ts): nothing broken.
    expect(launch.violations()).toEqual([]);
    // The profile's patterns (xAPI Profiles Part Three 2.2): one complete session pattern per session.
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    // context.language is the language the learner reads (the browser's en-US picks the course's en).
    expect(new Set(statements.map((s) => s.context?.language))).toEqual(new Set(['en']));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  test('a reload in the same launch reuses the token: the one-time fetch URL is never called again', async () => {
    const launch = await launcher.launch();
    const context = await xapi.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(launch.url);
    const tally = newTally();
    await walkPages(page, xapi.site.course, tally, { to: 1 });
    await expect
      .poll(async () => (await xapi.lrs.statements({ registration: launch.registration })).length)
      .toBeGreaterThan(0);
    const before = (await xapi.lrs.statements({ registration: launch.registration })).length;
    await page.reload();
    await walkPages(page, xapi.site.course, tally, { from: 1, to: 2 });
    await expect
      .poll(async () => (await xapi.lrs.statements({ registration: launch.registration })).length)
      .toBeGreaterThan(before);
    expect(launch.fetchCalls()).toHaveLength(1);
    await context.close();
    const statements = await xapi.lrs.statements({ registration: launch.registration });
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expectValidStatements(statements);
    expect(launch.violations()).toEqual([]);
  });

  test("LaunchData's masteryScore wins over cmi5.xml's: one wrong answer fails at 1.0", async () => {
    const launch = await launcher.launch({ masteryScore: 1 });
    const context = await xapi.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(launch.url);
    const tally = newTally();
    await walkPages(page, xapi.site.course, tally, {
      wrongId: firstScoredChoiceQuestion(xapi.site.course)!.id,
    });
    const { passed, percent } = await submitAssessment(page, xapi.site.course, tally, 100);
    expect(passed).toBe(false);
    expect(percent).toBeGreaterThanOrEqual(xapi.site.course.masteryScore);
    await page.getByRole('button', { name: UI.exit }).click();
    await page.waitForURL(launch.returnUrl);
    await context.close();

    const statements = await statementsOfEndedSession(xapi.lrs, { registration: launch.registration });
    const verbs = statements.map(verbOf);
    expect(verbs).toContain('failed');
    expect(verbs).not.toContain('passed');
    const failed = statements.find((s) => verbOf(s) === 'failed')!;
    expect(failed.context?.extensions?.[ContextExtensionIri.masteryScore]).toBe(1);
    expect(categoriesOf(failed)).toEqual(
      expect.arrayContaining([CMI5_CATEGORIES.cmi5, CMI5_CATEGORIES.moveOn]),
    );
    expectValidStatements(statements);
    expect(launch.violations()).toEqual([]);
  });
});
