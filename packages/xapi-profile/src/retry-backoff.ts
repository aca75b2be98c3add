/**
 * Retrying a request to an LRS (or an LMS) with back-off, shared by the browser's tracking runtime and the
 * analytics: the delay rule, `Retry-After`, a timer that holds one pending retry, and an async retry loop. Timers
 * and sleeps are injected, so tests drive time instead of waiting for it.
 */

export interface BackoffOptions {
  /** Delay before the first retry (before jitter). Default 1000. */
  baseMs?: number;
  /** Largest delay, whatever the number of failures. Default 60000. */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 1000, maxMs: 60_000 } as const satisfies Required<BackoffOptions>;

/**
 * Delay before retry number `attempt` (1 for the first retry): exponential, `baseMs · 2^(attempt-1)` capped
 * at `maxMs`, with "equal jitter" (half fixed, half random), so that many clients coming back after an LRS
 * outage do not retry in lock-step, while a retry never comes sooner than half the nominal delay.
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(attempt: number, random: () => number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const nominal = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.round(nominal / 2 + (nominal / 2) * random());
}

/** `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The timers a retry waits on: the global ones, or a test's. */
export interface RetryTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const systemTimers: RetryTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** At most one retry waiting: a new one replaces it, `cancel()` drops it. */
export class RetryTimer {
  readonly #timers: RetryTimers;
  #handle: unknown;
  #pending = false;

  constructor(timers: RetryTimers = systemTimers) {
    this.#timers = timers;
  }

  /** True while a retry waits for its time. */
  get pending(): boolean {
    return this.#pending;
  }

  /** Runs `run` in `ms` milliseconds, instead of the retry already waiting, if any. */
  schedule(run: () => void, ms: number): void {
    this.cancel();
    this.#pending = true;
    this.#handle = this.#timers.set(() => {
      this.#pending = false;
      this.#handle = undefined;
      run();
    }, ms);
  }

  cancel(): void {
    if (this.#pending) this.#timers.clear(this.#handle);
    this.#pending = false;
    this.#handle = undefined;
  }
}

/** What one try gave: a value, or a failure worth trying again (with the server's `Retry-After`, if it said). */
export type TryOutcome<T> = { done: T } | { retry: string; status?: number; retryAfterMs?: number };

export interface RetryLoopOptions {
  /** Tries after the first one. */
  retries: number;
  /** Delay before retry number `retry` (1 for the first), given the server's `Retry-After` when it sent one. */
  delayMs: (retry: number, retryAfterMs: number | undefined) => number;
  /** Waits (default: a timer); tests pass one that resolves at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait (for progress lines). */
  onRetry?: (event: { attempt: number; delayMs: number; reason: string }) => void;
  /** The error thrown when every try failed, from the last failure and the number of tries made. */
  giveUp: (last: { retry: string; status?: number }, tries: number) => Error;
}

/**
 * Calls `attempt` until it gives a value, at most `retries + 1` times, waiting between tries. An error thrown by
 * `attempt` (a failure no retry can fix) goes straight up.
 */
export async function retryWithBackoff<T>(
  attempt: () => Promise<TryOutcome<T>>,
  options: RetryLoopOptions,
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let tries = 1; ; tries++) {
    const outcome = await attempt();
    if ('done' in outcome) return outcome.done;
    if (tries > options.retries) throw options.giveUp(outcome, tries);
    const delayMs = options.delayMs(tries, outcome.retryAfterMs);
    options.onRetry?.({ attempt: tries, delayMs, reason: outcome.retry });
    await sleep(delayMs);
  }
}
