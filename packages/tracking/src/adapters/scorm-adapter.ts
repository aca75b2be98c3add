import { decodeLearnerState, encodeLearnerState } from '../suspend-data/index.ts';
import { SUSPEND_DATA_LIMITS } from '../suspend-data/suspend-data-format.ts';
import type { StatusEmitter } from '../status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  QuestionnaireOutcome,
  LearnerState,
  LessonMode,
  SaveOptions,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from '../tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from '../tracking-error.ts';
import { interactionOptions } from './interaction-options.ts';
import { LmsConnection, type LmsConnectionOptions } from './lms-connection.ts';
import { bookmarkOnly, definedOnly, parseNumber } from './lms-values.ts';
import type { ScormCalls } from './scorm-calls.ts';
import { monotonicNow } from './session-clock.ts';

/** A status the Tracker reports, and the data element it goes to. */
export interface ScormStatusRule {
  element: string;
  /** Rank of each value: a status is only replaced by a higher one (missing values rank 0). */
  rank: Readonly<Record<string, number>>;
}

/** What differs between SCORM versions as plain data: element names, limits, call names, formats. */
export interface ScormDialect {
  /** Also the key of the suspend_data limit in SUSPEND_DATA_LIMITS. */
  standard: 'scorm12' | 'scorm2004';
  /** Names in messages: the standard (`SCORM 1.2`) and its initialize call (`LMSInitialize`). */
  names: { standard: string; initialize: string };
  /** Commit call name (for messages) and the error codes after which a SetValue/Commit retry can succeed. */
  connection: Pick<LmsConnectionOptions, 'commitName' | 'retryable'>;
  /** Where each reported status goes (1.2: one lesson_status; 2004: completion and success apart). */
  statuses: Readonly<Record<'completed' | 'passed' | 'failed', ScormStatusRule>>;
  /** Lesson mode element (normal, review, browse). */
  modeElement: string;
  /** Learner elements, read in this order after the version's own start reads. */
  learner: readonly [id: string, name: string, language: string];
  creditElement: string;
  /** Values of the completion element that mean the attempt has not begun; start() makes them `incomplete`. */
  notBegun: readonly string[];
  /** Bookmark element and its maximum length in characters. */
  location: { element: string; maxChars: number };
  sessionTime: { element: string; format: (ms: number) => string };
  exit: { element: string; values: Readonly<Record<FinishMode, string>> };
}

/**
 * What both SCORM adapters share: the session (initialize, commit, finish once, terminate), bookmark and suspend
 * data, status ranks. Element names and limits come from the version's dialect; the subclasses add what the
 * data model really does differently (start reads, scores, progress measure, interactions, exit navigation).
 *
 * Commit policy: progress, answers, scores and statuses are set (SetValue) as they come but committed only by
 * save() (unless it is told `commit: false`) and finish(): Moodle's Commit is a synchronous request, so one
 * commit per answer froze the page (issue 11).
 *
 * Review and browse modes write nothing at all (no bookmark, suspend data, status, score, session time or exit,
 * no commit): the attempt the learner re-opens stays as it was. Terminate is still called.
 */
export abstract class ScormAdapter implements Tracker {
  protected readonly lms: LmsConnection;
  protected mode: LessonMode = 'normal';
  /** Number of cmi.interactions entries: read at start, then the index of the next new entry. */
  protected interactionCount = 0;
  #started = false;
  #startedAt = 0;
  /** Current value of each status element (as read at start, then as written). */
  readonly #statusValues = new Map<string, string>();
  #finishing: Promise<void> | undefined;

  readonly #calls: ScormCalls;
  readonly #dialect: ScormDialect;
  readonly #emitter: StatusEmitter;

  constructor(
    calls: ScormCalls,
    dialect: ScormDialect,
    protected readonly options: TrackerOptions,
    emitter: StatusEmitter,
  ) {
    this.#calls = calls;
    this.#dialect = dialect;
    this.#emitter = emitter;
    this.lms = new LmsConnection(calls, {
      emitter,
      ...dialect.connection,
      retryDelaysMs: options.retryDelaysMs,
    });
  }

