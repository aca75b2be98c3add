// xAPI launch ("Tin Can launch") through LRS outages (issue 12, items 5-7): the m4 course built into an xapi package,
// launched with an `mbox` actor, reporting to the real `dlis lrs serve` process (SQLite file), walked in Chromium.
// - A learner who goes on while the LRS is down, closes the tab and comes back once it is up resumes where they
//   stopped (this browser's newer copy wins over the LRS's older one), and no answer is recorded twice.
// - A session that starts with the LRS down sends everything (answers, completed, passed, the state) once it is up.
// - Every statement carries the launch actor verbatim (name + mbox).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResultExtensionIri, validateStatementSequence, type Statement } from '@dlis/xapi-profile';
import { setUpBrowser } from './support/browser-setup.ts';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import { startDlisLrs, type DlisLrsProcess } from './support/dlis-lrs-process.ts';
import { statementsWhen, whileLrsDown } from './support/lrs-outage.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { basicAuth } from './support/lrs-server.ts';
import { buildPackageSite, type PackageSite } from './support/package-site.ts';
import { startStaticServer, type RunningServer } from './support/static-server.ts';
import { expectInTimestampOrder, expectValidStatements, sessionIdOf, verbOf } from './support/statements.ts';

const m4Dir = fileURLToPath(new URL('../courses/m4-donnees-personnelles-rgpd/', import.meta.url));
const ACTOR = { objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada.lovelace@example.org' };

const setup = setUpBrowser('xapi-launch-outage');
let site: PackageSite;
let lrs: DlisLrsProcess;
let server: RunningServer;
let launchPath: string;

beforeAll(async () => {
  site = await buildPackageSite(m4Dir, 'xapi', setup.work);
  lrs = await startDlisLrs();
  server = await startStaticServer({ folders: { '/lms/tincan/m4/': site.dir } });
  const tincan = await readFile(join(site.dir, 'tincan.xml'), 'utf8');
  launchPath = /<launch[^>]*>([^<]+)<\/launch>/.exec(tincan)![1]!;
});

afterAll(async () => {
  await server?.close();
  await lrs?.close();
});

async function launchUrl(registration: string): Promise<string> {
  const { key, secret } = await lrs.createKey(`launch ${registration}`, ['statements/write', 'state']);
  const query = new URLSearchParams({
    endpoint: lrs.endpoint,
    auth: basicAuth(key, secret),
    actor: JSON.stringify(ACTOR),
    registration,
  });
  return `${server.origin}/lms/tincan/m4/${launchPath}?${query.toString()}`;
}

const progressOf = (s: Statement) =>
  (s.result?.extensions as Record<string, unknown> | undefined)?.[ResultExtensionIri.progress];

function expectCommonRules(statements: Statement[], interactions: number): void {
  for (const s of statements) expect(s.actor).toEqual(ACTOR);
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Each question answered once: as many answers as the learner gave, each on its own activity.
  const answers = statements.filter((s) => verbOf(s) === 'answered');
  expect(answers).toHaveLength(interactions);
  expect(new Set(answers.map((s) => s.object.id)).size).toBe(interactions);
  for (const verb of ['completed', 'passed'])
    expect(statements.filter((s) => verbOf(s) === verb)).toHaveLength(1);
  // Progress never goes back.
  const progress = statements
    .filter((s) => verbOf(s) === 'progressed')
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp))
    .map((s) => Number(progressOf(s)));
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expectInTimestampOrder(statements);
  expectValidStatements(statements);
}

describe('xapi launch of m4 through LRS outages (dlis lrs serve)', () => {
  test('progress reached during an outage is resumed after a closed tab, not rolled back; answers once', async () => {
    const pages = coursePages(site.course);
    const registration = randomUUID();
    const url = await launchUrl(registration);
    const context = await setup.browser.newContext({ locale: 'en-US' });
    const tally = newTally();
    const first = await context.newPage();
    await first.goto(url);
    await walkPages(first, site.course, tally, { to: 3 });
    await statementsWhen(
      lrs,
      registration,
      (s) => s.filter((st) => verbOf(st) === 'experienced').length >= 3,
    );
    await whileLrsDown(lrs, async () => {
      // The learner goes on to the assessment, answering every question on the way, then closes the tab.
      await walkPages(first, site.course, tally, { from: 3 });
      await expectPageTitle(first, 'Results');
      await first.close({ runBeforeUnload: true });
    });
    const second = await context.newPage();
    await second.goto(url);
    // Resumed where the learner stopped (the last page saved: Results is not a saved page), not on the page
    // the LRS last heard of.
    await expectPageTitle(second, pages.at(-1)!.title.en!);
    await second.getByRole('button', { name: UI.next, exact: true }).click();
    const { passed } = await submitAssessment(second, site.course, tally);
    expect(passed).toBe(true);
    await second.getByRole('button', { name: UI.exit }).click();
    const statements = await statementsWhen(
      lrs,
      registration,
      (s) =>
        s.filter((st) => verbOf(st) === 'terminated').length >= 2 && s.some((st) => verbOf(st) === 'passed'),
    );
    await context.close();
    expectCommonRules(statements, tally.interactions);
    expect(statements.filter((s) => verbOf(s) === 'experienced').length).toBeGreaterThanOrEqual(pages.length);
    expect(new Set(statements.map(sessionIdOf)).size).toBe(2);
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
    ]);
  });

  test('a session that starts with the LRS down sends answers, completed, passed and the state once it is up', async () => {
    const registration = randomUUID();
    const url = await launchUrl(registration);
    const context = await setup.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const tally = newTally();
    await whileLrsDown(lrs, async () => {
      await page.goto(url);
      await walkPages(page, site.course, tally);
      const { passed } = await submitAssessment(page, site.course, tally);
      expect(passed).toBe(true);
      await page.getByRole('button', { name: UI.exit }).click();
    });
    // The page still open retries on its own; nothing is made up again later.
    const statements = await statementsWhen(lrs, registration, (s) =>
      s.some((st) => verbOf(st) === 'terminated'),
    );
    await context.close();
    expectCommonRules(statements, tally.interactions);
    expect(statements.map(verbOf)[0]).toBe('initialized');
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
  });
});
