import {
  ContextExtensionIri,
  CategoryIri,
  validateStatementAgainstProfile,
  validateStatementSequence,
} from '@dlis/xapi-profile';
import { describe, expect, it } from 'vitest';
import { createLaunchTracker } from '@dlis/tracking';
import type { LearnerState, StartInfo } from '@dlis/tracking';
import type { TrackerFacade } from '@dlis/tracking';
import { createMemoryStore, type KeyValueStore } from '@dlis/tracking';
import type { XapiTrackingOptions } from '@dlis/tracking';
import { layout, rightAnswer } from '../support/fixtures.ts';
import {
  ACTOR,
  AU_ID,
  PUBLISHER_ID,
  course,
  getDocument,
  launchCmi5,
  statementRecorder,
  storedStatements,
  verbOf,
  launcherPerTest,
} from './support/cmi5-launcher.ts';
import { independentProblems } from '../../../../tests/support/independent-validator.ts';

const FAST = { baseMs: 20, maxMs: 80 };
const score = { raw: 8, min: 0, max: 10, scaled: 0.8 };
const state: LearnerState = {
  page: 'quiz',
  visited: ['intro', 'quiz'],
  answers: { 'q-safe-password': { response: ['long'], attempts: 1 } },
};

describe('cmi5 launch against the embedded LRS (the test plays the LMS side)', () => {
  const perTest = launcherPerTest();
  const { launches, trackers } = perTest;

  async function launch(options: Parameters<typeof launchCmi5>[1] = {}) {
    const l = await launchCmi5(perTest.lrs, options);
    launches.push(l);
    return l;
  }

  function tracker(url: string, extra: Partial<XapiTrackingOptions> = {}) {
    const recorder = statementRecorder();
    const navigations: string[] = [];
    const xapi: XapiTrackingOptions = {
      identity: 'pseudonymous',
      course,
      launchUrl: url,
      fetch: recorder.fetch,
      store: createMemoryStore(),
      session: createMemoryStore(),
      navigate: (to) => navigations.push(to),
      backoff: FAST,
      ...extra,
    };
    const t = createLaunchTracker({
      target: 'cmi5',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      xapi,
    }) as TrackerFacade;
    trackers.push(t);
    return { tracker: t, posted: recorder.posted, requests: recorder.requests, navigations };
  }

  /** finish, then wait until the queue is empty (the keepalive POST and any send in flight). */
  async function end(t: TrackerFacade, mode: 'normal' | 'suspend' = 'suspend') {
    await t.finish(mode);
    const status = await t.reporter?.queue.flush();
    expect(status?.pending).toBe(0);
  }

  it('8.1 reads endpoint, fetch, actor, registration and activityId from the query string, in any order', async () => {
    const l = await launch({ order: ['activityId', 'registration', 'actor', 'fetch', 'endpoint'] });
    const { tracker: t } = tracker(l.url);
    const info = await t.start();
    expect(info).toMatchObject({ connection: 'lms', standard: 'cmi5', mode: 'normal', credit: true });
    expect(info.learner.id).toBe('learner-4711');
    await end(t);
    const stored = await storedStatements(perTest.lrs);
    expect(stored.length).toBeGreaterThan(0);
    for (const s of stored) {
      expect(s.context?.registration).toBe(l.registration);
      expect(s.actor).toEqual(ACTOR);
    }
  });

  it('8.1.5 / 9.4 cmi5-defined statements have the launch activityId as object id', async () => {
    const l = await launch();
    const { tracker: t } = tracker(l.url);
    await t.start();
    t.completed();
    await end(t, 'normal');
    const defined = (await storedStatements(perTest.lrs)).filter((s) =>
      ['initialized', 'completed', 'terminated'].includes(verbOf(s)),
    );
    expect(defined.map(verbOf)).toEqual(['initialized', 'completed', 'terminated']);
    for (const s of defined) expect(s.object.id).toBe(AU_ID);
  });

  it('8.2.1 POSTs the fetch URL once; a reload in the same browser session reuses the token', async () => {
    const l = await launch();
    const session: KeyValueStore = createMemoryStore();
    const first = tracker(l.url, { session });
    await first.tracker.start();
    // The page reloads mid-session (no finish: the page just went away).
    await first.tracker.reporter?.queue.flush();
    first.tracker.reporter?.queue.dispose();
    const reload = tracker(l.url, { session });
    expect((await reload.tracker.start()).connection).toBe('lms');
    await end(reload.tracker);
    expect(l.fetch.requests).toEqual([{ method: 'POST' }]);
    // One session: one initialized (cmi5 9.3.0), terminated last.
    expect((await storedStatements(perTest.lrs)).map(verbOf)).toEqual([
      'initialized',
      'suspended',
      'terminated',
    ]);
    // 8.2.1: the token is limited to the session; after terminated it is forgotten, so a reload asks the fetch
    // URL again (refused: the one-time URL was used) and never sends with the dead token.
    const after = tracker(l.url, { session });
    expect((await after.tracker.start()).connection).toBe('local');
    expect(l.fetch.requests).toHaveLength(2);
  });

  it('8.2.2 every LRS request (State API, agent profile, statements) carries Authorization: Basic <auth-token>', async () => {
    const l = await launch();
    const { tracker: t, requests } = tracker(l.url);
    await t.start();
    t.progress('intro', 0.5);
    t.save(state);
    await end(t);
    const toLrs = requests.filter((r) => r.url.startsWith(perTest.lrs.endpoint));
    const resources = new Set(toLrs.map((r) => r.url.slice(perTest.lrs.endpoint.length).split('?')[0]));
    expect(resources).toEqual(new Set(['/activities/state', '/agents/profile', '/statements']));
    for (const r of toLrs) expect(r.authorization, `${r.method} ${r.url}`).toBe(`Basic ${perTest.lrs.token}`);
    // The fetch URL itself is the LMS's, POSTed without the LRS credentials.
    expect(requests.filter((r) => !r.url.startsWith(perTest.lrs.endpoint)).map((r) => r.method)).toEqual([
      'POST',
    ]);
  });

  it('8.2.3 an error-code from the fetch URL (token already returned) falls back to local, saying so', async () => {
    const l = await launch();
    const first = tracker(l.url);
    await first.tracker.start();
    await end(first.tracker);
    // Another browser session (no token kept) asks again: the LMS answers error-code 1.
    const other = tracker(l.url);
    const info: StartInfo = await other.tracker.start();
    expect(info.connection).toBe('local');
    expect(l.fetch.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('9.3.2 / 9.3.8 initialized is first and terminated last, with the LMS session id and context template', async () => {
    const l = await launch();
    const { tracker: t, posted } = tracker(l.url);
    await t.start();
    t.progress('intro', 0.3);
    t.answered(rightAnswer);
    t.progress('quiz', 0.6);
    await end(t);
    const stored = await storedStatements(perTest.lrs);
    expect(stored.map(verbOf)).toEqual([
      'initialized',
      'experienced',
      'progressed',
      'answered',
      'experienced',
      'progressed',
      'suspended',
      'terminated',
    ]);
    for (const s of stored) {
      expect(s.context?.extensions?.[ContextExtensionIri.sessionId]).toBe(l.sessionId);
      expect(s.context?.contextActivities?.['grouping']?.map((a) => a.id)).toContain(PUBLISHER_ID);
    }
    expect(stored.at(-1)?.result?.['duration']).toMatch(/^PT/);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    for (const statement of posted) {
      expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
      expect(independentProblems(statement)).toEqual([]);
    }
  });

  it('9.6.2.1 / 9.6.2.2 the cmi5 category on cmi5-defined statements, moveon on completed/passed only', async () => {
    const l = await launch();
    const { tracker: t } = tracker(l.url);
    await t.start();
    t.progress('intro', 1);
    t.scored(score);
    t.passed();
    t.completed();
    await end(t, 'normal');
    const categories = Object.fromEntries(
      (await storedStatements(perTest.lrs)).map((s) => [
        verbOf(s),
        (s.context?.contextActivities?.['category'] ?? []).map((c) => c.id),
      ]),
    );
    expect(categories['initialized']).toContain(CategoryIri.cmi5);
    expect(categories['initialized']).not.toContain(CategoryIri.moveOn);
    expect(categories['terminated']).toContain(CategoryIri.cmi5);
    expect(categories['passed']).toEqual(expect.arrayContaining([CategoryIri.cmi5, CategoryIri.moveOn]));
    expect(categories['completed']).toEqual(expect.arrayContaining([CategoryIri.cmi5, CategoryIri.moveOn]));
    expect(categories['experienced']).not.toContain(CategoryIri.cmi5);
    expect(categories['progressed']).not.toContain(CategoryIri.cmi5);
  });

  it('10.2.4 / 9.6.3.2 the LaunchData masteryScore wins: StartInfo reports it, passed carries it', async () => {
    const l = await launch({ launchData: { masteryScore: 0.75 } });
    const { tracker: t } = tracker(l.url);
    expect((await t.start()).masteryScore).toBe(75);
    t.scored(score);
    t.passed();
    await end(t);
    const passed = (await storedStatements(perTest.lrs)).find((s) => verbOf(s) === 'passed');
    expect(passed?.context?.extensions?.[ContextExtensionIri.masteryScore]).toBe(0.75);
    expect(passed?.result?.score).toEqual(score);
    expect(passed?.result?.['success']).toBe(true);
  });

  it('9.5.1 a score on passed/failed has integer raw, min and max; scaled is kept exact', async () => {
    const l = await launch({ launchData: { masteryScore: 0.5 } });
    const { tracker: t } = tracker(l.url);
    await t.start();
    t.scored({ raw: 7.5, min: 0, max: 10, scaled: 0.75 });
    t.passed();
    await end(t);
    const passed = (await storedStatements(perTest.lrs)).find((s) => verbOf(s) === 'passed');
    expect(passed?.result?.score).toEqual({ raw: 8, min: 0, max: 10, scaled: 0.75 });
  });

  for (const launchMode of ['Browse', 'Review'] as const) {
    it(`10.2.2 ${launchMode}: initialized and terminated, no completed/passed/failed, no state written`, async () => {
      const l = await launch({ launchData: { launchMode } });
      const { tracker: t } = tracker(l.url);
      expect((await t.start()).mode).toBe(launchMode.toLowerCase());
      t.progress('intro', 1);
      t.answered(rightAnswer);
      t.scored(score);
      t.completed();
      t.passed();
      t.save(state);
      await end(t, 'normal');
      expect((await storedStatements(perTest.lrs)).map(verbOf)).toEqual([
        'initialized',
        'experienced',
        'terminated',
      ]);
      const saved = await getDocument(perTest.lrs, 'activities/state', {
        activityId: AU_ID,
        agent: JSON.stringify(ACTOR),
        registration: l.registration,
        stateId: 'dlis-learner-state',
      });
      expect(saved).toBeUndefined();
    });
  }

  it('9.3 one completed and one passed per registration, across sessions; no failed after passed', async () => {
    const first = await launch();
    const s1 = tracker(first.url);
    await s1.tracker.start();
    s1.tracker.scored(score);
    s1.tracker.failed();
    s1.tracker.passed(); // a second judgement in one session: cmi5 allows one of passed/failed
    s1.tracker.completed();
    s1.tracker.completed();
    s1.tracker.save(state);
    await end(s1.tracker);
    const second = await launch({ registration: first.registration });
    const s2 = tracker(second.url);
    await s2.tracker.start();
    s2.tracker.scored(score);
    s2.tracker.passed();
    s2.tracker.completed();
    s2.tracker.scored(score);
    s2.tracker.passed();
    await end(s2.tracker);
    const third = await launch({ registration: first.registration });
    const s3 = tracker(third.url);
    await s3.tracker.start();
    s3.tracker.failed();
    s3.tracker.completed();
    await end(s3.tracker);
    const stored = await storedStatements(perTest.lrs);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
      'success',
    ]);
    const verbs = stored.map(verbOf);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'failed')).toHaveLength(1);
    expect(verbs.indexOf('failed')).toBeLessThan(verbs.indexOf('passed'));
  });

  for (const moveOn of ['NotApplicable', 'Passed', 'Completed', 'CompletedOrPassed', 'CompletedAndPassed']) {
    it(`9.3.3/9.3.4 whatever moveOn (${moveOn}): completed and passed are sent, moveOn is the LMS's rule (10.2.5)`, async () => {
      const l = await launch({ launchData: { moveOn } });
      const { tracker: t } = tracker(l.url);
      await t.start();
      t.scored(score);
      t.completed();
      t.passed();
      await end(t, 'normal');
      expect((await storedStatements(perTest.lrs)).map(verbOf)).toEqual([
        'initialized',
        'completed',
        'passed',
        'terminated',
      ]);
    });
  }

  it('10 the learner state goes to the State API and the next session resumes it (resumed follows initialized)', async () => {
    const first = await launch();
    const s1 = tracker(first.url);
    expect((await s1.tracker.start()).resume).toBeUndefined();
    s1.tracker.save(state);
    await end(s1.tracker);
    // Another device: nothing in its local storage, the same registration from the LMS.
    const second = await launch({ registration: first.registration });
    const s2 = tracker(second.url);
    const info = await s2.tracker.start();
    expect(info.resume).toEqual(state);
    await end(s2.tracker);
    const stored = await storedStatements(perTest.lrs);
    const sessionTwo = stored.filter(
      (s) => s.context?.extensions?.[ContextExtensionIri.sessionId] === second.sessionId,
    );
    expect(sessionTwo.map(verbOf)).toEqual(['initialized', 'resumed', 'suspended', 'terminated']);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
    ]);
  });

  it('10.2.6 on exit, navigates to the LaunchData returnURL once the statements are sent', async () => {
    const l = await launch({ launchData: { returnURL: 'https://lms.example.org/course/7' } });
    const { tracker: t, navigations } = tracker(l.url);
    await t.start();
    await t.finish('normal');
    expect(navigations).toEqual(['https://lms.example.org/course/7']);
    expect((await storedStatements(perTest.lrs)).map(verbOf)).toContain('terminated');
  });

  it('11.1 the languagePreference of cmi5LearnerPreferences becomes the learner language', async () => {
    const l = await launch({ languagePreference: 'fr-FR,en-US' });
    const bilingual = { ...course, languages: ['en', 'fr'] };
    const { tracker: t, posted } = tracker(l.url, { course: bilingual, browserLanguages: ['en-GB'] });
    expect((await t.start()).learner.language).toBe('fr-FR');
    await end(t);
    // context.language is the content language shown: the course's `fr` the preference selects.
    expect((posted[0]?.['context'] as { language?: string }).language).toBe('fr');
  });

  it('context.language is the content language, not a preference the course cannot show', async () => {
    const l = await launch({ languagePreference: 'fr-FR' });
    const { tracker: t, posted } = tracker(l.url, { browserLanguages: ['fr'] });
    await t.start();
    t.progress('intro', 0.5);
    await end(t);
    // The course is in English only: the learner reads English, the statements say so.
    expect(posted.map((p) => (p['context'] as { language?: string }).language)).toEqual(
      posted.map(() => 'en'),
    );
  });

  it('11 a 403 on the learner preferences is not an error: the launch goes on', async () => {
    await perTest.restartWith(['statements/write', 'statements/read', 'state']);
    const l = await launch();
    const { tracker: t } = tracker(l.url);
    const info = await t.start();
    expect(info.connection).toBe('lms');
    expect(info.learner.language).toBeUndefined();
    await end(t);
  });

  it('8.1 a page opened without cmi5 launch parameters works locally and says so', async () => {
    const { tracker: t } = tracker('https://cdn.example.org/au/index.html');
    const info = await t.start();
    expect(info).toMatchObject({ connection: 'local', standard: 'local' });
  });
});
