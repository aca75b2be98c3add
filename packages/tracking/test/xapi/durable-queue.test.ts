import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetryTimers } from '@dlis/xapi-profile';
import { basicAuthorization } from '@dlis/tracking';
import { DurableQueue, type DurableQueueOptions } from '@dlis/tracking';
import { createMemoryStore, type KeyValueStore } from '@dlis/tracking';
import { XapiClient } from '@dlis/tracking';
import {
  fetchStoredStatements,
  makeStatement,
  recordingFetch,
  restartTestLrs,
  startTestLrs,
  waitForStatus,
  type TestLrs,
} from './support/test-lrs.ts';

// Real back-off, made short (10–80 ms) so that no fake timers are needed with real HTTP.
const FAST = { baseMs: 20, maxMs: 80 };
const KEY = 'dlis:xapi-queue';

describe('DurableQueue against the embedded LRS', () => {
  let lrs: TestLrs;
  const queues: DurableQueue[] = [];
  beforeEach(async () => {
    lrs = await startTestLrs();
  });
  afterEach(async () => {
    for (const q of queues.splice(0)) q.dispose();
    await lrs.running.close();
  });

  /** The real timers, counting those still waiting to fire. */
  function countingTimers() {
    const waiting = new Set<unknown>();
    const timers: RetryTimers = {
      set: (run, ms) => {
        const handle = setTimeout(() => {
          waiting.delete(handle);
          run();
        }, ms);
        waiting.add(handle);
        return handle;
      },
      clear: (handle) => {
        waiting.delete(handle);
        clearTimeout(handle as ReturnType<typeof setTimeout>);
      },
    };
    return { ...timers, waiting: () => waiting.size };
  }

  function newQueue(
    store: KeyValueStore,
    options: Partial<DurableQueueOptions> = {},
    authorization?: string,
  ) {
    const recorder = recordingFetch();
    const client = new XapiClient({
      endpoint: lrs.endpoint,
      authorization: authorization ?? lrs.authorization,
      fetch: recorder.fetch,
    });
    const queue = new DurableQueue({ client, store, backoff: FAST, ...options });
    queues.push(queue);
    return { queue, recorder };
  }

  it('sends every statement exactly once, in batches, in order of timestamps', async () => {
    const store = createMemoryStore();
    const { queue, recorder } = newQueue(store, { batchSize: 50 });
    const statements = Array.from({ length: 120 }, (_, i) => makeStatement(i));
    // Queued out of order (shuffled deterministically): the LRS must still get them by timestamp.
    const shuffled = statements.map((s, i) => ({ s, k: (i * 37) % 120 })).sort((a, b) => a.k - b.k);
    for (const { s } of shuffled) expect(queue.enqueue(s)).toBe('queued');
    expect(JSON.parse(store.getItem(KEY) ?? '{}').statements).toHaveLength(120);

    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'idle', pending: 0, failures: 0, durable: true });
    expect(recorder.posts.map((p) => p.ids.length)).toEqual([50, 50, 20]);
    expect(recorder.acknowledged()).toEqual(statements.map((s) => s.id));
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(store.getItem(KEY)).toBeNull();
  });

  it('sends on its own after enqueue, and refuses a duplicate id', async () => {
    const { queue } = newQueue(createMemoryStore());
    const s = makeStatement(1);
    expect(queue.enqueue(s)).toBe('queued');
    expect(queue.enqueue(s)).toBe('duplicate');
    await waitForStatus(queue, (st) => st.pending === 0 && st.state === 'idle');
    expect((await fetchStoredStatements(lrs)).map((x) => x.id)).toEqual([s.id]);
  });

  it('keeps statements through an LRS outage, backs off, and delivers all exactly once after a restart', async () => {
    const store = createMemoryStore();
    const { queue, recorder } = newQueue(store, { batchSize: 4 });
    const before = Array.from({ length: 5 }, (_, i) => makeStatement(i));
    for (const s of before) queue.enqueue(s);
    await queue.flush();
    await lrs.running.close();

    const during = Array.from({ length: 7 }, (_, i) => makeStatement(100 + i));
    for (const s of during) queue.enqueue(s);
    const failing = await waitForStatus(queue, (st) => st.failures >= 3);
    expect(failing).toMatchObject({ state: 'waiting', pending: 7, error: { code: 'XAPI_E_UNREACHABLE' } });
    expect(failing.retryInMs).toBeGreaterThanOrEqual(FAST.baseMs / 2);
    expect(failing.retryInMs).toBeLessThanOrEqual(FAST.maxMs);
    expect(JSON.parse(store.getItem(KEY) ?? '{}').statements).toHaveLength(7);

    lrs = await restartTestLrs(lrs);
    await waitForStatus(queue, (st) => st.pending === 0 && st.state === 'idle');
    const expected = [...before, ...during].map((s) => s.id);
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(expected);
    expect(recorder.acknowledged()).toEqual(expected);
    expect(queue.status).toMatchObject({ failures: 0, durable: true });
    expect(queue.status.error).toBeUndefined();
  });

  it('resumes after a reload: a new queue over the same storage sends what the old page left', async () => {
    const store = createMemoryStore();
    const statements = Array.from({ length: 6 }, (_, i) => makeStatement(i));
    // The first page: its LRS answers are lost after the first batch was stored (acknowledgement lost).
    let calls = 0;
    const lossy = new XapiClient({
      endpoint: lrs.endpoint,
      authorization: lrs.authorization,
      fetch: async (input, init) => {
        calls += 1;
        const response = await fetch(input, init);
        if (calls === 1) throw new TypeError('fetch failed (connection reset after the LRS stored)');
        return response;
      },
    });
    const first = new DurableQueue({ client: lossy, store, batchSize: 3, backoff: { baseMs: 60_000 } });
    queues.push(first);
    for (const s of statements) first.enqueue(s);
    await waitForStatus(first, (st) => st.state === 'waiting');
    expect(first.status.pending).toBe(6);
    first.dispose(); // the tab is closed

    const { queue: second, recorder } = newQueue(store, { batchSize: 3 });
    await waitForStatus(second, (st) => st.pending === 0 && st.state === 'idle');
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(recorder.acknowledged()).toEqual(statements.map((s) => s.id));
    expect(store.getItem(KEY)).toBeNull();
  });

  it('stops on a wrong key (401) and keeps the statements for a later session', async () => {
    const store = createMemoryStore();
    const wrong = basicAuthorization('unknown-key:wrong-secret');
    const timers = countingTimers();
    const { queue, recorder } = newQueue(store, { backoff: { baseMs: 5, maxMs: 5 }, timers }, wrong);
    const statements = [makeStatement(1), makeStatement(2)];
    for (const s of statements) queue.enqueue(s);
    const blocked = await waitForStatus(queue, (st) => st.state === 'blocked');
    expect(blocked).toMatchObject({ pending: 2, error: { code: 'XAPI_E_REJECTED', status: 401 } });
    queue.enqueue(makeStatement(3));
    // A queue that meant to retry would hold a timer for it: none waits, so nothing can post again.
    expect(timers.waiting()).toBe(0);
    expect(recorder.posts).toHaveLength(1);
    expect(queue.status.state).toBe('blocked');
    queue.dispose();

    const { queue: next } = newQueue(store);
    await waitForStatus(next, (st) => st.pending === 0 && st.state === 'idle');
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toHaveLength(3);
  });

  it('a statement of an earlier session refused for good is dropped and reported; newer ones go through', async () => {
    const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    const inSession = <T extends object>(statement: T, session: string) => ({
      ...statement,
      context: { extensions: { [SESSION]: session } },
    });
    const store = createMemoryStore();
    // An earlier page left a statement the LRS refuses (400: a verb id that is not an IRI) in storage.
    const broken = inSession({ ...makeStatement(1), verb: { id: 'not an IRI' } }, 'session-1');
    const older = inSession(makeStatement(2), 'session-1');
    const earlier = newQueue(store, { resume: false, session: 'session-1', sendDelayMs: 60_000 });
    earlier.queue.enqueue(broken);
    earlier.queue.enqueue(older);
    earlier.queue.dispose();

    const { queue, recorder } = newQueue(store, { session: 'session-2', resume: false, sendDelayMs: 60_000 });
    const mine = inSession(makeStatement(3), 'session-2');
    const reported: { code: string; status?: number; detail: string }[] = [];
    queue.onStatus((st) => st.error && reported.push(st.error));
    queue.enqueue(mine);
    const status = await queue.flush();
    expect(status).toMatchObject({ pending: 0, state: 'idle', rejected: [broken.id] });
    expect(reported).toContainEqual(
      expect.objectContaining({
        code: 'XAPI_E_REJECTED',
        status: 400,
        detail: expect.stringContaining('earlier session'),
      }),
    );
    // One batch refused, then one at a time: the broken one (refused), the older one and ours (accepted).
    expect(recorder.posts.map((p) => p.ids.length)).toEqual([3, 1, 1, 1]);
    expect((await fetchStoredStatements(lrs)).map((s) => s.id).sort()).toEqual([older.id, mine.id].sort());
    // Nothing more is tried: the refused statement is out of the queue and its storage.
    expect(store.getItem(KEY)).toBeNull();
  });

  it('initialized goes alone, and nothing after it is sent before its acknowledgement (cmi5 9.3.0.0-4)', async () => {
    const { queue, recorder } = newQueue(createMemoryStore(), { resume: false, sendDelayMs: 60_000 });
    const [first, ...rest] = Array.from({ length: 4 }, (_, i) => makeStatement(i));
    queue.enqueue({ ...first!, verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' } });
    for (const s of rest) queue.enqueue(s);
    // A keepalive flush while nothing runs sends initialized alone, too.
    await queue.flush({ keepalive: true });
    await queue.flush();
    expect(recorder.posts.map((p) => p.ids)).toEqual([[first!.id], rest.map((s) => s.id)]);
  });

  it("with dropOtherSessions, an earlier session's statements are taken out, never sent", async () => {
    const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    const inSession = <T extends object>(statement: T, session: string) => ({
      ...statement,
      context: { extensions: { [SESSION]: session } },
    });
    const store = createMemoryStore();
    const earlier = newQueue(store, { resume: false, session: 'session-1', sendDelayMs: 60_000 });
    const old = inSession(makeStatement(1), 'session-1');
    earlier.queue.enqueue(old);
    earlier.queue.dispose();
    const { queue, recorder } = newQueue(store, {
      session: 'session-2',
      dropOtherSessions: true,
      sendDelayMs: 60_000,
    });
    expect(queue.takeEarlierSessions().map((s) => s.id)).toEqual([old.id]);
    expect(queue.takeEarlierSessions()).toEqual([]);
    const mine = inSession(makeStatement(2), 'session-2');
    queue.enqueue(mine);
    expect((await queue.flush()).pending).toBe(0);
    expect(recorder.posts.flatMap((p) => p.ids)).toEqual([mine.id]);
  });

  it('a refused statement of this session still blocks (the key or the player is at fault), keeping all', async () => {
    const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    const store = createMemoryStore();
    const { queue } = newQueue(store, { session: 's', resume: false, sendDelayMs: 60_000 });
    const broken = {
      ...makeStatement(1),
      verb: { id: 'not an IRI' },
      context: { extensions: { [SESSION]: 's' } },
    };
    queue.enqueue(broken);
    queue.enqueue({ ...makeStatement(2), context: { extensions: { [SESSION]: 's' } } });
    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'blocked', pending: 2, rejected: [] });
  });

  it('only refused statements of an earlier session left: kept and blocked until something newer is accepted', async () => {
    const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
    const store = createMemoryStore();
    const earlier = newQueue(store, { resume: false, sendDelayMs: 60_000 });
    const broken = {
      ...makeStatement(1),
      verb: { id: 'not an IRI' },
      context: { extensions: { [SESSION]: 'old' } },
    };
    earlier.queue.enqueue(broken);
    earlier.queue.dispose();
    const { queue } = newQueue(store, { session: 'new', resume: false, sendDelayMs: 60_000 });
    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'blocked', pending: 1, rejected: [], error: { status: 400 } });
  });

  it('keeps statements in memory and says so when storage refuses writes (quota)', async () => {
    const store = createMemoryStore();
    const full: KeyValueStore = {
      getItem: (k) => store.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k) => store.removeItem(k),
    };
    const { queue } = newQueue(full, { resume: false, sendDelayMs: 60_000 });
    const statements = [makeStatement(1), makeStatement(2)];
    for (const s of statements) expect(queue.enqueue(s)).toBe('queued');
    expect(queue.status).toMatchObject({
      pending: 2,
      durable: false,
      storageError: { code: 'XAPI_E_STORAGE', detail: expect.stringMatching(/QuotaExceededError/) },
    });
    await queue.flush();
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    // Emptied queue: the key is removed, which works, so the queue is durable again.
    expect(queue.status).toMatchObject({ pending: 0, durable: true });
  });

  it('refuses new statements at the cap, keeps the oldest, and accepts again once sent', async () => {
    const { queue } = newQueue(createMemoryStore(), { maxStatements: 3, resume: false, sendDelayMs: 60_000 });
    const statements = [1, 2, 3].map((i) => makeStatement(i));
    for (const s of statements) expect(queue.enqueue(s)).toBe('queued');
    expect(queue.enqueue(makeStatement(4))).toBe('full');
    expect(queue.status).toMatchObject({ full: true, pending: 3 });
    await queue.flush();
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(queue.status.full).toBe(false);
    expect(queue.enqueue(makeStatement(5))).toBe('queued');
  });

  it('never sends a statement twice when flushes overlap, keepalive included', async () => {
    const { queue, recorder } = newQueue(createMemoryStore(), {
      batchSize: 5,
      resume: false,
      sendDelayMs: 60_000,
    });
    const statements = Array.from({ length: 23 }, (_, i) => makeStatement(i));
    for (const s of statements) queue.enqueue(s);
    const flushes = [queue.flush(), queue.flush(), queue.flush({ keepalive: true }), queue.flush()];
    await Promise.all(flushes);
    await queue.flush();
    const posted = recorder.posts.flatMap((p) => p.ids);
    expect(new Set(posted).size).toBe(posted.length);
    expect(posted.sort()).toEqual(statements.map((s) => s.id).sort());
    expect(recorder.posts.some((p) => p.keepalive)).toBe(true);
    expect((await fetchStoredStatements(lrs)).map((s) => s.id).sort()).toEqual(
      statements.map((s) => s.id).sort(),
    );
  });

  it('a keepalive flush sends at once beside the send in flight, never terminated (sent last, alone)', async () => {
    const real = new XapiClient({ endpoint: lrs.endpoint, authorization: lrs.authorization });
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const posts: { ids: string[]; keepalive: boolean }[] = [];
    const client = {
      postStatements: async (statements: readonly string[], options?: { keepalive?: boolean }) => {
        posts.push({
          ids: statements.map((s) => (JSON.parse(s) as { id: string }).id),
          keepalive: options?.keepalive === true,
        });
        // The first request stays on its way until the page has gone through pagehide.
        if (posts.length === 1) await gate;
        return real.postStatements(statements, options);
      },
    };
    const queue = new DurableQueue({
      client,
      store: createMemoryStore(),
      resume: false,
      sendDelayMs: 60_000,
    });
    queues.push(queue);
    const [a, b] = [makeStatement(1), makeStatement(2)];
    const terminated = { ...makeStatement(3), verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' } };
    queue.enqueue(a);
    const draining = queue.flush();
    queue.enqueue(b);
    queue.enqueue(terminated);
    const keepalive = queue.flush({ keepalive: true });
    // Sent now, without waiting for the request in flight (small: keepalive too), and without terminated.
    expect(posts).toEqual([
      { ids: [a.id], keepalive: true },
      { ids: [b.id], keepalive: true },
    ]);
    open();
    await Promise.all([draining, keepalive]);
    expect((await queue.flush()).pending).toBe(0);
    expect(posts.slice(2)).toEqual([{ ids: [terminated.id], keepalive: true }]);
    expect((await fetchStoredStatements(lrs)).map((s) => s.id).sort()).toEqual(
      [a.id, b.id, terminated.id].sort(),
    );
  });

  it('keeps a keepalive flush under 60 KB, and the next flush sends the rest', async () => {
    const { queue, recorder } = newQueue(createMemoryStore(), { resume: false, sendDelayMs: 60_000 });
    const big = (i: number) => ({
      ...makeStatement(i),
      result: { extensions: { 'https://example.org/notes': 'x'.repeat(15_000) } },
    });
    const statements = Array.from({ length: 10 }, (_, i) => big(i));
    for (const s of statements) queue.enqueue(s);
    const afterKeepalive = await queue.flush({ keepalive: true });
    expect(recorder.posts).toEqual([
      { ids: statements.slice(0, 3).map((s) => s.id), keepalive: true, status: 200 },
    ]);
    expect(afterKeepalive.pending).toBe(7);
    await queue.flush();
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('on a 409 batch, sends one by one: the others arrive, the stored id is reported', async () => {
    const taken = makeStatement(2);
    const client = new XapiClient({ endpoint: lrs.endpoint, authorization: lrs.authorization });
    expect(
      (
        await client.postStatements([
          { ...taken, object: { objectType: 'Activity', id: 'https://example.org/x' } },
        ])
      ).kind,
    ).toBe('sent');

    const { queue, recorder } = newQueue(createMemoryStore(), { resume: false, sendDelayMs: 60_000 });
    const [a, b] = [makeStatement(1), makeStatement(3)];
    const reported: unknown[] = [];
    queue.onStatus((st) => st.error && reported.push(st.error));
    for (const s of [a, taken, b]) queue.enqueue(s);
    const status = await queue.flush();
    expect(status).toMatchObject({ pending: 0, conflicts: [taken.id] });
    expect(reported).toContainEqual(expect.objectContaining({ code: 'XAPI_E_CONFLICT', status: 409 }));
    expect(recorder.posts.map((p) => p.ids.length)).toEqual([3, 1, 1, 1]);
    expect((await fetchStoredStatements(lrs)).map((s) => s.id)).toEqual([taken.id, a.id, b.id]);
  });
});
