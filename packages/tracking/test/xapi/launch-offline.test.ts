import { describe, expect, it } from 'vitest';
import { createLaunchTracker } from '@dlis/tracking';
import type { LearnerState, TrackerStatus } from '@dlis/tracking';
import type { TrackerFacade } from '@dlis/tracking';
import { createMemoryStore, type KeyValueStore } from '@dlis/tracking';
import { LEARNER_STATE_ID } from '@dlis/tracking';
import { layout } from '../support/fixtures.ts';
import {
  ACTOR,
  AU_ID,
  course,
  getDocument,
  launchCmi5,
  storedStatements,
  verbOf,
  launcherPerTest,
} from './support/cmi5-launcher.ts';

const before: LearnerState = { page: 'intro', visited: ['intro'], answers: {} };
const offline: LearnerState = {
  page: 'quiz',
  visited: ['intro', 'quiz'],
  answers: { 'q-safe-password': { response: ['long'], attempts: 1 } },
};
/** Nothing listens there: a real "no answer" from the network. */
const DEAD_ENDPOINT = 'http://127.0.0.1:9/xapi';

describe('cmi5 launch when the LRS cannot be reached (robustness, docs/tracking.md "LRS down")', () => {
  const perTest = launcherPerTest();
  const { launches, trackers } = perTest;

  /** One browser: its localStorage (local adapter, queue, mirror) is `store`. */
  /** `now`: the tracker's clock (default the real one). */
  function open(url: string, store: KeyValueStore, now?: () => number) {
    const news: TrackerStatus[] = [];
    const t = createLaunchTracker({
      target: 'cmi5',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      window: { localStorage: store, location: { href: url } } as unknown as Window,
      xapi: {
        identity: 'pseudonymous',
        course,
        launchUrl: url,
        store,
        session: createMemoryStore(),
        navigate: () => undefined,
        backoff: { baseMs: 20, maxMs: 80 },
        ...(now ? { now } : {}),
      },
    }) as TrackerFacade;
    t.onStatus((s) => news.push(s));
    trackers.push(t);
    return { t, news };
  }

  async function launch(registration?: string) {
    const l = await launchCmi5(perTest.lrs, registration ? { registration } : {});
    launches.push(l);
    return l;
  }

  it('goes on from this browser’s copy, says the activity waits in this page, and the next launch sends the state reached offline', async () => {
    const store = createMemoryStore();
    const first = await launch();
    const s1 = open(first.url, store);
    await s1.t.start();
    s1.t.save(before);
    await s1.t.finish('suspend');
    await s1.t.reporter?.queue.flush();

    // The LMS launches again, but its LRS does not answer.
    const second = await launch(first.registration);
    const down = second.url.replace(
      encodeURIComponent(perTest.lrs.endpoint),
      encodeURIComponent(DEAD_ENDPOINT),
    );
    const s2 = open(down, store);
    const info = await s2.t.start();
    // The session the LMS launched goes on and waits for its LRS (cmi5-pending-start.ts); nothing is sent.
    expect(info).toMatchObject({ connection: 'lms', resume: before });
    const told = s2.news.find((n) => n.kind === 'xapi');
    expect(told).toMatchObject({
      kind: 'xapi',
      queue: { state: 'waiting', durable: false, error: { code: 'XAPI_E_UNREACHABLE' } },
    });
    s2.t.save(offline);
    await s2.t.finish('suspend');

    // Back online: the state reached offline is resumed and saved to the State API.
    const third = await launch(first.registration);
    const s3 = open(third.url, store);
    expect((await s3.t.start()).resume).toEqual(offline);
    await expect
      .poll(async () => {
        const doc = (await getDocument(perTest.lrs, 'activities/state', {
          activityId: AU_ID,
          agent: JSON.stringify(ACTOR),
          registration: first.registration,
          stateId: LEARNER_STATE_ID,
        })) as { suspendData?: string } | undefined;
        return doc?.suspendData;
      })
      .toBeDefined();
    await s3.t.finish('suspend');
    await s3.t.reporter?.queue.flush();
    // A fourth launch (another device: empty storage) resumes the offline state from the LRS.
    const fourth = await launch(first.registration);
    const s4 = open(fourth.url, createMemoryStore());
    expect((await s4.t.start()).resume).toEqual(offline);
    await s4.t.finish('suspend');
  });

  it('never sends an offline state over a newer one saved from another device', async () => {
    const store = createMemoryStore();
    const first = await launch();
    const s1 = open(first.url, store);
    await s1.t.start();
    s1.t.save(before);
    await s1.t.finish('suspend');
    const second = await launch(first.registration);
    // The offline save and the other device's save get their times from clocks a second apart.
    const offlineAt = Date.now();
    const s2 = open(
      second.url.replace(encodeURIComponent(perTest.lrs.endpoint), encodeURIComponent(DEAD_ENDPOINT)),
      store,
      () => offlineAt,
    );
    await s2.t.start();
    s2.t.save(offline);
    await s2.t.finish('suspend');
    // Meanwhile another device (its own storage) saved a newer state.
    const newer: LearnerState = { page: 'result', visited: ['intro', 'result'], answers: {} };
    const other = open((await launch(first.registration)).url, createMemoryStore(), () => offlineAt + 1000);
    await other.t.start();
    other.t.save(newer);
    await other.t.finish('suspend');
    const back = open((await launch(first.registration)).url, store);
    expect((await back.t.start()).resume).toEqual(newer);
    await back.t.finish('suspend');
  });

  it('statements that cannot be sent are learner news: xapi (waiting, unreachable, kept), not save-failed', async () => {
    const store = createMemoryStore();
    const l = await launch();
    const { t, news } = open(l.url, store);
    await t.start();
    await t.reporter?.queue.flush();
    await perTest.lrs.running.close();
    t.progress('intro', 0.5);
    await expect
      .poll(() =>
        news.some(
          (n) =>
            n.kind === 'xapi' &&
            n.queue.state === 'waiting' &&
            n.queue.pending > 0 &&
            n.queue.error?.code === 'XAPI_E_UNREACHABLE',
        ),
      )
      .toBe(true);
    // The learner state was not saved since: the queue alone says nothing about it (the player words the news).
    expect(news.filter((n) => n.kind === 'save-failed')).toEqual([]);
    expect(t.reporter?.queue.status.pending).toBeGreaterThan(0);
    expect((await storedStatements(perTest.lrs).catch(() => [])).map(verbOf)).not.toContain('experienced');
  });
});
