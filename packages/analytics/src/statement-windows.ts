import {
  fetchPage,
  statementPages,
  statementsUrl,
  type LrsConnection,
  type StatementPage,
  type StatementQuery,
} from './lrs-client.ts';

/**
 * A long fetch is split into this many stored-time windows: more windows than fetched at once, so that a study
 * whose statements crowd into a few days still keeps several requests going until near its end.
 */
export const FETCH_WINDOWS = 8;
/**
 * Windows fetched at the same time. One chain of `more` links leaves the LRS idle while this process reads a
 * page and this process idle while the LRS queries the next one; three chains keep both busy (docs/research.md).
 */
export const FETCH_CONCURRENCY = 3;

export interface WindowPlan {
  /** The whole result when it fits in one page: nothing more to fetch. */
  single?: StatementPage;
  /** Consecutive stored-time windows covering the query, oldest first. */
  windows: StatementQuery[];
  /** `X-Experience-API-Consistent-Through` of the first answer, when the LRS sent it. */
  consistentThrough: string | undefined;
}

/**
 * Splits a query into `count` consecutive windows of stored time (`since` exclusive, `until` inclusive, as the
 * Statements API defines them), so that every statement falls in exactly one. Asks the first page as today's
 * sequential fetch does (a one-page result ends there) and the newest matching statement (`ascending=false`,
 * `limit=1`). The bounds spread from the first page's first `stored` to that newest one; the last window ends at
 * the query's `until` or, without one, at the latest of that newest `stored` and the LRS's consistent-through
 * time, fixed at the start so that the cut is consistent (statements stored meanwhile are left to the next
 * report). Falls back to the query as one window when `stored` cannot be read.
 */
export async function planWindows(
  connection: LrsConnection,
  query: StatementQuery,
  count: number,
): Promise<WindowPlan> {
  const first = await fetchPage(connection, statementsUrl(connection.endpoint, query));
  const consistentThrough = first.consistentThrough;
  if (first.more === null) return { single: first, windows: [], consistentThrough };
  const newestUrl = new URL(statementsUrl(connection.endpoint, { ...query, limit: 1 }));
  newestUrl.searchParams.set('ascending', 'false');
  const newest = await fetchPage(connection, newestUrl.toString());
  const oldestStored = storedOf(first.statements[0]);
  const newestStored = storedOf(newest.statements[0]);
  if (oldestStored === undefined || newestStored === undefined)
    return { windows: [query], consistentThrough };
  // The upper bound: also never before the first page's end nor the LRS's consistent-through time, so that an LRS
  // answering the newest-statement question wrongly (ignoring `ascending`) leaves nothing out.
  const until =
    query.until ??
    latest([newestStored, storedOf(first.statements.at(-1)), consistentThrough]) ??
    newestStored;
  const from = Date.parse(oldestStored);
  const span = Date.parse(newestStored) - from;
  const parts = Math.max(1, Math.min(count, span));
  const bounds = Array.from({ length: parts - 1 }, (_, i) =>
    new Date(from + Math.floor(((i + 1) * span) / parts)).toISOString(),
  );
  const windows = [...bounds, until].map((end, i) => {
    const window: StatementQuery = { ...query, until: end };
    const start = i === 0 ? query.since : bounds[i - 1];
    if (start === undefined) delete window.since;
    else window.since = start;
    return window;
  });
  return { windows, consistentThrough };
}

/** The latest of the timestamps that Date.parse reads. */
function latest(times: readonly (string | undefined)[]): string | undefined {
  let found: string | undefined;
  for (const t of times) {
    if (t === undefined || !Number.isFinite(Date.parse(t))) continue;
    if (found === undefined || Date.parse(t) > Date.parse(found)) found = t;
  }
  return found;
}

/** `stored` of a statement when it is a timestamp Date.parse reads. */
function storedOf(statement: Record<string, unknown> | undefined): string | undefined {
  const stored = statement?.stored;
  return typeof stored === 'string' && Number.isFinite(Date.parse(stored)) ? stored : undefined;
}

/**
 * Fetches the windows, `concurrency` at a time (each following its own `more` links, its next page requested
 * in advance), and hands every page to `onPage` with its window's number as it arrives: pages of one window come
 * in order, windows interleave. At most two pages per running window are in memory. The first failure (after
 * its retries) stops the others and is thrown, once they have stopped.
 */
export async function fetchWindows(
  connection: LrsConnection,
  windows: readonly StatementQuery[],
  concurrency: number,
  onPage: (window: number, page: StatementPage) => void,
): Promise<void> {
  const stop = new AbortController();
  const signal =
    connection.signal === undefined ? stop.signal : AbortSignal.any([connection.signal, stop.signal]);
  const sleep = connection.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const stopping: LrsConnection = {
    ...connection,
    signal,
    // a window waiting to retry stops waiting when another has failed
    sleep: (ms) =>
      new Promise<void>((done, fail) => {
        if (signal.aborted) return fail(signal.reason);
        const abort = () => fail(signal.reason);
        signal.addEventListener('abort', abort, { once: true });
        sleep(ms).then(() => {
          signal.removeEventListener('abort', abort);
          done();
        }, fail);
      }),
  };
  let next = 0;
  let failure: { error: unknown } | undefined;
  const run = async (): Promise<void> => {
    while (failure === undefined && next < windows.length) {
      const index = next++;
      for await (const page of statementPages(stopping, windows[index]!)) {
        if (failure !== undefined) return;
        onPage(index, page);
      }
    }
  };
  const runners = Array.from({ length: Math.min(concurrency, windows.length) }, () =>
    run().catch((error: unknown) => {
      if (failure !== undefined) return;
      failure = { error };
      stop.abort();
    }),
  );
  await Promise.all(runners);
  if (failure !== undefined) throw failure.error;
}
