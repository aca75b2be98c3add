import {
  courseActivityIri,
  validateStatementAgainstProfile,
  validateStatementSequence,
} from '@dlis/xapi-profile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalTracker, withXapiReporting } from '@dlis/tracking';
import type { StartInfo, Tracker, TrackerOptions, TrackerStatus } from '@dlis/tracking';
import { HybridXapiTracker, attemptKey, hybridCredentials } from '@dlis/tracking';
import { createMemoryStore, type KeyValueStore } from '@dlis/tracking';
import { LEARNER_PSEUDONYM_KEY } from '@dlis/tracking';
import type { XapiTrackingOptions } from '@dlis/tracking';
import { layout, rightAnswer } from '../support/fixtures.ts';
import {
  course,
  startLauncherLrs,
  statementRecorder,
  storedStatements,
  verbOf,
  type LauncherLrs,
} from './support/cmi5-launcher.ts';
import { independentProblems } from '../../../../tests/support/independent-validator.ts';

const PACKAGE_URL = 'https://lms.example.org/content/digital-safety/index.html';

/** A window with the parts the local adapter reads (its storage), so the primary keeps state in node. */
function windowWith(storage: KeyValueStore): Window {
  return { localStorage: storage, location: { href: PACKAGE_URL } } as unknown as Window;
}

/** A primary that answers start() with `info` (a SCORM LMS stand-in for what the primary reports). */
function primaryWith(info: StartInfo): Tracker & { calls: string[] } {
  const calls: string[] = [];
  const note = (name: string) => () => void calls.push(name);
  return {
    calls,
    start: () => Promise.resolve(info),
    progress: note('progress'),
    answered: note('answered'),
    questionnaireCompleted: note('questionnaireCompleted'),
    scored: note('scored'),
    completed: note('completed'),
    passed: note('passed'),
    failed: note('failed'),
    save: note('save'),
    finish: () => (calls.push('finish'), Promise.resolve()),
    onStatus: () => () => undefined,
  };
}

