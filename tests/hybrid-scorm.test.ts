// End to end, hybrid: a SCORM 2004 package built with `--lrs`, run by scorm-again in the test LMS, with the LRS
// credentials in its launch URL. The SCORM data AND the xAPI statements must both be right.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { courseActivityIri, validateStatementSequence } from '@dlis/xapi-profile';
import { newTally, submitAssessment, UI, walkPages } from './support/course-walk.ts';
import { setUpHybridLms } from './support/hybrid-lms.ts';
import { firstSessionSeed, openLms } from './support/lms.ts';
import { basicAuth } from './support/lrs-server.ts';
import {
  categoriesOf,
  CMI5_CATEGORIES,
  expectInTimestampOrder,
  expectValidStatements,
  sessionIdOf,
  statementsOfEndedSession,
  verbOf,
} from './support/statements.ts';
import { apiErrors } from './support/template-lms.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const hybrid = setUpHybridLms(templateDir);

describe('hybrid SCORM 2004 + xAPI', () => {
  test('the package names the LRS but embeds no credentials', () => {
    expect(hybrid.site.manifest).toContain('2004 4th Edition');
  });

  test('SCORM data to the LMS and the same learning as statements to the LRS', async () => {
    const { lrs, site } = hybrid;
    const { key, secret } = lrs.makeKey('hybrid launch', ['statements/write']);
    const lms = await openLms(site.browser, site.lmsUrl, {
      version: 'scorm2004',
      launchUrl: site.launchUrl(basicAuth(key, secret)),
      seed: firstSessionSeed('scorm2004', site.manifest),
    });
    const frame = lms.frame();
    const tally = newTally();
    await walkPages(frame, site.course, tally);
    const { passed, percent } = await submitAssessment(frame, site.course, tally);
    expect(passed).toBe(true);
    await frame.getByRole('button', { name: UI.exit }).click();
    await expect.poll(async () => (await lms.calls()).some((c) => c.method === 'Terminate')).toBe(true);
    const cmi = (await lms.cmi()).cmi as Record<string, unknown> & { score: Record<string, string> };
    expect(apiErrors(await lms.calls())).toEqual([]);

    // SCORM, as without xAPI.
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe('passed');
    expect(Number(cmi.score.scaled)).toBeCloseTo(percent / 100, 3);
    expect(Number(cmi.score.raw)).toBeCloseTo(percent, 1);
    // Done, but left with `suspend` so that Moodle hands the attempt back for review (docs/tracking.md).
    expect(cmi.exit).toBe('suspend');
    expect((await lms.calls()).filter((c) => c.args[0] === 'adl.nav.request').map((c) => c.args[1])).toEqual([
      'exitAll',
    ]);

    // xAPI: the same attempt, told as statements.
    const statements = await statementsOfEndedSession(lrs);
    await lms.close();
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    for (const verb of ['completed', 'passed'])
      expect(
        verbs.filter((v) => v === verb),
        verb,
      ).toHaveLength(1);
    expect(verbs.filter((v) => v === 'answered').length).toBeGreaterThan(0);
    expectInTimestampOrder(statements);
    const registrations = new Set(statements.map((s) => s.context?.registration));
    expect(registrations.size).toBe(1);
    expect([...registrations][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(statements.map(sessionIdOf)).size).toBe(1);
    const passedStatement = statements.find((s) => verbOf(s) === 'passed')!;
    expect(passedStatement.object.id).toBe(courseActivityIri(site.course.id));
    expect(passedStatement.result?.score?.scaled).toBeCloseTo(percent / 100, 3);
    for (const s of statements) {
      // Pseudonymous: an account; the learner's name given by the LMS never leaves the browser.
      expect(s.actor).toHaveProperty('account');
      expect(s.actor).not.toHaveProperty('mbox');
      expect(categoriesOf(s)).not.toContain(CMI5_CATEGORIES.cmi5);
    }
    expect(JSON.stringify(statements)).not.toContain('Jane');
    expectValidStatements(statements);
    // The profile's patterns (xAPI Profiles Part Three 2.2): one complete session pattern per session.
    expect(validateStatementSequence(statements).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});
