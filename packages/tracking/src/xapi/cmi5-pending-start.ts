import type { LearnerState, StartInfo } from '../tracker.ts';
import { TrackingError } from '../tracking-error.ts';
import { backoffDelay, RetryTimer, type RetryTimers } from '@dlis/xapi-profile';
import { QUEUE_PROBLEM_CODES, refusedStatus, type QueueStatus } from './queue-status.ts';
import { readLaunchLearner, type LaunchParameters } from './launch-parameters.ts';
import type { XapiReporter } from './xapi-reporter.ts';

/** One tracker call made before the session could be opened, with the time the learner made it. */
interface RecordedCall {
  at: number;
  apply: (reporter: XapiReporter) => void;
}

export interface PendingStartOptions {
  /** Opens the launch again (fetch URL, LaunchData…); a transient TrackingError means "not yet". */
  open: () => Promise<void>;
  /** Told what the learner should read while the session waits, and when it gives up. */
  onStatus: (queue: QueueStatus) => void;
  now: () => number;
  random: () => number;
  /** First retry delay; doubles up to `maxMs` (backoffDelay of @dlis/xapi-profile). */
  baseMs?: number;
  maxMs?: number;
  /** The timers the retries wait on. Default setTimeout. */
  timers?: RetryTimers;
}

/**
 * A cmi5 session whose fetch URL, LaunchData or learner state gave no answer at start (cmi5 8.2.1: the fetch URL
 * is "one-time use", and a request that got no answer handed no token out, so asking again is the only way to
 * open the session). The AU keeps asking, with back-off, until the LMS answers; meanwhile it records what the
 * learner does, with the time it was done. Once the session is open, `replay` hands the calls to the reporter in
 * their order, after `initialized` (cmi5 9.3.2), each at its own time. The calls live in this page only: a page
 * closed before the LMS answers sends nothing for this session (the state is in this browser's copy, which the
 * next launch resumes). A definitive refusal (an `error-code` from the fetch URL, cmi5 8.2.3) ends the waiting.
 */
export class Cmi5PendingStart {
  readonly #options: PendingStartOptions;
  readonly #calls: RecordedCall[] = [];
  #attempt = 0;
  readonly #timer: RetryTimer;
  #stopped = false;
  /** When the learner started: the time of `initialized`. */
  readonly startedAt: number;

  constructor(options: PendingStartOptions) {
    this.#options = options;
    this.#timer = new RetryTimer(options.timers);
    this.startedAt = options.now();
  }

  /** Starts asking (the first retry after `baseMs`); the status says the activity waits in this page. */
  begin(): void {
    this.#tell();
    this.#schedule();
  }

  record(apply: (reporter: XapiReporter) => void): void {
    if (this.#stopped) return;
    this.#calls.push({ at: this.#options.now(), apply });
    this.#tell();
  }

  /** The recorded calls, oldest first, each with the time it was made; the list is emptied. */
  take(): RecordedCall[] {
    return this.#calls.splice(0);
  }

  stop(): void {
    this.#stopped = true;
    this.#timer.cancel();
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#attempt += 1;
    const delay = backoffDelay(this.#attempt, this.#options.random, {
      baseMs: this.#options.baseMs ?? 1000,
      maxMs: this.#options.maxMs ?? 30_000,
    });
    this.#timer.schedule(() => {
      this.#options.open().then(
        () => this.stop(),
        (error: unknown) => {
          if (error instanceof TrackingError && error.transient) return this.#schedule();
          this.stop();
          this.#options.onStatus(refusedStatus(error instanceof Error ? error.message : String(error)));
        },
      );
    }, delay);
  }

  /** Waiting, and not durable: what is recorded is lost if the page closes before the LMS answers. */
  #tell(): void {
    this.#options.onStatus({
      state: 'waiting',
      pending: this.#calls.length,
      durable: false,
      full: false,
      failures: Math.max(2, this.#attempt),
      conflicts: [],
      rejected: [],
      error: { code: QUEUE_PROBLEM_CODES.unreachable, detail: 'the LMS has not answered the launch yet' },
      storageError: {
        code: QUEUE_PROBLEM_CODES.storage,
        detail: 'the session is not open yet: its activity is kept in this page only',
      },
    });
  }
}

/**
 * What the player is told while the session waits: the session is the LMS's (`connection: 'lms'`), normal mode
 * (LaunchData is not known yet), the learner of the launch actor, the state resumed from this browser's copy.
 */
export function pendingStartInfo(
  params: LaunchParameters,
  named: boolean,
  resume: LearnerState | undefined,
): StartInfo {
  const learner = readLaunchLearner(params.actor);
  const info: StartInfo = {
    connection: 'lms',
    standard: 'cmi5',
    learner: {
      id: learner?.account?.name ?? '',
      ...(named && learner?.displayName ? { name: learner.displayName } : {}),
    },
    credit: true,
    mode: 'normal',
  };
  if (resume) info.resume = resume;
  return info;
}
