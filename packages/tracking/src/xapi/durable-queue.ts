import { backoffDelay, RetryTimer, type BackoffOptions, type RetryTimers } from '@dlis/xapi-profile';
import type { KeyValueStore } from './key-value-store.ts';
import { QUEUE_PROBLEM_CODES, type QueueProblem, type QueueState, type QueueStatus } from './queue-status.ts';
import { toEntry, type Entry, type QueueableStatement } from './queue-entry.ts';
import type { PostOptions, PostOutcome } from './xapi-client.ts';

export type { QueueableStatement };

/** What the queue needs from a client: `XapiClient` is one. */
export interface StatementSender {
  postStatements(statements: readonly string[], options?: PostOptions): Promise<PostOutcome>;
}

export interface DurableQueueOptions {
  client: StatementSender;
  store: KeyValueStore;
  /** Storage key of this queue (one per course and LRS). Default `dlis:xapi-queue`. */
  key?: string;
  /** Most statements kept unsent; then `enqueue` refuses new ones. Default 1000. */
  maxStatements?: number;
  /** Most statements per POST. Default 50. */
  batchSize?: number;
  backoff?: BackoffOptions;
  /** Random numbers in [0, 1) for the back-off jitter. Default Math.random. */
  random?: () => number;
  /** The timers sends and retries wait on. Default setTimeout; tests pass their own. */
  timers?: RetryTimers;
  /**
   * Delay between a first `enqueue` and the send, in milliseconds, so that the statements of one learner action
   * go in one batch. Default 0 (next task).
   */
  sendDelayMs?: number;
  /** Send what storage holds from an earlier page (a reload) right away. Default true. */
  resume?: boolean;
  /**
   * The session id of this page's statements. A statement of another (earlier) session that the LRS refuses
   * for good (a 4xx other than 408/409/429), sent alone, is dropped and reported in `rejected` once a statement
   * sent after it is accepted (the credentials work, the refusal is that statement's). Without it every
   * refusal blocks the queue.
   */
  session?: string;
  /**
   * cmi5: statements of another session found in storage are not sent with this session's token and context
   * (cmi5 8.2.1: the token is limited to its session; 9.3.6: no statement is recorded for a session after it
   * ended; 10.2.1: every statement carries this session's context template). They leave the queue at start and
   * are handed to the owner (`takeEarlierSessions()`). Needs `session`.
   */
  dropOtherSessions?: boolean;
}

/** `queued`: stored and scheduled; `duplicate`: that id is already queued; `full`: refused (see status). */
export type EnqueueResult = 'queued' | 'duplicate' | 'full';

/**
 * Budget of the statements' keepalive bodies in flight at once: browsers allow 64 KiB in flight for all keepalive
 * requests of a page, and the learner state PUT of `pagehide` needs some of it.
 */
const KEEPALIVE_BYTES = 60_000;
/**
 * A drain POST up to this size goes keepalive, so that the request in flight when the page goes outlives it;
 * the `pagehide` POST beside it has the rest of the budget.
 */
const DRAIN_KEEPALIVE_BYTES = 24_000;
const FORMAT = 1;

/**
 * Statements waiting for the LRS. Each is written to `store` before any send, sent in order of timestamps in
 * batches, and removed only once the LRS acknowledged it (200/204), so a reload, a crash or an LRS outage loses
 * nothing: a new queue over the same store resumes. One drain request is in flight at a time, keepalive when it
 * fits (so it outlives a closed page); a keepalive flush (`pagehide`) does not wait for it (a page going away
 * never sees it answered) and sends at once what is not in flight. No statement is sent twice at once or after
 * its acknowledgement; a statement whose acknowledgement was lost is sent again, which the LRS treats as a
 * no-op (same id, same content). `initialized` goes alone and first, `terminated` only when nothing else is in
 * flight (queue-entry.ts).
 */
