import { courseActivityIri, uuidV4 } from '@dlis/xapi-profile';
import { StatusEmitter } from '../status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  LearnerState,
  QuestionnaireOutcome,
  SaveOptions,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from '../tracker.ts';
import { browserLanguages, contentLanguage } from './content-language.ts';
import { createXapiReporter, randomOf, storeOf } from './create-xapi-reporter.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { readLaunchLearner, readLaunchParameters } from './launch-parameters.ts';
import { actorKey, homePageOf, resolveActor } from './learner-actor.ts';
import { refusedStatus } from './queue-status.ts';
import type { RegistrationOutcomes, XapiReporter } from './xapi-reporter.ts';

/** localStorage key of the current attempt of a course reporting hybrid: registration and what was sent. */
export function attemptKey(courseId: string): string {
  return `dlis:xapi-attempt:${courseId}`;
}

/** The attempt record of hybrid reporting (SCORM and web packages keep no registration of their own). */
export interface AttemptRecord {
  registration: string;
  /** Account name or mbox of the actor the attempt belongs to. */
  learner: string;
  outcomes: RegistrationOutcomes;
  /** Set by finish('normal'): the next start opens a new registration. */
  ended?: boolean;
}

/**
 * Hybrid reporting: the primary tracker (SCORM adapter, or local) AND the xAPI reporter side by side. StartInfo
 * (resume, mode, mastery, learner) comes from the primary; the reporter starts once it is known. The xAPI side
 * never blocks or breaks the primary: its problems are `xapi` status news, never exceptions. Without
 * credentials (see `credentials()`) it is the primary alone.
 */
export class HybridXapiTracker implements Tracker {
  readonly #primary: Tracker;
  readonly #options: TrackerOptions;
  readonly #emitter = new StatusEmitter();
  #reporter: XapiReporter | undefined;

  constructor(primary: Tracker, options: TrackerOptions) {
    this.#primary = primary;
    this.#options = options;
  }

  /** The xAPI reporter once started (undefined when xAPI is off or failed to start): tests flush its queue. */
  get reporter(): XapiReporter | undefined {
    return this.#reporter;
  }

