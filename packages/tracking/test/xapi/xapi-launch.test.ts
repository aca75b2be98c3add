import {
  courseActivityIri,
  validateStatementAgainstProfile,
  validateStatementSequence,
} from '@dlis/xapi-profile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLaunchTracker } from '@dlis/tracking';
import type { LearnerState } from '@dlis/tracking';
import type { TrackerFacade } from '@dlis/tracking';
import { createMemoryStore } from '@dlis/tracking';
import { readLaunchLearner, readLaunchParameters } from '../../src/xapi/launch-parameters.ts';
import type { XapiTrackingOptions } from '@dlis/tracking';
import { everyType, layout } from '../support/fixtures.ts';
import {
  course,
  startLauncherLrs,
  statementRecorder,
  storedStatements,
  verbOf,
  type LauncherLrs,
} from './support/cmi5-launcher.ts';
import { independentProblems } from '../../../../tests/support/independent-validator.ts';

const state: LearnerState = { page: 'basics', visited: ['intro', 'basics'], answers: {} };
const MBOX_ACTOR = { objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada@example.org' };

describe('xAPI launch ("Tin Can launch") against the embedded LRS', () => {
  let lrs: LauncherLrs;
  const trackers: TrackerFacade[] = [];
  beforeEach(async () => {
    lrs = await startLauncherLrs();
  });
  afterEach(async () => {
    for (const t of trackers.splice(0)) t.reporter?.queue.dispose();
    await lrs.running.close();
  });

  function launchUrl(params: Record<string, string | undefined>): string {
    const query = Object.entries(params)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    return `https://cdn.example.org/course/index.html?${query}`;
  }

  function tracker(url: string, extra: Partial<XapiTrackingOptions> = {}) {
    const recorder = statementRecorder();
    const t = createLaunchTracker({
      target: 'xapi',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      xapi: {
        identity: 'pseudonymous',
        course,
        launchUrl: url,
        fetch: recorder.fetch,
        store: createMemoryStore(),
        ...extra,
      },
    }) as TrackerFacade;
    trackers.push(t);
    return { tracker: t, posted: recorder.posted };
  }

  async function end(t: TrackerFacade, mode: 'normal' | 'suspend' = 'suspend') {
    await t.finish(mode);
    expect((await t.reporter?.queue.flush())?.pending).toBe(0);
  }

  it('reads endpoint, auth, actor, registration and activity_id; the mbox actor is kept verbatim', async () => {
    const registration = '3f1c0a9e-5b7d-4c2e-9f10-2a3b4c5d6e7f';
    const url = launchUrl({
      endpoint: lrs.endpoint,
      auth: lrs.authorization,
      actor: JSON.stringify(MBOX_ACTOR),
      registration,
      activity_id: 'https://example.org/courses/digital-safety',
    });
    const { tracker: t, posted } = tracker(url);
    const info = await t.start();
    expect(info).toMatchObject({ connection: 'lms', standard: 'xapi', mode: 'normal' });
    expect(info.learner.name).toBeUndefined();
    t.progress('intro', 0.5);
    for (const record of everyType) t.answered(record);
    await end(t);
    const stored = await storedStatements(lrs);
    expect(stored.length).toBe(posted.length);
    for (const s of stored) {
      expect(s.context?.registration).toBe(registration);
      // The launch's actor, verbatim (docs/tracking.md, "Who"): the LMS finds its learner's statements.
      expect(s.actor).toEqual(MBOX_ACTOR);
    }
    expect(stored[0]?.object.id).toBe('https://example.org/courses/digital-safety');
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);
    for (const statement of posted) {
      expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
      expect(independentProblems(statement)).toEqual([]);
    }
  });

  it("keeps the launch actor whatever the course's identity option (the LMS made that identity)", async () => {
    const url = launchUrl({
      endpoint: lrs.endpoint,
      auth: lrs.authorization,
      actor: JSON.stringify(MBOX_ACTOR),
    });
    const { tracker: t } = tracker(url, { identity: 'named' });
    expect((await t.start()).learner.name).toBe('Ada Lovelace');
    await end(t);
    const [first] = await storedStatements(lrs);
    expect(first?.actor).toMatchObject({ mbox: 'mailto:ada@example.org', name: 'Ada Lovelace' });
    expect(first?.object.id).toBe(courseActivityIri(course.id));
  });

  it('keeps the learner state in the State API: another device resumes it, in the same registration', async () => {
    const url = launchUrl({
      endpoint: lrs.endpoint,
      auth: lrs.authorization,
      actor: JSON.stringify(MBOX_ACTOR),
    });
    const first = tracker(url);
    await first.tracker.start();
    first.tracker.save(state);
    await end(first.tracker);
    const second = tracker(url, { store: createMemoryStore() });
    expect((await second.tracker.start()).resume).toEqual(state);
    await end(second.tracker, 'normal');
    // The attempt ended (finish 'normal'): the next launch starts a new registration with no state.
    const third = tracker(url);
    expect((await third.tracker.start()).resume).toBeUndefined();
    await end(third.tracker);
    const stored = await storedStatements(lrs);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
      'success',
      'success',
    ]);
    const registrations = stored
      .filter((s) => verbOf(s) === 'initialized')
      .map((s) => s.context?.registration);
    expect(registrations[0]).toBe(registrations[1]);
    expect(registrations[2]).not.toBe(registrations[0]);
  });

  it('without launch parameters the package works locally and says so (connection local)', async () => {
    const { tracker: t } = tracker('https://cdn.example.org/course/index.html');
    expect(await t.start()).toMatchObject({ connection: 'local', standard: 'local' });
  });

  it('reads the Tin Can 0.9 actor forms (arrays, accountServiceHomePage)', () => {
    expect(readLaunchLearner({ mbox: ['mailto:a@example.org'], name: ['A'] })).toEqual({
      mbox: 'mailto:a@example.org',
      displayName: 'A',
    });
    expect(
      readLaunchLearner({
        account: [{ accountServiceHomePage: 'https://lms.example.org', accountName: '42' }],
      }),
    ).toEqual({ account: { homePage: 'https://lms.example.org', name: '42' } });
    expect(readLaunchLearner({ name: 'nobody' })).toBeUndefined();
    expect(readLaunchParameters('https://x.example/?activity_id=a&actor=%7Bbad')).toEqual({
      activityId: 'a',
    });
  });
});