describe('hybrid reporting: the primary adapter and the xAPI reporter side by side', () => {
  let lrs: LauncherLrs;
  const trackers: HybridXapiTracker[] = [];
  beforeEach(async () => {
    lrs = await startLauncherLrs();
  });
  afterEach(async () => {
    for (const t of trackers.splice(0)) t.reporter?.queue.dispose();
    await lrs.running.close();
  });

  function options(store: KeyValueStore, xapi: Partial<XapiTrackingOptions> = {}): TrackerOptions {
    return {
      target: 'web',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      window: windowWith(store),
      xapi: {
        identity: 'pseudonymous',
        course,
        endpoint: lrs.endpoint,
        authorization: lrs.authorization,
        launchUrl: PACKAGE_URL,
        store,
        backoff: { baseMs: 20, maxMs: 80 },
        ...xapi,
      },
    };
  }

  function hybrid(opts: TrackerOptions, primary?: Tracker): HybridXapiTracker {
    const t = primary
      ? new HybridXapiTracker(primary, opts)
      : (withXapiReporting(createLocalTracker)(opts) as HybridXapiTracker);
    trackers.push(t);
    return t;
  }

  async function end(t: HybridXapiTracker, mode: 'normal' | 'suspend') {
    await t.finish(mode);
    // The hybrid finish does not wait for the LRS; the reporter's finish is the keepalive POST it issued.
    await t.reporter?.finish(mode);
    const status = await t.reporter?.queue.flush();
    expect(status?.error).toBeUndefined();
    expect(status?.pending).toBe(0);
  }

  it('StartInfo comes from the primary; every call reaches both; statements follow the profile', async () => {
    const store = createMemoryStore();
    const recorder = statementRecorder();
    const t = hybrid(options(store, { fetch: recorder.fetch }));
    const info = await t.start();
    expect(info).toMatchObject({ connection: 'local', standard: 'local' });
    t.progress('intro', 0.5);
    t.answered(rightAnswer);
    t.save({ page: 'intro', visited: ['intro'], answers: {} });
    t.completed();
    await end(t, 'suspend');
    expect(JSON.parse(store.getItem('dlis:digital-safety') ?? '{}')).toMatchObject({
      completion: 'completed',
    });
    const stored = await storedStatements(lrs);
    expect(stored.map(verbOf)).toEqual([
      'initialized',
      'experienced',
      'progressed',
      'answered',
      'completed',
      'suspended',
      'terminated',
    ]);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    // No learner id from the primary: a random pseudonym, kept in local storage, on the package's origin.
    const pseudonym = store.getItem(LEARNER_PSEUDONYM_KEY);
    expect(stored[0]?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lms.example.org', name: pseudonym },
    });
    expect(stored[0]?.object.id).toBe(courseActivityIri(course.id));
    for (const s of recorder.posted) {
      expect(validateStatementAgainstProfile(s).failures).toEqual([]);
      expect(independentProblems(s)).toEqual([]);
    }
  });

  it('context.language is the content language the player shows, and follows the language switcher', async () => {
    const store = createMemoryStore();
    const bilingual = { ...course, languages: ['en', 'fr'] };
    // The player's rule before it says: no LMS preference, the browser wants fr-CA → fr (not the default en).
    const t = hybrid(options(store, { course: bilingual, browserLanguages: ['fr-CA', 'en'] }));
    await t.start();
    t.progress('intro', 0.5);
    t.setLanguage('en');
    t.answered(rightAnswer);
    t.setLanguage('de'); // not a course language: ignored
    t.completed();
    await end(t, 'suspend');
    const stored = await storedStatements(lrs);
    expect(stored.map((s) => [verbOf(s), s.context?.language])).toEqual([
      ['initialized', 'fr'],
      ['experienced', 'fr'],
      ['progressed', 'fr'],
      ['answered', 'en'],
      ['completed', 'en'],
      ['suspended', 'en'],
      ['terminated', 'en'],
    ]);
    expect(Object.keys((stored[3]?.object.definition?.['name'] as object | undefined) ?? {})).toEqual(['en']);
  });

  it('course variables go into the course-variables context extension of the statements that follow', async () => {
    const store = createMemoryStore();
    const t = hybrid(options(store));
    await t.start();
    t.progress('intro', 0.5);
    t.setVariables({ country: 'be' });
    t.answered(rightAnswer);
    t.completed();
    await end(t, 'suspend');
    const stored = await storedStatements(lrs);
    const extension = 'https://w3id.org/dlis/xapi/extensions/course-variables';
    expect(stored.map((s) => [verbOf(s), s.context?.extensions?.[extension]])).toEqual([
      ['initialized', undefined],
      ['experienced', undefined],
      ['progressed', undefined],
      ['answered', { country: 'be' }],
      ['completed', { country: 'be' }],
      ['suspended', { country: 'be' }],
      ['terminated', { country: 'be' }],
    ]);
    for (const s of stored) {
      expect(validateStatementAgainstProfile(s).failures).toEqual([]);
      expect(independentProblems(s)).toEqual([]);
    }
  });

  it('an unreachable LRS never breaks the primary: no exception, xapi status news, statements kept', async () => {
    const store = createMemoryStore();
    const news: TrackerStatus[] = [];
    const t = hybrid(options(store, { endpoint: 'http://127.0.0.1:9/xapi' }));
    t.onStatus((s) => news.push(s));
    await t.start();
    t.progress('intro', 0.5);
    t.completed();
    await t.finish('suspend');
    await t.reporter?.finish('suspend');
    const status = await t.reporter?.queue.flush();
    expect(status?.pending).toBe(6);
    expect(status?.error?.code).toBe('XAPI_E_UNREACHABLE');
    expect(news.some((n) => n.kind === 'xapi' && n.queue.error?.code === 'XAPI_E_UNREACHABLE')).toBe(true);
    expect(JSON.parse(store.getItem('dlis:digital-safety') ?? '{}')).toMatchObject({
      completion: 'completed',
    });
  });

  it('uses the SCORM learner id as the account name and the LMS mode: review sends nothing that changes', async () => {
    const store = createMemoryStore();
    const primary = primaryWith({
      connection: 'lms',
      standard: 'scorm2004',
      learner: { id: 'learner-4711', name: 'Lovelace, Ada' },
      credit: true,
      mode: 'review',
    });
    const t = hybrid({ ...options(store), target: 'scorm2004' }, primary);
    await t.start();
    t.progress('intro', 1);
    t.answered(rightAnswer);
    t.completed();
    t.passed();
    await end(t, 'suspend');
    expect(primary.calls).toEqual(['progress', 'answered', 'completed', 'passed', 'finish']);
    const stored = await storedStatements(lrs);
    expect(stored.map(verbOf)).toEqual(['initialized', 'experienced', 'terminated']);
    expect(stored[0]?.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lms.example.org', name: 'learner-4711' },
    });
  });

  it('one registration per attempt: kept while the attempt is resumed, a new one after it ended', async () => {
    const store = createMemoryStore();
    const s1 = hybrid(options(store));
    await s1.start();
    s1.save({ page: 'intro', visited: ['intro'], answers: {} });
    await end(s1, 'suspend');
    const s2 = hybrid(options(store));
    expect((await s2.start()).resume).toBeDefined();
    await end(s2, 'normal');
    expect(JSON.parse(store.getItem(attemptKey(course.id)) ?? '{}')).toMatchObject({ ended: true });
    const s3 = hybrid(options(store));
    await s3.start();
    await end(s3, 'suspend');
    const registrations = (await storedStatements(lrs))
      .filter((s) => verbOf(s) === 'initialized')
      .map((s) => s.context?.registration);
    expect(registrations[1]).toBe(registrations[0]);
    expect(registrations[2]).not.toBe(registrations[0]);
    const stored = await storedStatements(lrs);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
      'success',
    ]);
    const verbs = stored.map(verbOf);
    expect(verbs.filter((v) => v === 'resumed')).toHaveLength(1);
  });

  it('takes endpoint + auth from the launch URL; never sends an embedded key to an endpoint named in the URL', async () => {
    const store = createMemoryStore();
    const url = `${PACKAGE_URL}?endpoint=${encodeURIComponent(lrs.endpoint)}&auth=${encodeURIComponent(lrs.authorization)}`;
    const t = hybrid(
      options(store, { endpoint: 'http://127.0.0.1:9/xapi', authorization: undefined, launchUrl: url }),
    );
    await t.start();
    await end(t, 'suspend');
    expect((await storedStatements(lrs)).map(verbOf)).toEqual(['initialized', 'suspended', 'terminated']);
    expect(
      hybridCredentials(
        { endpoint: 'https://evil.example/xapi' },
        { endpoint: 'https://lrs.example', authorization: 'Basic k' },
      ),
    ).toEqual({
      endpoint: 'https://lrs.example',
      authorization: 'Basic k',
    });
    expect(
      hybridCredentials({ endpoint: 'https://lrs.example' }, { endpoint: 'https://lrs.example' }),
    ).toBeUndefined();
  });

  it('without credentials it is the primary alone', async () => {
    const store = createMemoryStore();
    const t = hybrid(options(store, { authorization: undefined }));
    await t.start();
    t.progress('intro', 1);
    await t.finish('suspend');
    expect(t.reporter).toBeUndefined();
    expect(await storedStatements(lrs)).toEqual([]);
  });
});