  async start(): Promise<StartInfo> {
    const d = this.#dialect;
    if (!this.#initialize()) {
      throw new TrackingError(
        TRACKING_ERROR_CODES.initialize,
        `${d.names.initialize} failed: the ${d.names.standard} LMS refused the session. Progress is kept in this browser instead.`,
      );
    }
    this.#started = true;
    this.#startedAt = monotonicNow();
    const mode = this.lms.get(d.modeElement);
    this.mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
    for (const element of new Set(Object.values(d.statuses).map((rule) => rule.element))) {
      this.#statusValues.set(element, this.lms.get(element));
    }
    this.interactionCount = parseNumber(this.lms.get('cmi.interactions._count')) ?? 0;
    const info = this.readStart();
    if (this.mode === 'normal') {
      const completion = d.statuses.completed.element;
      if (d.notBegun.includes(this.#statusValues.get(completion) ?? '')) {
        this.#statusValues.set(completion, 'incomplete');
        this.lms.queue(completion, 'incomplete');
      }
      // Until finish() says otherwise, a lost window still keeps the data for the next session.
      this.lms.queue(d.exit.element, d.exit.values.suspend);
      this.lms.flush();
    }
    return info;
  }

  progress(pageId: string, measure: number): void {
    if (this.mode !== 'normal') return;
    this.lms.queue(this.#dialect.location.element, pageId.slice(0, this.#dialect.location.maxChars));
    this.recordProgress(measure);
    this.#write();
  }

  answered(interaction: InteractionRecord): void {
    if (this.mode !== 'normal') return;
    const options = interactionOptions(this.options.layout, interaction.id);
    for (const [element, value] of this.interactionValues(interaction, options)) {
      this.lms.queue(element, value);
    }
    this.#write();
  }

  questionnaireCompleted(_outcome: QuestionnaireOutcome): void {
    // SCORM has no element for it: the player reports the index through scored() and each item through answered().
  }

  scored(score: Score): void {
    if (this.mode !== 'normal') return;
    for (const [element, value] of this.scoreValues(score)) this.lms.queue(element, value);
    this.#write();
  }

  completed(): void {
    this.#setStatus('completed');
  }

  passed(): void {
    this.#setStatus('passed');
  }

  failed(): void {
    this.#setStatus('failed');
  }

  save(state: LearnerState, options: SaveOptions = {}): void {
    if (this.mode !== 'normal') return;
    const d = this.#dialect;
    this.lms.queue(d.location.element, state.page.slice(0, d.location.maxChars));
    const data = encodeLearnerState(state, this.options.layout);
    const limit = SUSPEND_DATA_LIMITS[d.standard];
    if (data.length <= limit) this.lms.queue('cmi.suspend_data', data);
    else
      this.#emitter.emit({
        kind: 'save-failed',
        retrying: false,
        detail: `Suspend data of ${data.length} characters exceeds the ${d.names.standard} limit of ${limit}.`,
      });
    if (options.commit === false) this.#write();
    else this.#commit();
  }

  finish(mode: FinishMode): Promise<void> {
    if (!this.#started && !this.#finishing) return Promise.resolve();
    this.#finishing ??= this.#finishNow(mode);
    return this.#finishing;
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.#emitter.on(listener);
  }

  /**
   * Reads the rest of the attempt after Initialize (mode, status values and the interaction count are already
   * read) and returns what start() reports; `lmsInfo()` gives the common part.
   */
  protected abstract readStart(): StartInfo;

  /**
   * Data elements and values recording an answered question or a scenario decision (mode is `normal`);
   * `options` are the ordered ids its values refer to (interactionOptions).
   */
  protected abstract interactionValues(
    interaction: InteractionRecord,
    options: readonly string[] | undefined,
  ): Iterable<readonly [string, string]>;

  /** Data elements and values recording a score (mode is `normal`). */
  protected abstract scoreValues(score: Score): Iterable<readonly [string, string]>;

  /** Records the progress measure (0..1) next to the bookmark, where the data model has one. */
  protected recordProgress(_measure: number): void {
    // Nothing by default: not every data model has a progress measure.
  }

  /** Last words before Terminate, after the final commit. */
  protected beforeTerminate(_mode: FinishMode): void {
    // Nothing by default.
  }

  /** The part of StartInfo every SCORM version reads the same way: learner, credit and mode. */
  protected lmsInfo(): StartInfo {
    const { learner, creditElement, standard } = this.#dialect;
    const [id, name, language] = learner;
    return {
      connection: 'lms',
      standard,
      learner: definedOnly({
        id: this.lms.get(id),
        name: this.lms.get(name),
        language: this.lms.get(language),
      }),
      credit: this.lms.get(creditElement) !== 'no-credit',
      mode: this.mode,
    };
  }

  /** The learner state to resume: the suspend data, or else a bookmark to a known page. */
  protected resumeFrom(suspendData: string, location: () => string): LearnerState | undefined {
    return (
      decodeLearnerState(suspendData, this.options.layout) ??
      bookmarkOnly(location(), this.options.layout.pages)
    );
  }

  async #finishNow(mode: FinishMode): Promise<void> {
    const d = this.#dialect;
    if (this.mode === 'normal') {
      this.lms.queue(d.sessionTime.element, d.sessionTime.format(monotonicNow() - this.#startedAt));
      this.lms.queue(d.exit.element, d.exit.values[mode]);
      this.lms.flush(true);
      this.beforeTerminate(mode);
    }
    this.lms.close();
    try {
      this.#calls.terminate();
    } catch {
      // The LMS window may be going away; nothing else to do.
    }
    this.#started = false;
    this.#emitter.emit({ kind: 'finished' });
  }

  #setStatus(status: 'completed' | 'passed' | 'failed'): void {
    if (this.mode !== 'normal') return;
    const { element, rank } = this.#dialect.statuses[status];
    if ((rank[status] ?? 0) <= (rank[this.#statusValues.get(element) ?? ''] ?? 0)) return;
    this.#statusValues.set(element, status);
    this.lms.queue(element, status);
    this.#write();
  }

  #initialize(): boolean {
    try {
      return this.#calls.initialize();
    } catch {
      return false;
    }
  }

  #commit(): void {
    if (this.#started) this.lms.flush();
  }

  #write(): void {
    if (this.#started) this.lms.write();
  }
}