export class DurableQueue {
  readonly #client: StatementSender;
  readonly #store: KeyValueStore;
  readonly #key: string;
  readonly #max: number;
  readonly #batchSize: number;
  readonly #backoff: BackoffOptions;
  readonly #random: () => number;
  readonly #sendDelayMs: number;
  readonly #listeners = new Set<(status: QueueStatus) => void>();
  #entries: Entry[] = [];
  readonly #inFlight = new Set<string>();
  #state: QueueState = 'idle';
  #drain: Promise<void> | undefined;
  readonly #timer: RetryTimer;
  #retryInMs: number | undefined;
  #failures = 0;
  /** After a 409 on a batch: how many of the next sends go one statement at a time, to find the stored one. */
  #singles = 0;
  #error: QueueProblem | undefined;
  #storageError: QueueProblem | undefined;
  #full = false;
  readonly #conflicts: string[] = [];
  readonly #session: string | undefined;
  /** Statements of earlier sessions refused alone, set aside until a later send shows the LRS accepts ours. */
  readonly #parked = new Map<string, QueueProblem>();
  readonly #rejected: string[] = [];
  /** Statements of earlier sessions taken out at start (`dropOtherSessions`), as stored. */
  #earlier: QueueableStatement[] = [];
  #disposed = false;
  /** The keepalive POST of a keepalive flush, while in flight (beside the drain's request, if any). */
  #keepaliveSend: Promise<void> | undefined;
  /** Body bytes of the keepalive requests in flight (the browser's budget is shared). */
  #keepaliveBytes = 0;

