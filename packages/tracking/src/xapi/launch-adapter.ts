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
import { browserSessionStorage, windowStore } from './key-value-store.ts';
import { pageLeaving } from './page-leaving.ts';
import { readLaunchParameters, type LaunchParameters } from './launch-parameters.ts';
import { Cmi5PendingStart, pendingStartInfo } from './cmi5-pending-start.ts';
import { forgetCmi5Session, markCmi5Started } from './fetch-cmi5-token.ts';
import { launchLearnerKey, offlineAttempt, writeMirror } from './launch-mirror.ts';
import { unsentOutcomes } from './unsent-outcomes.ts';
import { chooseNewestState } from './newest-state.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { openCmi5Launch, openXapiLaunch, type OpenedLaunch } from './open-launch.ts';
import type { XapiReporter } from './xapi-reporter.ts';
import type { Statement } from '@dlis/xapi-profile';
import { LaunchStateSaver } from './launch-state-saver.ts';
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
  /** The learner-state document and its PUTs to the State API. */
  readonly #state: LaunchStateSaver;
  #finishing: Promise<void> | undefined;
  #params: LaunchParameters = {};
  /** cmi5 session waiting for its LMS (a pending start). */
  #pending: Cmi5PendingStart | undefined;
  #pendingResumed = false;
  /** An exit pressed while the session was pending: done once it opens. */
  #pendingFinish: FinishMode | undefined;
  /** The time the reporter reads while a pending session's calls are replayed. */
  #clock: number | undefined;

  constructor(options: TrackerOptions, xapi: XapiTrackingOptions, emitter: StatusEmitter) {
    this.#options = options;
    this.#xapi = xapi;
    this.#emitter = emitter;
    this.#state = new LaunchStateSaver({
      emitter,
      retryDelaysMs: options.retryDelaysMs,
      timers: xapi.timers,
      launch: () => this.#launch,
      finishing: () => this.#finishing !== undefined,
      revised: () => this.#mirror(),
    });
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
      if (error instanceof TrackingError && error.transient && this.#options.target !== 'cmi5') {
        // xAPI launch, LRS down: the session runs as launched; statements and state wait for the LRS.
        launch = await openXapiLaunch(
          params,
          env,
          offlineAttempt(this.#localStore(), this.#options.courseId, params),
        );
      } else if (error instanceof TrackingError && error.transient) {
        // cmi5, no answer from the LMS or its LRS: the session opens once they answer (cmi5-pending-start.ts).
        return this.#startPending(params, () => openCmi5Launch(params, env));
      } else {
        throw new TrackingError(
          TRACKING_ERROR_CODES.initialize,
          error instanceof Error ? error.message : String(error),
        );
      }
    }
    this.#params = params;
    return this.#connect(launch);
  }

  /**
   * The launch is open: the newest learner state (this browser's copy wins when newer, newest-state.ts), the
   * reporter of the session and `initialized`. After a pending start, the learner's calls follow in their order
   * and at their times, then an exit pressed meanwhile.
   */
  #connect(launch: OpenedLaunch): StartInfo {
    this.#launch = launch;
    const params = this.#params;
    const chosen = chooseNewestState(launch.saved, this.#localStore(), this.#options.courseId, {
      registration: launch.registration,
      learner: launchLearnerKey(params),
    });
    const pending = this.#pending;
    // A pending start already resumed the player from this browser's copy, which its saves keep newest.
    this.#state.document = chosen.document;
    this.#mirror();
    const resume =
      this.#state.document.suspendData === undefined
        ? undefined
        : decodeLearnerState(this.#state.document.suspendData, this.#options.layout);
    const realNow = this.#xapi.now ?? Date.now;
    this.#clock = pending?.startedAt;
    this.#reporter = createXapiReporter({
      xapi: { ...this.#xapi, now: () => this.#clock ?? realNow() },
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
      resumed: pending ? this.#pendingResumed : resume !== undefined,
      ...(launch.cmi5 ? { cmi5: launch.cmi5 } : {}),
      ...(launch.moveOn ? { moveOn: launch.moveOn } : {}),
      events: this.#options.window ?? globalThis.window,
      outcomes: this.#state.document.outcomes ?? {},
      onOutcomes: (outcomes) => {
        this.#state.document = { ...this.#state.document, outcomes };
        this.#mirror();
        this.#state.schedule();
      },
    });
    this.#reporter.queue.onStatus((queue) => {
      // Statements waiting or refused are the player's `xapi` news (its own words); `save-failed` and `saved`
      // are about the learner state document only.
      this.#emitter.emit({ kind: 'xapi', queue });
    });
    const earlier = this.#reporter.queue.takeEarlierSessions();
    this.#reporter.begin({ reopened: launch.reopened === true });
    if (launch.tokenKey && params.fetch) {
      markCmi5Started(this.#xapi.session ?? browserSessionStorage(), params.fetch);
    }
    if (earlier.length > 0) {
      const reporter = this.#reporter;
      void unsentOutcomes(earlier as unknown as Statement[], launch).then((missing) =>
        reporter.carryOver(missing),
      );
    }
    if (pending) {
      this.#pending = undefined;
      for (const call of pending.take()) {
        this.#clock = call.at;
        call.apply(this.#reporter);
      }
    }
    this.#clock = undefined;
    if (chosen.push && launch.mode === 'normal') this.#state.schedule();
    if (this.#pendingFinish) void this.finish(this.#pendingFinish);
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

  /**
   * cmi5 start with no answer from the fetch URL, LaunchData or the learner state: the learner goes on at once
   * (from this browser's copy of the state, newest-state.ts) in the session the LMS launched, whose statements
   * wait in this page until the LMS answers (cmi5-pending-start.ts). The learner reads that the activity waits.
   */
  #startPending(params: LaunchParameters, open: () => Promise<OpenedLaunch>): StartInfo {
    this.#params = params;
    const chosen = chooseNewestState(undefined, this.#localStore(), this.#options.courseId, {
      registration: params.registration ?? '',
      learner: launchLearnerKey(params),
    });
    this.#state.document = chosen.document;
    const pending = new Cmi5PendingStart({
      open: async () => {
        const launch = await open();
        this.#connect(launch);
      },
      onStatus: (queue) => this.#emitter.emit({ kind: 'xapi', queue }),
      now: this.#xapi.now ?? Date.now,
      random: Math.random,
      ...this.#xapi.backoff,
      ...(this.#xapi.timers ? { timers: this.#xapi.timers } : {}),
    });
    this.#pending = pending;
    this.#mirror();
    const resume =
      this.#state.document.suspendData === undefined
        ? undefined
        : decodeLearnerState(this.#state.document.suspendData, this.#options.layout);
    this.#pendingResumed = resume !== undefined;
    pending.begin();
    return pendingStartInfo(params, this.#xapi.identity === 'named', resume);
  }

  /** Hands a call to the reporter, or records it while a cmi5 session waits for its LMS. */
  #report(apply: (reporter: XapiReporter) => void): void {
    if (this.#reporter) apply(this.#reporter);
    else this.#pending?.record(apply);
  }

  progress(pageId: string, measure: number): void {
    this.#report((r) => r.progress(pageId, measure));
  }

  answered(interaction: InteractionRecord): void {
    this.#report((r) => r.answered(interaction));
  }

  questionnaireCompleted(outcome: QuestionnaireOutcome): void {
    this.#report((r) => r.questionnaireCompleted(outcome));
  }

  scored(score: Score): void {
    this.#report((r) => r.scored(score));
  }

  completed(): void {
    this.#report((r) => r.completed());
  }

  passed(): void {
    this.#report((r) => r.passed());
  }

  failed(): void {
    this.#report((r) => r.failed());
  }

  setLanguage(language: string): void {
    this.#report((r) => r.setLanguage(language));
  }

  setVariables(values: Readonly<Record<string, string>>): void {
    this.#report((r) => r.setVariables(values));
  }

  /** PUT to the State API, coalesced (one request at a time, the latest state wins); normal mode only. */
  save(state: LearnerState): void {
    const pending = this.#pending !== undefined && !this.#launch;
    if (!pending && (!this.#launch || this.#launch.mode !== 'normal' || this.#finishing)) return;
    this.#state.document = {
      ...this.#state.document,
      suspendData: encodeLearnerState(state, this.#options.layout),
      savedAt: (this.#xapi.now ?? Date.now)(),
      revision: (this.#state.document.revision ?? 0) + 1,
    };
    this.#mirror();
    if (!pending) this.#state.schedule();
  }

  /**
   * Ends the session. cmi5, in the order it asks: `suspended`, the learner state saved, every statement
   * acknowledged, then `terminated` last (cmi5 9.3.8), after which the token is dead (8.2.1) and nothing more is
   * sent; then LaunchData's returnURL (10.2.6). When the state is already saved and nothing is in flight (the
   * usual case: every page view saves it), `terminated` goes at once with what waits in one keepalive POST.
   * Otherwise the state PUT and the waiting statements go first (keepalive) and `terminated` follows once they
   * are acknowledged; when the state or a statement could not be sent, `terminated` is not sent (it would kill
   * the token the retries need) and the LMS abandons the session at the next launch (cmi5 9.3.6). A cmi5 page
   * going away (pagehide) only parks the session (`#park`). xAPI launch: no token to outlive, so `terminated`
   * and the state go at once. Only the first call acts.
   */
  finish(mode: FinishMode): Promise<void> {
    if (this.#finishing) return this.#finishing;
    const launch = this.#launch;
    const reporter = this.#reporter;
    if ((!launch || !reporter) && this.#pending) {
      // Not open yet: a page going away sends nothing; an exit is done once the LMS answers.
      if (!pageLeaving(this.#options.window ?? globalThis.window)) this.#pendingFinish = mode;
      return Promise.resolve();
    }
    if (!launch || !reporter) {
      this.#finishing = Promise.resolve();
      return this.#finishing;
    }
    if (launch.cmi5 && mode === 'suspend' && pageLeaving(this.#options.window ?? globalThis.window))
      return this.#park(launch, reporter);
    this.#state.stopRetrying();
    if (mode === 'normal' && !launch.launchRegistration) {
      this.#state.document = { ...this.#state.document, ended: true };
      this.#state.markChanged();
    }
    const normal = launch.mode === 'normal';
    const queue = reporter.queue;
    reporter.endSession(mode);
    const stateSaved = !normal || !this.#state.unsaved;
    const terminate = () => {
      reporter.terminate();
      this.#forgetToken();
      return queue.flush({ keepalive: true });
    };
    this.#finishing = (async () => {
      if (!launch.cmi5 || (stateSaved && !queue.busy)) {
        // xAPI launch (no session token to outlive), or cmi5 with the state saved and nothing in flight.
        const sent = terminate();
        const saved = stateSaved ? Promise.resolve(true) : this.#state.saveLast();
        await Promise.all([sent, saved]);
      } else {
        const sending = queue.flush({ keepalive: true });
        const saved = normal ? this.#state.saveLast() : Promise.resolve(true);
        const [stateOk] = await Promise.all([saved, sending]);
        const status = await queue.flush();
        if (stateOk && status.pending === 0) await terminate();
      }
      if (queue.status.pending > 0) await queue.flush();
      this.#emitter.emit({ kind: 'finished' });
      if (launch.returnUrl) this.#navigate(launch.returnUrl);
    })();
    return this.#finishing;
  }

  /**
   * cmi5, the page is going away (pagehide): a reload, which goes on with the same session (same token,
   * sessionStorage), or a closed tab, which the LMS abandons at the next launch (cmi5 9.3.6). The page cannot
   * tell which, and `terminated` would kill the token a reload needs, so it sends what waits and the state
   * (keepalive), but neither `suspended` nor `terminated`. The session stays open: a page that lives on (back
   * from the bfcache) finishes normally later.
   */
  #park(launch: OpenedLaunch, reporter: XapiReporter): Promise<void> {
    const sending = reporter.queue.flush({ keepalive: true });
    const saved =
      launch.mode === 'normal' && this.#state.unsaved ? this.#state.saveLast() : Promise.resolve(true);
    return Promise.all([sending, saved]).then(() => undefined);
  }

  /** cmi5: the token dies with `terminated`; a reload of this tab must not use it (fetch-cmi5-token.ts). */
  #forgetToken(): void {
    if (this.#launch?.tokenKey && this.#params.fetch) {
      forgetCmi5Session(this.#xapi.session ?? browserSessionStorage(), this.#params.fetch);
    }
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.#emitter.on(listener);
  }

  #navigate(url: string): void {
    if (this.#xapi.navigate) this.#xapi.navigate(url);
    else (this.#options.window ?? globalThis.window)?.location.assign(url);
  }

  /** Keeps the state about to be saved in this browser too (launch-mirror.ts). */
  #mirror(): void {
    const launch = this.#launch;
    const learner = launchLearnerKey(this.#params);
    const registration = launch?.registration ?? (this.#pending ? this.#params.registration : undefined);
    if ((launch && launch.mode !== 'normal') || registration === undefined || learner === undefined) return;
    writeMirror(this.#localStore(), this.#options.courseId, {
      registration,
      learner,
      ...(this.#state.document.suspendData ? { suspendData: this.#state.document.suspendData } : {}),
      savedAt: this.#state.document.savedAt ?? 0,
      revision: this.#state.document.revision ?? 0,
      ...(this.#state.document.outcomes ? { outcomes: this.#state.document.outcomes } : {}),
    });
  }

  /** Where the local adapter keeps its record (the window's localStorage), else the xAPI store. */
  #localStore(): KeyValueStore {
    return windowStore(this.#options.window ?? globalThis.window) ?? storeOf(this.#xapi);
  }
}
