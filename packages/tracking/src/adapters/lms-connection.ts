import type { StatusEmitter } from '../status-emitter.ts';
import type { ScormCalls } from './scorm-calls.ts';

/** Back-off between commit retries, in milliseconds; the last value repeats. */
export const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000] as const;

export interface LmsConnectionOptions {
  emitter: StatusEmitter;
  /** Error codes after which retrying the same SetValue/Commit can succeed (per standard). */
  retryable: ReadonlySet<number>;
  /** Name of the commit call in messages (`LMSCommit`, `Commit`). */
  commitName: string;
  retryDelaysMs?: readonly number[];
}

/**
 * Writes to a SCORM API with retries. Values are queued (latest value per element wins, first-queued order is
 * kept so an interaction's `id` is written before its other fields), then `write()` sets them (SetValue only:
 * cheap, it stays in the LMS's page) or `flush()` sets them and commits (in Moodle a synchronous request, so
 * the adapters commit only at the points that matter).
 * A SetValue or Commit that fails with a retryable error (or answers "false" with no error code) keeps the
 * unwritten values and schedules another flush with back-off; later writes join the queue, so the next
 * successful commit carries the latest state. A SetValue refused for good (wrong type, out of range, read-only)
 * is dropped.
 *
 * Status news: `save-failed` (retrying: true) on every failed attempt; `save-failed` (retrying: false) for a
 * value dropped; `saved` after the first successful commit that follows a failure (not after every commit).
 */
export class LmsConnection {
  readonly #pending = new Map<string, string>();
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  #finalFlush = false;
  readonly #delays: readonly number[];

  readonly #calls: ScormCalls;
  readonly #options: LmsConnectionOptions;

  constructor(calls: ScormCalls, options: LmsConnectionOptions) {
    this.#calls = calls;
    this.#options = options;
    this.#delays = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
  }

  /** GetValue, with '' for any error (not-initialised values, unsupported elements, throwing APIs). */
  get(element: string): string {
    try {
      const value = this.#calls.getValue(element);
      return typeof value === 'string' ? value : String(value ?? '');
    } catch {
      return '';
    }
  }

  queue(element: string, value: string): void {
    this.#pending.set(element, value);
  }

  /** SetValue now, outside the queue and without retry; true when the LMS accepted it. */
  trySet(element: string, value: string): boolean {
    try {
      return this.#calls.setValue(element, value) && this.#calls.lastError() === 0;
    } catch {
      return false;
    }
  }

  /** Sets the queued values without committing; on a retryable failure schedules a retry (a flush). */
  write(): boolean {
    if (this.#closed) return false;
    const ok = this.#writePending();
    if (!ok) this.#scheduleRetry();
    return ok;
  }

  /** Writes the queue and commits; on a retryable failure schedules a retry (unless `final`). */
  flush(final = false): boolean {
    if (this.#closed) return false;
    this.#finalFlush = final;
    const ok = this.#writePending() && this.#commit();
    if (ok) {
      if (this.#failures > 0) this.#options.emitter.emit({ kind: 'saved' });
      this.#failures = 0;
      this.#clearTimer();
    } else if (!final) {
      this.#scheduleRetry();
    }
    return ok;
  }

  /** No more writes or retries after this (Terminate/LMSFinish follows). */
  close(): void {
    this.#closed = true;
    this.#clearTimer();
  }

  #writePending(): boolean {
    for (const [element, value] of [...this.#pending]) {
      const { ok, code } = this.#attempt(() => this.#calls.setValue(element, value));
      if (ok) {
        this.#pending.delete(element);
        continue;
      }
      const detail = `SetValue("${element}") failed: ${this.#describe(code)}`;
      if (this.#isRetryable(code)) {
        this.#failed(detail);
        return false;
      }
      this.#pending.delete(element);
      this.#options.emitter.emit({ kind: 'save-failed', retrying: false, detail });
    }
    return true;
  }

  #commit(): boolean {
    const { ok, code } = this.#attempt(() => this.#calls.commit());
    if (!ok) this.#failed(`${this.#options.commitName} failed: ${this.#describe(code)}`);
    return ok;
  }

  #attempt(call: () => boolean): { ok: boolean; code: number } {
    try {
      const result = call();
      const code = this.#calls.lastError();
      return { ok: result && code === 0, code: result ? code : code || -1 };
    } catch {
      return { ok: false, code: -1 };
    }
  }

  #isRetryable(code: number): boolean {
    return code === -1 || this.#options.retryable.has(code);
  }

  #failed(detail: string): void {
    this.#failures++;
    this.#options.emitter.emit({ kind: 'save-failed', retrying: !this.#finalFlush, detail });
  }

  #scheduleRetry(): void {
    if (this.#timer !== undefined || this.#closed) return;
    const delay = this.#delays[Math.min(this.#failures - 1, this.#delays.length - 1)] ?? 4000;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #describe(code: number): string {
    if (code === -1) return 'the LMS answered "false" without an error code (or threw)';
    let text = '';
    try {
      text = this.#calls.errorText(code);
    } catch {
      // keep the number only
    }
    return text ? `error ${code} (${text})` : `error ${code}`;
  }
}
