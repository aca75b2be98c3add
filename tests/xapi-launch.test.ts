// End to end, xAPI launch: the template course built into an xapi package (tincan.xml) and launched the way an
// LMS launches Tin Can content (endpoint, auth, actor, registration and activity_id in the query string) against
// the embedded LRS, walked by a learner in real Chromium to completion.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  activityIri,
  ActivityTypeIri,
  courseActivityIri,
  validateStatementSequence,
} from '@dlis/xapi-profile';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import { basicAuth } from './support/lrs-server.ts';
import { startStaticServer, type RunningServer } from './support/static-server.ts';
import {
  categoriesOf,
  CMI5_CATEGORIES,
  expectInTimestampOrder,
  expectValidStatements,
  statementsOfEndedSession,
  verbOf,
} from './support/statements.ts';
import { setUpXapiPackage } from './support/xapi-package.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const xapi = setUpXapiPackage(templateDir, 'xapi');
let server: RunningServer;
let tincan: string;

beforeAll(async () => {
  tincan = await readFile(join(xapi.site.dir, 'tincan.xml'), 'utf8');
  server = await startStaticServer({ folders: { '/lms/tincan/course-9/': xapi.site.dir } });
});

afterAll(async () => {
  await server?.close();
});

describe('xapi package launched with the Tin Can launch parameters', () => {
  test('statements of the launch actor and registration, against the activity of tincan.xml', async () => {
    const activityId = /<activity id="([^"]+)"/.exec(tincan)![1]!;
    expect(activityId).toBe(courseActivityIri(xapi.site.course.id));
    const launchPath = /<launch[^>]*>([^<]+)<\/launch>/.exec(tincan)![1]!;
    const { key, secret } = xapi.lrs.makeKey('tin can launch', [
      'statements/write',
      'statements/read/mine',
      'state',
    ]);
    const registration = randomUUID();
    const actor = {
      objectType: 'Agent',
      account: { homePage: 'https://lms.example.org', name: 'learner-0007' },
    };
    const query = new URLSearchParams({
      endpoint: xapi.lrs.endpoint,
      auth: basicAuth(key, secret),
      actor: JSON.stringify(actor),
      registration,
      activity_id: activityId,
    });
    const context = await xapi.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/lms/tincan/course-9/${launchPath}?${query.toString()}`);
    const tally = newTally();
    // Page 2 ("Step by step") has a process block: the learner goes through its steps, to the last one.
    await walkPages(page, xapi.site.course, tally, { to: 1 });
    const nextStep = page.getByRole('button', { name: 'Next step', exact: true });
    while (await nextStep.isEnabled()) await nextStep.click();
    await page.getByRole('button', { name: 'Previous step', exact: true }).click();
    await nextStep.click();
    await walkPages(page, xapi.site.course, tally, { from: 1 });
    const { passed } = await submitAssessment(page, xapi.site.course, tally);
    expect(passed).toBe(true);
    await page.getByRole('button', { name: UI.exit }).click();

    const statements = await statementsOfEndedSession(xapi.lrs, { registration });
    await context.close();

    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs).toContain('completed');
    expect(verbs).toContain('passed');
    expectInTimestampOrder(statements);
    for (const s of statements) {
      expect(s.actor).toMatchObject({ account: actor.account });
      expect(s.context?.registration).toBe(registration);
      // Not a cmi5 launch: no cmi5 category anywhere.
      expect(categoriesOf(s)).not.toContain(CMI5_CATEGORIES.cmi5);
    }
    // The process block went through: one `experienced` statement for it (the way back and forth sends no other).
    const processes = statements.filter((s) => s.object.definition?.type === ActivityTypeIri.process);
    expect(processes).toHaveLength(1);
    expect(verbOf(processes[0]!)).toBe('experienced');
    expect(processes[0]!.object.id).toBe(`${activityId}/pages/step-by-step/blocks/session-steps`);
    expect(processes[0]!.object.definition?.name).toEqual({
      fr: 'Une séance en quatre temps',
      en: 'A session in four steps',
    });
    expect(processes[0]!.context?.contextActivities?.parent?.[0]?.id).toBe(
      activityIri.page(activityId, 'step-by-step'),
    );
    const course = statements.find((s) => verbOf(s) === 'completed')!;
    expect(course.object.id).toBe(activityId);
    expectValidStatements(statements);
    // The profile's patterns (xAPI Profiles Part Three 2.2): one complete session pattern per session.
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});
