// End to end, cmi5 (issue 12): a launch that starts while the LMS or its LRS gives no answer. The template course's
// cmi5 package in Chromium, launched by the test LMS (tests/support/cmi5-launcher.ts, which judges every request as
// ADL's CTS does) in front of the real `dlis lrs serve` process, killed and started again. The fetch URL is
// one-time (cmi5 8.2.1): a request that got no answer handed no token out, so the AU asks again until the LMS
// answers; then `initialized` goes first and what the learner did meanwhile follows, in order, once.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Statement } from '@dlis/xapi-profile';
import { setUpBrowser } from './support/browser-setup.ts';
import { readCmi5Au, startCmi5Launcher, type Cmi5Launcher } from './support/cmi5-launcher.ts';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import { startDlisLrs, type DlisLrsProcess } from './support/dlis-lrs-process.ts';
import { statementsWhen, whileLrsDown } from './support/lrs-outage.ts';
import { buildPackageSite, type PackageSite } from './support/package-site.ts';
import { expectInTimestampOrder, expectValidStatements, sessionIdOf, verbOf } from './support/statements.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));
/** What the learner reads while the session waits for its LMS (player i18n, en: xapiNotKept). */
const KEEP_OPEN = 'keep this window open until it has been sent';

const setup = setUpBrowser('cmi5-offline-start');
let site: PackageSite;
let lrs: DlisLrsProcess;
let launcher: Cmi5Launcher;

beforeAll(async () => {
  site = await buildPackageSite(templateDir, 'cmi5', setup.work);
  lrs = await startDlisLrs();
  const au = readCmi5Au(await readFile(join(site.dir, 'cmi5.xml'), 'utf8'));
  launcher = await startCmi5Launcher({ lrs, packageDir: site.dir, au });
});

afterAll(async () => {
  await launcher?.close();
  await lrs?.close();
});

const count = (statements: Statement[], verb: string) => statements.filter((s) => verbOf(s) === verb).length;

describe('cmi5 launch that starts with the LMS or its LRS down', () => {
  test('LRS down at launch: the session opens once it is back; initialized first, then everything, once', async () => {
    const launch = await launcher.launch();
    const context = await setup.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const tally = newTally();
    await whileLrsDown(lrs, async () => {
      await page.goto(launch.url);
      await walkPages(page, site.course, tally);
      const { passed } = await submitAssessment(page, site.course, tally);
      expect(passed).toBe(true);
      // Nothing could be sent: the learner is told to keep the page open.
      await expect.poll(() => page.getByText(KEEP_OPEN).count()).toBe(1);
    });
    await statementsWhen(
      lrs,
      launch.registration,
      (s) => count(s, 'passed') === 1 && count(s, 'completed') === 1,
    );
    await page.getByRole('button', { name: UI.exit }).click();
    await page.waitForURL(launch.returnUrl);
    await context.close();

    expect(launch.violations()).toEqual([]);
    const statements = await statementsWhen(lrs, launch.registration, (s) => count(s, 'terminated') === 1);
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    for (const verb of ['initialized', 'completed', 'passed', 'terminated'])
      expect(count(statements, verb)).toBe(1);
    expect(count(statements, 'answered')).toBe(tally.interactions);
    for (const s of statements) {
      expect(s.actor).toEqual(launch.actor);
      expect(sessionIdOf(s)).toBe(launch.sessionId);
    }
    // Each statement carries the time the learner acted, in the order they acted.
    expectInTimestampOrder(statements);
    expectValidStatements(statements);
    // The token was asked for once (it was handed out; LaunchData was what failed).
    expect(launch.fetchCalls().filter((c) => 'auth-token' in c.body)).toHaveLength(1);
    expect(launch.fetchCalls()).toHaveLength(1);
  });

  test('fetch URL unreachable at launch: asked again until the LMS answers, the token given once', async () => {
    const launch = await launcher.launch();
    const context = await setup.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    let refused = 0;
    await page.route(launch.fetchUrl, async (route) => {
      refused += 1;
      await route.abort('connectionrefused');
    });
    await page.goto(launch.url);
    const tally = newTally();
    await walkPages(page, site.course, tally, { to: 2 });
    await expect.poll(() => refused).toBeGreaterThan(1);
    expect(launch.fetchCalls()).toEqual([]);

    await page.unroute(launch.fetchUrl);
    await statementsWhen(lrs, launch.registration, (s) => count(s, 'progressed') > 0);
    await page.getByRole('button', { name: UI.exit }).click();
    await page.waitForURL(launch.returnUrl);
    await context.close();

    expect(launch.violations()).toEqual([]);
    expect(launch.fetchCalls()).toEqual([
      { status: 200, body: expect.objectContaining({ 'auth-token': expect.any(String) }) },
    ]);
    const statements = await statementsWhen(lrs, launch.registration, (s) => count(s, 'terminated') === 1);
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(count(statements, 'answered')).toBe(tally.interactions);
    expectInTimestampOrder(statements);
    expectValidStatements(statements);
  });
});
