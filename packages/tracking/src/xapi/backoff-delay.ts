/** Back-off of the durable queue, in milliseconds. */
export interface BackoffOptions {
  /** Delay before the first retry (before jitter). Default 1000. */
  baseMs?: number;
  /** Largest delay, whatever the number of failures. Default 60000. */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 1000, maxMs: 60_000 } as const satisfies Required<BackoffOptions>;

/**
 * Delay before retry number `attempt` (1 for the first retry): exponential, `baseMs · 2^(attempt-1)` capped
 * at `maxMs`, with "equal jitter" (half fixed, half random), so that many browsers coming back after an LRS
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
