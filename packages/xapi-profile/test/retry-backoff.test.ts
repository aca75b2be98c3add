import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  parseRetryAfter,
  retryWithBackoff,
  RetryTimer,
  type RetryTimers,
  type TryOutcome,
} from '@dlis/xapi-profile';

describe('backoffDelay', () => {
  const options = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per attempt, between half and all of the nominal delay', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, () => 0, options))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, () => 0.999999, options))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(backoffDelay(3, () => 0.5, options)).toBe(3000);
  });
  it('is capped at maxMs, however many failures', () => {
    expect(backoffDelay(7, () => 0.999999, options)).toBe(60_000);
    expect(backoffDelay(1000, () => 0.999999, options)).toBe(60_000);
    expect(backoffDelay(1000, () => 0, options)).toBe(30_000);
  });
  it('has defaults of 1 s and 60 s', () => {
    expect(backoffDelay(1, () => 0.999999)).toBe(1000);
    expect(backoffDelay(20, () => 0.999999)).toBe(60_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 00:00:10 GMT', Date.parse('2026-11-29T00:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

/** Timers a test moves by hand: nothing runs until `fire()`. */
function manualTimers() {
  const waiting = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: RetryTimers = {
    set: (run, ms) => (waiting.set(++next, { run, ms }), next),
    clear: (handle) => void waiting.delete(handle as number),
  };
  return {
    timers,
    delays: () => [...waiting.values()].map((t) => t.ms),
    fire: () => {
      const due = [...waiting.values()];
      waiting.clear();
      for (const t of due) t.run();
    },
  };
}

describe('RetryTimer', () => {
  it('keeps one retry waiting: a new one replaces it, cancel drops it', () => {
    const clock = manualTimers();
    const timer = new RetryTimer(clock.timers);
    const runs: string[] = [];
    timer.schedule(() => runs.push('first'), 100);
    timer.schedule(() => runs.push('second'), 200);
    expect([timer.pending, clock.delays()]).toEqual([true, [200]]);
    clock.fire();
    expect([timer.pending, runs]).toEqual([false, ['second']]);
    timer.schedule(() => runs.push('third'), 300);
    timer.cancel();
    clock.fire();
    expect([timer.pending, runs]).toEqual([false, ['second']]);
  });
});

describe('retryWithBackoff', () => {
  it('tries again after each failure, waiting the delay asked for, until a value comes', async () => {
    const outcomes: TryOutcome<string>[] = [
      { retry: 'HTTP 503', status: 503 },
      { retry: 'ECONNRESET' },
      { done: 'page' },
    ];
    const waits: number[] = [];
    const told: string[] = [];
    const value = await retryWithBackoff(async () => outcomes.shift()!, {
      retries: 5,
      delayMs: (retry) => retry * 10,
      sleep: async (ms) => void waits.push(ms),
      onRetry: (e) => told.push(`${e.attempt} ${e.reason} ${e.delayMs}`),
      giveUp: () => new Error('never'),
    });
    expect([value, waits, told]).toEqual(['page', [10, 20], ['1 HTTP 503 10', '2 ECONNRESET 20']]);
  });

  it('gives up after the retries with the error made from the last failure', async () => {
    let tries = 0;
    const failing = retryWithBackoff(
      async (): Promise<TryOutcome<string>> => (tries++, { retry: 'HTTP 502', status: 502, retryAfterMs: 7 }),
      {
        retries: 2,
        delayMs: (_retry, retryAfterMs) => retryAfterMs ?? 0,
        sleep: async () => {},
        giveUp: (last, count) => new Error(`${last.retry} after ${count} tries`),
      },
    );
    await expect(failing).rejects.toThrow('HTTP 502 after 3 tries');
    expect(tries).toBe(3);
  });

  it('lets an error no retry can fix through at once', async () => {
    let tries = 0;
    const refused = retryWithBackoff(
      async (): Promise<TryOutcome<string>> => {
        tries++;
        throw new Error('HTTP 401');
      },
      { retries: 3, delayMs: () => 0, sleep: async () => {}, giveUp: () => new Error('never') },
    );
    await expect(refused).rejects.toThrow('HTTP 401');
    expect(tries).toBe(1);
  });
});
