import { DEFAULT_RETRY_DELAYS_MS } from '../adapters/lms-connection.ts';
import type { StatusEmitter } from '../status-emitter.ts';
import { decodeLearnerState, encodeLearnerState } from '../suspend-data/index.ts';
import type {
  FinishMode,
  InteractionRecord,
  LearnerState,
  QuestionnaireOutcome,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from '../tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from '../tracking-error.ts';
import { browserLanguages, contentLanguage } from './content-language.ts';
import { createXapiReporter, randomOf, storeOf } from './create-xapi-reporter.ts';
import { browserSessionStorage } from './key-value-store.ts';
import { readLaunchParameters, type LaunchParameters } from './launch-parameters.ts';
import { goOffline, launchLearnerKey, takeOfflineState, writeMirror } from './launch-mirror.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { QUEUE_PROBLEM_CODES } from './queue-status.ts';
import {
  openCmi5Launch,
  openXapiLaunch,
  type LearnerStateDocument,
  type OpenedLaunch,
} from './open-launch.ts';
import type { XapiReporter } from './xapi-reporter.ts';
import type { XapiTrackingOptions } from './xapi-tracking-options.ts';

/**
 * The adapter of cmi5 and xAPI-launch packages: the launch names the LRS and the learner; statements go through
 * the reporter, the learner state to the State API (`dlis-learner-state`, so resume works on any device).
 * `start()` throws TRACKING_E_INITIALIZE when the URL holds no usable launch (the facade then goes local).
 */
export class LaunchAdapter implements Tracker {
  readonly #options: TrackerOptions;
  readonly #xapi: XapiTrackingOptions;
  readonly #emitter: StatusEmitter;
  #launch: OpenedLaunch | undefined;
  #reporter: XapiReporter | undefined;
  #document: LearnerStateDocument = { format: 1 };
  #saving: Promise<void> | undefined;
  #dirty = false;
  #failures = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #finishing: Promise<void> | undefined;
  #params: LaunchParameters = {};

  constructor(options: TrackerOptions, xapi: XapiTrackingOptions, emitter: StatusEmitter) {
    this.#options = options;
    this.#xapi = xapi;
    this.#emitter = emitter;
  }

  /** The reporter once started: tests and the e2e flush its queue. */
  get reporter(): XapiReporter | undefined {
    return this.#reporter;
  }

  async start(): Promise<StartInfo> {
    const win = this.#options.window ?? globalThis.window;
    const url = this.#xapi.launchUrl ?? win?.location?.href ?? '';
    const params = readLaunchParameters(url);
    const env = {
      xapi: this.#xapi,
      courseId: this.#options.courseId,
      fetch: this.#xapi.fetch,
      session: this.#xapi.session ?? browserSessionStorage(),
      random: randomOf(this.#xapi),
      store: storeOf(this.#xapi),
      launchUrl: url,
    };
    let launch: OpenedLaunch;
    try {
      launch =
        this.#options.target === 'cmi5'
          ? await openCmi5Launch(params, env)
          : await openXapiLaunch(params, env);
    } catch (error) {
      if (error instanceof TrackingError && error.code === TRACKING_ERROR_CODES.initialize) throw error;
      if (error instanceof TrackingError && error.transient) throw this.#offline(params, error);
      throw new TrackingError(
        TRACKING_ERROR_CODES.initialize,
        error instanceof Error ? error.message : String(error),
      );
    }
    this.#launch = launch;
    this.#params = params;
    // `saved` belongs to this registration (open-launch.ts drops another attempt's).
    const saved = launch.saved;
    // What the learner did while the LRS could not be reached (launch-mirror.ts), when it is the newest state.
    const offline = takeOfflineState(this.#localStore(), this.#options.courseId, {
      registration: launch.registration,
      learner: launchLearnerKey(params),
      lrsSavedAt: saved?.savedAt,
    });
    const suspendData = offline ?? saved?.suspendData;
    this.#document = {
      format: 1,
      registration: launch.registration,
      outcomes: { ...saved?.outcomes },
      ...(suspendData ? { suspendData } : {}),
      ...(saved?.savedAt !== undefined ? { savedAt: saved.savedAt } : {}),
    };
    this.#mirror();
    const resume =
      this.#document.suspendData === undefined
        ? undefined
        : decodeLearnerState(this.#document.suspendData, this.#options.layout);
    this.#reporter = createXapiReporter({
      xapi: this.#xapi,
      courseId: this.#options.courseId,
      endpoint: launch.endpoint,
      authorization: launch.authorization,
      actor: launch.actor,
      registration: launch.registration,
      ...(launch.sessionId ? { sessionId: launch.sessionId } : {}),
      courseActivityId: launch.activityId,
      language: contentLanguage(
        this.#xapi.course,
        launch.language,
        this.#xapi.browserLanguages ?? browserLanguages(),
      ),
      mode: launch.mode,
      resumed: resume !== undefined,
      ...(launch.cmi5 ? { cmi5: launch.cmi5 } : {}),
      ...(launch.moveOn ? { moveOn: launch.moveOn } : {}),
      outcomes: this.#document.outcomes ?? {},
      onOutcomes: (outcomes) => {
        this.#document = { ...this.#document, outcomes };
        this.#schedulePut();
      },
    });
    this.#reporter.queue.onStatus((queue) => {
      // Statements waiting or refused are the player's `xapi` news (its own words); `save-failed` and `saved`
      // are about the learner state document only.
      this.#emitter.emit({ kind: 'xapi', queue });
    });
    this.#reporter.begin();
    if (offline !== undefined && launch.mode === 'normal') this.#schedulePut();
    const info: StartInfo = {
      connection: 'lms',
      standard: this.#options.target === 'cmi5' ? 'cmi5' : 'xapi',
      learner: launch.learner,
      credit: true,
      mode: launch.mode,
    };
    if (resume) info.resume = resume;
    if (launch.masteryScore !== undefined) info.masteryScore = launch.masteryScore;
    if (launch.launchParameters !== undefined) info.launchParameters = launch.launchParameters;
    return info;
  }

  progress(pageId: string, measure: number): void {
    this.#reporter?.progress(pageId, measure);
  }

  answered(interaction: InteractionRecord): void {
    this.#reporter?.answered(interaction);
  }

  questionnaireCompleted(outcome: QuestionnaireOutcome): void {
    this.#reporter?.questionnaireCompleted(outcome);
  }

  scored(score: Score): void {
    this.#reporter?.scored(score);
  }

  completed(): void {
    this.#reporter?.completed();
  }

  passed(): void {
    this.#reporter?.passed();
  }

  failed(): void {
    this.#reporter?.failed();
  }

  setLanguage(language: string): void {
    this.#reporter?.setLanguage(language);
  }

  setVariables(values: Readonly<Record<string, string>>): void {
    this.#reporter?.setVariables(values);
  }

  /** PUT to the State API, coalesced (one request at a time, the latest state wins); normal mode only. */
  save(state: LearnerState): void {
    if (!this.#launch || this.#launch.mode !== 'normal' || this.#finishing) return;
    this.#document = {
      ...this.#document,
      suspendData: encodeLearnerState(state, this.#options.layout),
      savedAt: (this.#xapi.now ?? Date.now)(),
    };
    this.#mirror();
    this.#schedulePut();
  }

  /**
   * Queues `suspended`/`terminated` and sends them with a keepalive POST, saves the state (keepalive), then,
   * for cmi5, leaves for LaunchData's returnURL (cmi5 10.2.6). Only the first call acts.
   */
  finish(mode: FinishMode): Promise<void> {
    if (this.#finishing) return this.#finishing;
    const launch = this.#launch;
    const reporter = this.#reporter;
    if (!launch || !reporter) {
      this.#finishing = Promise.resolve();
      return this.#finishing;
    }
    if (this.#retry !== undefined) clearTimeout(this.#retry);
    if (mode === 'normal' && !launch.launchRegistration) this.#document = { ...this.#document, ended: true };
    // The state first: browsers cap keepalive bodies in flight at 64 KiB, and unsent statements stay queued
    // for the next session while an unsent state would be lost.
    const put =
      launch.mode === 'normal' ? this.#put({ keepalive: true }).catch(() => undefined) : Promise.resolve();
    const sent = reporter.finish(mode);
    this.#finishing = (async () => {
      await Promise.all([sent, put]);
      this.#emitter.emit({ kind: 'finished' });
      if (launch.returnUrl) this.#navigate(launch.returnUrl);
    })();
    return this.#finishing;
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.#emitter.on(listener);
  }

  #navigate(url: string): void {
    if (this.#xapi.navigate) this.#xapi.navigate(url);
    else (this.#options.window ?? globalThis.window)?.location.assign(url);
  }

  #schedulePut(): void {
    this.#dirty = true;
    if (this.#saving || this.#retry !== undefined || this.#finishing) return;
    this.#saving = (async () => {
      while (this.#dirty) {
        this.#dirty = false;
        try {
          await this.#put();
          this.#failures = 0;
          this.#emitter.emit({ kind: 'saved' });
        } catch (error) {
          this.#dirty = true;
          this.#failures += 1;
          const detail = error instanceof Error ? error.message : String(error);
          this.#emitter.emit({ kind: 'save-failed', retrying: true, detail });
          const delays = this.#options.retryDelaysMs?.length
            ? this.#options.retryDelaysMs
            : DEFAULT_RETRY_DELAYS_MS;
          const delay = delays[Math.min(this.#failures, delays.length) - 1] ?? 1000;
          this.#retry = setTimeout(() => {
            this.#retry = undefined;
            this.#schedulePut();
          }, delay);
          break;
        }
      }
    })().finally(() => (this.#saving = undefined));
  }

  /** Keeps the state about to be saved in this browser too (launch-mirror.ts). */
  #mirror(): void {
    const launch = this.#launch;
    const learner = launchLearnerKey(this.#params);
    if (!launch || launch.mode !== 'normal' || learner === undefined) return;
    writeMirror(this.#localStore(), this.#options.courseId, {
      registration: launch.registration,
      learner,
      ...(this.#document.suspendData ? { suspendData: this.#document.suspendData } : {}),
      savedAt: this.#document.savedAt ?? 0,
    });
  }

  /**
   * The launch is right but its LMS or LRS gives no answer: the learner goes on with the local adapter, from
   * this browser's copy of the state when it has one (launch-mirror.ts), and is told so (the `xapi` news, and
   * StartInfo.connection 'local'). The next launch that reaches the LRS sends the state reached meanwhile.
   */
  #offline(params: LaunchParameters, error: TrackingError): TrackingError {
    const kept = goOffline(this.#localStore(), this.#options.courseId, params);
    const detail =
      `The LMS or its learning record store cannot be reached (${error.message}). Your progress is kept in ` +
      `this browser${kept ? ' and sent at the next launch that reaches it' : ' only'}.`;
    this.#emitter.emit({
      kind: 'xapi',
      queue: {
        state: 'blocked',
        pending: 0,
        durable: true,
        full: false,
        failures: 1,
        conflicts: [],
        rejected: [],
        error: { code: QUEUE_PROBLEM_CODES.unreachable, detail },
      },
    });
    return new TrackingError(TRACKING_ERROR_CODES.initialize, detail, { transient: true });
  }

  /** Where the local adapter keeps its record (the window's localStorage), else the xAPI store. */
  #localStore(): KeyValueStore {
    const win = this.#options.window ?? globalThis.window;
    let storage: KeyValueStore | undefined;
    try {
      storage = win?.localStorage ?? undefined;
    } catch {
      storage = undefined;
    }
    return storage ?? storeOf(this.#xapi);
  }

  #put(options: { keepalive?: boolean } = {}): Promise<void> {
    const launch = this.#launch;
    if (!launch) return Promise.resolve();
    return launch.documents.putState(launch.stateAddress, this.#document, options);
  }
}