  constructor(options: DurableQueueOptions) {
    this.#client = options.client;
    this.#store = options.store;
    this.#key = options.key ?? 'dlis:xapi-queue';
    this.#max = options.maxStatements ?? 1000;
    this.#batchSize = Math.max(1, options.batchSize ?? 50);
    this.#backoff = options.backoff ?? {};
    this.#random = options.random ?? Math.random;
    this.#timer = new RetryTimer(options.timers);
    this.#sendDelayMs = options.sendDelayMs ?? 0;
    this.#session = options.session;
    this.#load();
    if (options.dropOtherSessions && this.#session !== undefined) this.#takeOtherSessions();
    if ((options.resume ?? true) && this.#entries.length > 0) this.#schedule(this.#sendDelayMs);
  }

  /** The current status (a copy). */
  get status(): QueueStatus {
    const status: QueueStatus = {
      state: this.#state,
      pending: this.#entries.length,
      durable: this.#storageError === undefined,
      full: this.#full,
      failures: this.#failures,
      conflicts: [...this.#conflicts],
      rejected: [...this.#rejected],
    };
    if (this.#retryInMs !== undefined) status.retryInMs = this.#retryInMs;
    if (this.#error) status.error = this.#error;
    if (this.#storageError) status.storageError = this.#storageError;
    return status;
  }

  /** Subscribes to status snapshots (after every change); returns the unsubscribe function. */
  onStatus(listener: (status: QueueStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Stores a statement (written to the store before this returns, when the store accepts it) and schedules a
   * send. Refuses it, without dropping anything already queued, when `maxStatements` are waiting. The statement
   * must carry its `id`; it is sent as `JSON.stringify(statement)`.
   */
  enqueue(statement: QueueableStatement): EnqueueResult {
    if (typeof statement.id !== 'string' || statement.id === '') {
      throw new TypeError('A queued xAPI statement needs its id (uuidV4), so that a retry is idempotent.');
    }
    if (this.#entries.some((e) => e.id === statement.id)) return 'duplicate';
    if (this.#entries.length >= this.#max) {
      if (!this.#full) {
        this.#full = true;
        this.#emit();
      }
      return 'full';
    }
    const entry = toEntry(statement);
    // After every statement with the same or an earlier timestamp: timestamp order, then arrival order.
    let at = this.#entries.length;
    while (at > 0 && this.#entries[at - 1]!.time > entry.time) at -= 1;
    this.#entries.splice(at, 0, entry);
    this.#persist();
    if (this.#state === 'idle' && !this.#timer.pending && !this.#drain) this.#schedule(this.#sendDelayMs);
    this.#emit();
    return 'queued';
  }

  /**
   * Sends everything pending now, batch after batch, and resolves with the status when the queue is empty or a
   * send failed (a retry is then scheduled). Calls made while a send runs share it. An explicit flush also
   * retries at once after a failure, even a permanent one (`blocked`).
   *
   * With `keepalive` (for `pagehide`): one keepalive POST, sent now, of the pending statements not already in
   * flight, as many as fit in the keepalive budget beside the request in flight. It does not wait for a running
   * send: a closed page never sees that answered, and what waited behind it would never go. Resolves once both
   * are answered. What the page does not live to see acknowledged stays in the store for the next page.
   */
  flush(options: { keepalive?: boolean } = {}): Promise<QueueStatus> {
    if (this.#disposed) return Promise.resolve(this.status);
    if (options.keepalive) {
      if (this.#state === 'blocked') return Promise.resolve(this.status);
      if (!this.#drain) this.#clearTimer();
      this.#keepaliveSend ??= this.#sendKeepalive().finally(() => (this.#keepaliveSend = undefined));
      return Promise.all([this.#keepaliveSend, this.#drain]).then(() => this.status);
    }
    this.#clearTimer();
    if (this.#state === 'blocked' || this.#state === 'waiting') this.#setState('idle');
    return this.#startDrain().then(() => this.status);
  }

  /** The statements of earlier sessions taken out at start (`dropOtherSessions`); empties the list. */
  takeEarlierSessions(): QueueableStatement[] {
    const taken = this.#earlier;
    this.#earlier = [];
    return taken;
  }

  /** Whether a request is in flight or a drain runs. */
  get busy(): boolean {
    return this.#drain !== undefined || this.#keepaliveSend !== undefined;
  }

  async #startDrain(): Promise<void> {
    // The keepalive POST in flight is answered first: a drain does not start beside it.
    while (this.#keepaliveSend) await this.#keepaliveSend;
    this.#drain ??= this.#runDrain().finally(() => (this.#drain = undefined));
    return this.#drain;
  }

  /** Stops timers and further sends (statements stay in the store). For tests and page teardown. */
  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
    this.#listeners.clear();
  }

  async #runDrain(): Promise<void> {
    while (!this.#disposed) {
      const count = this.#singles > 0 ? 1 : this.#batchSize;
      const batch = this.#nextBatch(count, Infinity);
      // Keepalive when it fits beside a pagehide POST: it then reaches the LRS even if the page goes meanwhile.
      const keepalive =
        bodyBytes(batch) <= Math.min(DRAIN_KEEPALIVE_BYTES, KEEPALIVE_BYTES - this.#keepaliveBytes);
      if (batch.length === 0) {
        if (this.#parked.size > 0) {
          // Only refused statements of earlier sessions are left: kept (nothing shows yet that the credentials
          // work); a later statement accepted drops them, `flush()` tries them again.
          const [first] = this.#parked.values();
          this.#parked.clear();
          if (first) this.#error = first;
          this.#setState('blocked');
          return;
        }
        this.#setState('idle');
        return;
      }
      this.#setState('sending');
      const outcome = await this.#post(batch, keepalive);
      if (this.#singles > 0 && outcome.kind !== 'retry') this.#singles -= 1;
      if (outcome.kind === 'sent') continue;
      if (outcome.kind === 'conflict') {
        this.#onConflict(batch, outcome.detail);
        continue;
      }
      this.#failures += 1;
      if (outcome.kind === 'rejected') {
        const problem = {
          code: QUEUE_PROBLEM_CODES.rejected,
          detail: outcome.detail,
          status: outcome.status,
        };
        if (this.#session !== undefined && batch.length > 1) {
          // Which statement is refused? Send this batch again one at a time (as after a 409).
          this.#singles = batch.length;
          continue;
        }
        const [entry] = batch;
        if (this.#session !== undefined && entry && entry.session !== this.#session) {
          this.#parked.set(entry.id, problem);
          continue;
        }
        // One of ours is refused: the credentials (or this player) are at fault; keep everything, stop.
        this.#parked.clear();
        this.#error = problem;
        this.#setState('blocked');
        return;
      }
      this.#error = { code: QUEUE_PROBLEM_CODES.unreachable, detail: outcome.detail };
      if (outcome.status !== undefined) this.#error.status = outcome.status;
      const delay = Math.max(
        backoffDelay(this.#failures, this.#random, this.#backoff),
        outcome.retryAfterMs ?? 0,
      );
      this.#schedule(delay);
      this.#retryInMs = delay;
      this.#setState('waiting');
      return;
    }
  }

  /**
   * 409 on a batch (all or nothing, xAPI 1.0.3 Part Three §3.2): some id is already stored, maybe with other
   * content, and nothing of this request was. Treating the whole batch as stored would lose the others, so
   * its statements are sent again one at a time. A 409 for one statement alone means the LRS holds that id
   * (§2.1.3: same content would have been a 204/200 no-op, unless the LRS does not compare): sending it again
   * cannot change that, so it leaves the queue and is reported in `conflicts`.
   */
  #onConflict(batch: Entry[], detail: string): void {
    if (batch.length > 1) {
      this.#singles = batch.length;
      return;
    }
    const [entry] = batch;
    if (!entry) return;
    this.#remove(new Set([entry.id]));
    this.#conflicts.push(entry.id);
    this.#error = { code: QUEUE_PROBLEM_CODES.conflict, detail, status: 409 };
    this.#emit();
  }

  async #sendKeepalive(): Promise<void> {
    const batch = this.#nextBatch(this.#batchSize, KEEPALIVE_BYTES - this.#keepaliveBytes);
    if (batch.length === 0) return;
    const outcome = await this.#post(batch, true);
    // The page lived on (e.g. back from the bfcache): what the keepalive did not send goes the normal way.
    if (outcome.kind !== 'sent' || this.#entries.length > 0) {
      queueMicrotask(() => {
        if (this.#state === 'idle' && !this.#timer.pending && !this.#drain) this.#schedule(this.#sendDelayMs);
      });
    }
  }

  /** Sends a batch; on acknowledgement removes it from memory and store. */
  async #post(batch: Entry[], keepalive: boolean): Promise<PostOutcome> {
    for (const e of batch) this.#inFlight.add(e.id);
    const keepaliveBytes = keepalive ? bodyBytes(batch) : 0;
    this.#keepaliveBytes += keepaliveBytes;
    let outcome: PostOutcome;
    try {
      outcome = await this.#client.postStatements(
        batch.map((e) => e.json),
        { keepalive },
      );
    } catch (error) {
      outcome = { kind: 'retry', detail: `The client failed: ${String(error)}` };
    } finally {
      for (const e of batch) this.#inFlight.delete(e.id);
      this.#keepaliveBytes -= keepaliveBytes;
    }
    if (outcome.kind === 'sent') {
      this.#failures = 0;
      this.#error = undefined;
      this.#retryInMs = undefined;
      this.#remove(new Set(batch.map((e) => e.id)));
      this.#dropParked();
      this.#emit();
    }
    return outcome;
  }

  /**
   * A statement sent after the parked ones was accepted: their refusal is theirs, not the credentials'. They
   * leave the queue (retrying cannot change a 4xx) and are reported in `rejected` and `error`.
   */
  #dropParked(): void {
    if (this.#parked.size === 0) return;
    const [first] = this.#parked.values();
    const ids = [...this.#parked.keys()];
    this.#parked.clear();
    this.#remove(new Set(ids));
    this.#rejected.push(...ids);
    this.#error = {
      code: QUEUE_PROBLEM_CODES.rejected,
      detail: `The LRS refused ${ids.length} statement(s) of an earlier session for good (${first?.detail ?? ''}); they were dropped so that newer statements go through.`,
      ...(first?.status !== undefined ? { status: first.status } : {}),
    };
  }

  /** The oldest pending statements not in flight: at most `count`, and at most `maxBytes` of body. */
  #nextBatch(count: number, maxBytes: number): Entry[] {
    const batch: Entry[] = [];
    let bytes = 2;
    for (const entry of this.#entries) {
      if (batch.length >= count) break;
      if (this.#inFlight.has(entry.id)) {
        // Nothing overtakes `initialized` (cmi5 9.3.2).
        if (entry.alone) break;
        continue;
      }
      if (this.#parked.has(entry.id)) continue;
      // `terminated` is the last the LRS receives (cmi5 9.3.8): never beside a request in flight.
      if (entry.last && this.#inFlight.size > 0) break;
      if (entry.alone) {
        // `initialized` goes alone, and what follows waits for its acknowledgement.
        if (batch.length === 0) batch.push(entry);
        break;
      }
      const size = entry.bytes + 1;
      if (bytes + size > maxBytes) break;
      bytes += size;
      batch.push(entry);
    }
    return batch;
  }

  #takeOtherSessions(): void {
    const others = this.#entries.filter((e) => e.session !== this.#session);
    if (others.length === 0) return;
    this.#earlier = others.map((e) => JSON.parse(e.json) as QueueableStatement);
    this.#remove(new Set(others.map((e) => e.id)));
  }

  #remove(ids: ReadonlySet<string>): void {
    this.#entries = this.#entries.filter((e) => !ids.has(e.id));
    if (this.#entries.length < this.#max) this.#full = false;
    this.#persist();
  }

  #load(): void {
    let text: string | null;
    try {
      text = this.#store.getItem(this.#key);
    } catch (error) {
      this.#storageError = {
        code: QUEUE_PROBLEM_CODES.storage,
        detail: `Storage cannot be read: ${String(error)}`,
      };
      return;
    }
    if (text === null) return;
    try {
      const data = JSON.parse(text) as { format?: number; statements?: unknown[] };
      if (data.format !== FORMAT || !Array.isArray(data.statements)) return;
      for (const s of data.statements) {
        if (!s || typeof s !== 'object' || typeof (s as QueueableStatement).id !== 'string') continue;
        const statement = s as QueueableStatement;
        this.#entries.push(toEntry(statement));
      }
      this.#full = this.#entries.length >= this.#max;
    } catch {
      // Not a queue of ours (or damaged): reported; the next write replaces it.
      this.#storageError = {
        code: QUEUE_PROBLEM_CODES.storage,
        detail: `Storage key "${this.#key}" does not hold a statement queue.`,
      };
    }
  }

  /** Mirrors the entries to the store; a refused write leaves them in memory and is reported. */
  #persist(): void {
    try {
      if (this.#entries.length === 0) this.#store.removeItem(this.#key);
      else {
        const statements = this.#entries.map((e) => e.json).join(',');
        this.#store.setItem(this.#key, `{"format":${FORMAT},"statements":[${statements}]}`);
      }
      this.#storageError = undefined;
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.#storageError = {
        code: QUEUE_PROBLEM_CODES.storage,
        detail: `Storage refused the statement queue (${detail}); statements are kept in memory only.`,
      };
    }
  }

  #schedule(delayMs: number): void {
    if (this.#disposed) return;
    this.#clearTimer();
    this.#timer.schedule(() => {
      this.#retryInMs = undefined;
      void this.#startDrain();
    }, delayMs);
  }

  #clearTimer(): void {
    this.#timer.cancel();
    this.#retryInMs = undefined;
  }

  #setState(state: QueueState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#emit();
  }

  #emit(): void {
    const status = this.status;
    for (const listener of [...this.#listeners]) {
      try {
        listener(status);
      } catch {
        // A broken listener must not stop the queue.
      }
    }
  }
}

/** Body bytes of a POST of `batch` (a JSON array). */
function bodyBytes(batch: readonly Entry[]): number {
  return batch.reduce((bytes, e) => bytes + e.bytes + 1, 1);
}
