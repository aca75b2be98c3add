import { RetryTimer, type RetryTimers } from '@dlis/xapi-profile';
import { DEFAULT_RETRY_DELAYS_MS } from '../adapters/lms-connection.ts';
import type { StatusEmitter } from '../status-emitter.ts';
import {
  LAST_LEARNER_STATE_ID,
  readLearnerState,
  type LearnerStateDocument,
  type OpenedLaunch,
} from './open-launch.ts';

export interface LaunchStateSaverOptions {
  emitter: StatusEmitter;
  /** Delays between failed PUTs (TrackerOptions.retryDelaysMs), the last one repeated. */
  retryDelaysMs?: readonly number[] | undefined;
  timers?: RetryTimers | undefined;
  /** The opened launch whose State API gets the document (none yet: nothing is sent). */
  launch: () => OpenedLaunch | undefined;
  /** True once the session is finishing: no new scheduled PUT (finish sends the last one itself). */
  finishing: () => boolean;
  /** Called when the document's revision changed on its way out (the adapter mirrors it in this browser). */
  revised: () => void;
}

/**
 * The learner-state document of a cmi5 / xAPI launch and its trip to the State API (`dlis-learner-state`): one PUT
 * at a time, the latest document each time, a failed PUT tried again after `retryDelaysMs` with `saved` /
 * `save-failed` news. The last save (pagehide, exit) cannot wait for a PUT in flight (a closed page never sees
 * it answered), and a second PUT of the same document could reach the LRS first and be overwritten by the
 * older one: it goes to `dlis-learner-state-last` instead, one revision up, and the next launch resumes the
 * higher revision of the two (open-launch.ts readLearnerState). The session side (opening, pending start,
 * finish) is launch-adapter.ts.
 */
export class LaunchStateSaver {
  document: LearnerStateDocument = { format: 1 };
  readonly #options: LaunchStateSaverOptions;
  #saving: Promise<void> | undefined;
  #dirty = false;
  #failures = 0;
  /** The PUT waiting to be tried again. */
  readonly #retry: RetryTimer;

  constructor(options: LaunchStateSaverOptions) {
    this.#options = options;
    this.#retry = new RetryTimer(options.timers);
  }

  /** True while a change is not acknowledged yet (to be sent, or in flight). */
  get unsaved(): boolean {
    return this.#dirty || this.#saving !== undefined;
  }

  /** The document changed: it is to be sent, without starting a PUT (finish sends it). */
  markChanged(): void {
    this.#dirty = true;
  }

  /** No more retries: the session ends (finish sends what is left with `saveLast`). */
  stopRetrying(): void {
    this.#retry.cancel();
  }

  /** Sends the document soon: now, or after the PUT in flight or the retry that waits. */
  schedule(): void {
    this.#dirty = true;
    if (this.#saving || this.#retry.pending || this.#options.finishing()) return;
    this.#saving = (async () => {
      while (this.#dirty) {
        this.#dirty = false;
        try {
          await this.#put();
          this.#failures = 0;
          this.#options.emitter.emit({ kind: 'saved' });
        } catch (error) {
          this.#dirty = true;
          this.#failures += 1;
          const detail = error instanceof Error ? error.message : String(error);
          this.#options.emitter.emit({ kind: 'save-failed', retrying: true, detail });
          const delays = this.#options.retryDelaysMs?.length
            ? this.#options.retryDelaysMs
            : DEFAULT_RETRY_DELAYS_MS;
          const delay = delays[Math.min(this.#failures, delays.length) - 1] ?? 1000;
          this.#retry.schedule(() => this.schedule(), delay);
          break;
        }
      }
    })().finally(() => (this.#saving = undefined));
  }

  /**
   * The last state PUT (keepalive, started now); false when it failed. Beside a PUT in flight it goes to
   * `dlis-learner-state-last` with a revision above the one in flight, so whichever lands last, the next launch
   * resumes this one.
   */
  async saveLast(): Promise<boolean> {
    const beside = this.#saving !== undefined;
    if (beside) {
      this.document = { ...this.document, revision: (this.document.revision ?? 0) + 1 };
      this.#options.revised();
    }
    const put = this.#put({ keepalive: true, ...(beside ? { stateId: LAST_LEARNER_STATE_ID } : {}) }).then(
      () => true,
      () => false,
    );
    await this.#saving;
    return put;
  }

  async #put(options: { keepalive?: boolean; stateId?: string } = {}): Promise<void> {
    const launch = this.#options.launch();
    if (!launch) return;
    if (launch.unverified) {
      // Opened offline: the LRS's copy was never read. This session's state is the one the learner works on,
      // so it wins, with a revision above the LRS's (newest-state.ts).
      const theirs = await readLearnerState(launch.documents, launch.stateAddress);
      const revision = typeof theirs?.revision === 'number' ? theirs.revision : 0;
      this.document = {
        ...this.document,
        revision: Math.max(revision, this.document.revision ?? 0) + 1,
      };
      launch.unverified = false;
      this.#options.revised();
    }
    const address = options.stateId
      ? { ...launch.stateAddress, stateId: options.stateId }
      : launch.stateAddress;
    await launch.documents.putState(address, this.document, { keepalive: options.keepalive ?? false });
  }
}