  async start(): Promise<StartInfo> {
    const info = await this.#primary.start();
    try {
      this.#reporter = await this.#open(info);
    } catch (error) {
      this.#emitter.emit({
        kind: 'xapi',
        queue: refusedStatus(
          `xAPI reporting could not start: ${error instanceof Error ? error.message : String(error)}`,
        ),
      });
    }
    return info;
  }

  progress(pageId: string, measure: number): void {
    this.#primary.progress(pageId, measure);
    this.#safely((r) => r.progress(pageId, measure));
  }

  answered(interaction: InteractionRecord): void {
    this.#primary.answered(interaction);
    this.#safely((r) => r.answered(interaction));
  }

  questionnaireCompleted(outcome: QuestionnaireOutcome): void {
    this.#primary.questionnaireCompleted(outcome);
    this.#safely((r) => r.questionnaireCompleted(outcome));
  }

  scored(score: Score): void {
    this.#primary.scored(score);
    this.#safely((r) => r.scored(score));
  }

  completed(): void {
    this.#primary.completed();
    this.#safely((r) => r.completed());
  }

  passed(): void {
    this.#primary.passed();
    this.#safely((r) => r.passed());
  }

  failed(): void {
    this.#primary.failed();
    this.#safely((r) => r.failed());
  }

  save(state: LearnerState, options?: SaveOptions): void {
    this.#primary.save(state, options);
  }

  setLanguage(language: string): void {
    this.#primary.setLanguage?.(language);
    this.#safely((r) => r.setLanguage(language));
  }

  setVariables(values: Readonly<Record<string, string>>): void {
    this.#primary.setVariables?.(values);
    this.#safely((r) => r.setVariables(values));
  }

  /** xAPI first (statements queued and a keepalive POST issued synchronously, for pagehide), then the primary. */
  finish(mode: FinishMode): Promise<void> {
    this.#safely((r) => {
      void r.finish(mode);
      if (mode === 'normal') this.#endAttempt();
    });
    return this.#primary.finish(mode);
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    const offPrimary = this.#primary.onStatus(listener);
    const offOwn = this.#emitter.on(listener);
    return () => {
      offPrimary();
      offOwn();
    };
  }

  #safely(call: (reporter: XapiReporter) => void): void {
    if (!this.#reporter) return;
    try {
      call(this.#reporter);
    } catch {
      // The xAPI side must never break the primary path.
    }
  }

  async #open(info: StartInfo): Promise<XapiReporter | undefined> {
    const xapi = this.#options.xapi;
    if (!xapi) return undefined;
    const launchUrl = xapi.launchUrl ?? (this.#options.window ?? globalThis.window)?.location?.href;
    const launch = launchUrl ? readLaunchParameters(launchUrl) : {};
    const credentials = hybridCredentials(launch, xapi);
    if (!credentials) return undefined;
    const store = storeOf(xapi);
    const random = randomOf(xapi);
    const launchLearner = readLaunchLearner(launch.actor);
    const actor = await resolveActor({
      ...(launchLearner ? { launch: launchLearner } : {}),
      learner: info.learner,
      identity: xapi.identity,
      homePage: homePageOf(launchUrl),
      store,
      random,
    });
    const learner = actorKey(actor);
    const courseId = this.#options.courseId;
    const kept = readAttempt(store, courseId);
    const resumes =
      kept !== undefined && !kept.ended && kept.learner === learner && info.resume !== undefined;
    const attempt: AttemptRecord = launch.registration
      ? {
          registration: launch.registration,
          learner,
          outcomes: kept?.registration === launch.registration ? kept.outcomes : {},
        }
      : resumes
        ? { ...kept, ended: false }
        : { registration: uuidV4(random), learner, outcomes: {} };
    writeAttempt(store, courseId, attempt);
    const reporter = createXapiReporter({
      xapi,
      courseId,
      endpoint: credentials.endpoint,
      authorization: credentials.authorization,
      actor,
      registration: attempt.registration,
      courseActivityId: launch.activityId ?? courseActivityIri(courseId),
      language: contentLanguage(
        xapi.course,
        info.learner.language,
        xapi.browserLanguages ?? browserLanguages(),
      ),
      mode: info.mode,
      // A new registration is a new attempt, whatever the primary restored.
      resumed: info.resume !== undefined && (resumes || launch.registration === kept?.registration),
      events: this.#options.window ?? globalThis.window,
      outcomes: attempt.outcomes,
      onOutcomes: (outcomes) => writeAttempt(store, courseId, { ...attempt, outcomes }),
    });
    reporter.queue.onStatus((queue) => this.#emitter.emit({ kind: 'xapi', queue }));
    reporter.begin();
    return reporter;
  }

  #endAttempt(): void {
    const store = this.#options.xapi ? storeOf(this.#options.xapi) : undefined;
    const kept = store && readAttempt(store, this.#options.courseId);
    if (store && kept) writeAttempt(store, this.#options.courseId, { ...kept, ended: true });
  }
}

/**
 * Where hybrid reporting gets its LRS: a launch `auth` (with the launch's `endpoint`, else the payload's), or
 * the payload's embedded key with the payload's endpoint. An embedded key is never sent to an endpoint named in
 * the URL (anyone can craft a link). Undefined: reporting stays off.
 */
export function hybridCredentials(
  launch: { endpoint?: string; auth?: string },
  xapi: { endpoint?: string; authorization?: string },
): { endpoint: string; authorization: string } | undefined {
  if (launch.auth) {
    const endpoint = launch.endpoint ?? xapi.endpoint;
    return endpoint ? { endpoint, authorization: launch.auth } : undefined;
  }
  if (xapi.authorization && xapi.endpoint)
    return { endpoint: xapi.endpoint, authorization: xapi.authorization };
  return undefined;
}

function readAttempt(store: KeyValueStore, courseId: string): AttemptRecord | undefined {
  try {
    const text = store.getItem(attemptKey(courseId));
    const data = text ? (JSON.parse(text) as Partial<AttemptRecord>) : undefined;
    if (!data || typeof data.registration !== 'string' || typeof data.learner !== 'string') return undefined;
    return {
      registration: data.registration,
      learner: data.learner,
      outcomes: { ...data.outcomes },
      ...(data.ended ? { ended: true } : {}),
    };
  } catch {
    return undefined;
  }
}

function writeAttempt(store: KeyValueStore, courseId: string, record: AttemptRecord): void {
  try {
    store.setItem(attemptKey(courseId), JSON.stringify(record));
  } catch {
    // Without storage the attempt lives for this session only.
  }
}
