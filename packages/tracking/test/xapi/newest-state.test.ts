import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLaunchTracker } from '@dlis/tracking';
import type { LearnerState } from '@dlis/tracking';
import type { TrackerFacade } from '@dlis/tracking';
import { createMemoryStore, type KeyValueStore } from '@dlis/tracking';
import { LEARNER_STATE_ID } from '@dlis/tracking';
import { layout, rightAnswer } from '../support/fixtures.ts';
import {
  course,
  getDocument,
  startLauncherLrs,
  storedStatements,
  verbOf,
  type LauncherLrs,
} from './support/cmi5-launcher.ts';

const ACTOR = { objectType: 'Agent', mbox: 'mailto:ada@example.org' };
const REGISTRATION = '3f1c0a9e-5b7d-4c2e-9f10-2a3b4c5d6e7f';
const early: LearnerState = { page: 'intro', visited: ['intro'], answers: {} };
const later: LearnerState = {
  page: 'quiz',
  visited: ['intro', 'basics', 'quiz'],
  answers: { 'q-safe-password': { response: ['long'], attempts: 1 } },
};

/** A fetch whose LRS can be cut (every request fails as with no network) and restored. */
function switchableFetch() {
  const link = { up: true };
  const fetcher: typeof fetch = (input, init) =>
    link.up ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
  return { link, fetch: fetcher };
}

describe('resume takes the newest state (revisions, not clocks); an offline start sends everything later', () => {
  let lrs: LauncherLrs;
  const trackers: TrackerFacade[] = [];
  beforeEach(async () => {
    lrs = await startLauncherLrs();
  });
  afterEach(async () => {
    for (const t of trackers.splice(0)) t.reporter?.queue.dispose();
    await lrs.running.close();
  });

  function open(store: KeyValueStore, fetcher: typeof fetch) {
    const query = new URLSearchParams({
      endpoint: lrs.endpoint,
      auth: lrs.authorization,
      actor: JSON.stringify(ACTOR),
      registration: REGISTRATION,
    });
    const url = `https://cdn.example.org/course/index.html?${query.toString()}`;
    const t = createLaunchTracker({
      target: 'xapi',
      courseId: course.id,
      courseVersion: course.version,
      layout,
      retryDelaysMs: [20, 40],
      window: { localStorage: store, location: { href: url } } as unknown as Window,
      xapi: {
        identity: 'pseudonymous',
        course,
        launchUrl: url,
        fetch: fetcher,
        store,
        backoff: { baseMs: 20, maxMs: 80 },
      },
    }) as TrackerFacade;
    trackers.push(t);
    return t;
  }

  const lrsState = async () =>
    (await getDocument(lrs, 'activities/state', {
      activityId: `https://w3id.org/dlis/xapi/courses/${course.id}`,
      agent: JSON.stringify(ACTOR),
      registration: REGISTRATION,
      stateId: LEARNER_STATE_ID,
    })) as { suspendData?: string; revision?: number } | undefined;

  it('the state reached while the LRS was down wins over the older LRS copy, and is sent', async () => {
    const store = createMemoryStore();
    const net = switchableFetch();
    const first = open(store, net.fetch);
    await first.start();
    first.save(early);
    await expect.poll(async () => (await lrsState())?.revision).toBe(1);
    net.link.up = false;
    first.save(later);
    await first.finish('suspend');
    expect((await lrsState())?.revision).toBe(1);

    net.link.up = true;
    const second = open(store, net.fetch);
    expect((await second.start()).resume).toEqual(later);
    // Sent: the LRS now holds a revision above its old copy (the failed last save counted one more).
    await expect.poll(async () => (await lrsState())?.revision ?? 0).toBeGreaterThan(1);
    await second.finish('suspend');
    // Another device (no copy here) now resumes the newer state from the LRS.
    const other = open(createMemoryStore(), net.fetch);
    expect((await other.start()).resume).toEqual(later);
    await other.finish('suspend');
  });

  it('a copy here never overwrites a newer LRS state saved from another device', async () => {
    const store = createMemoryStore();
    const first = open(store, fetch);
    await first.start();
    first.save(early);
    await first.finish('suspend');
    // Another device saves twice more, whatever its clock says.
    const other = open(createMemoryStore(), fetch);
    await other.start();
    other.save(early);
    other.save(later);
    await other.finish('suspend');
    // Its last save went beside a PUT in flight (launch-state-saver.ts): one revision more than its saves.
    await expect.poll(async () => (await lrsState())?.revision ?? 0).toBeGreaterThanOrEqual(3);
    const back = open(store, fetch);
    expect((await back.start()).resume).toEqual(later);
    await back.finish('suspend');
  });

  it('a session that starts offline sends its answers, passed and completed, and its state, once the LRS answers', async () => {
    const store = createMemoryStore();
    const net = switchableFetch();
    net.link.up = false;
    const t = open(store, net.fetch);
    expect((await t.start()).connection).toBe('lms');
    t.progress('intro', 0.5);
    t.answered(rightAnswer);
    t.scored({ raw: 1, min: 0, max: 1, scaled: 1 });
    t.completed();
    t.passed();
    t.save(later);
    await t.reporter?.queue.flush();
    expect(t.reporter?.queue.status.pending).toBeGreaterThan(0);
    net.link.up = true;
    const status = await t.reporter?.queue.flush();
    expect(status?.pending).toBe(0);
    await expect.poll(async () => (await lrsState())?.suspendData).toBeDefined();
    await t.finish('suspend');
    const verbs = (await storedStatements(lrs)).map(verbOf);
    for (const verb of ['initialized', 'answered', 'completed', 'passed', 'terminated'])
      expect(
        verbs.filter((v) => v === verb),
        verb,
      ).toHaveLength(1);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
  });
});
