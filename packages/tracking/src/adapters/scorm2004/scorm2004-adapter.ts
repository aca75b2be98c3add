import { encodeLearnerState, decodeLearnerState } from '../../suspend-data/index.ts';
import { SUSPEND_DATA_LIMITS } from '../../suspend-data/suspend-data-format.ts';
import { formatIso8601Duration } from '../../format-iso8601-duration.ts';
import type { StatusEmitter } from '../../status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  LearnerState,
  LessonMode,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from '../../tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from '../../tracking-error.ts';
import { LmsConnection } from '../lms-connection.ts';
import { bookmarkOnly, definedOnly, formatDecimal, parseNumber } from '../lms-values.ts';
import type { ScormCalls } from '../scorm-calls.ts';
import { monotonicNow } from '../session-clock.ts';
import { SCORM2004_RETRYABLE } from './error-codes.ts';
import { scorm2004InteractionId, scorm2004InteractionValues } from './interactions.ts';
import { scorm2004Calls, type Scorm2004Api } from './scorm2004-api.ts';

/** cmi.location is a characterstring SPM 1000. */
const LOCATION_CHARS = 1000;

/** Navigation request sent with Terminate (SN book 4.4.2; adl.nav.request, RTE 4.3). */
const NAV_REQUEST = { suspend: 'suspendAll', normal: 'exitAll' } as const satisfies Record<
  FinishMode,
  string
>;

const COMPLETION_RANK: Record<string, number> = { completed: 1 };
const SUCCESS_RANK: Record<string, number> = { failed: 1, passed: 2 };

/**
 * SCORM 2004 4th ed. adapter (RTE 4.2). completion_status and success_status are kept separately and only
 * ever go up (incomplete → completed, unknown → failed → passed). Status, score, progress measure and
 * interactions are written only in `normal` mode, also for no-credit attempts (the LMS decides what a
 * no-credit attempt records, RTE 4.2.5).
 */
export class Scorm2004Adapter implements Tracker {
  private readonly calls: ScormCalls;
  private readonly lms: LmsConnection;
  private started = false;
  private startedAt = 0;
  private mode: LessonMode = 'normal';
  private completion = '';
  private success = '';
  /** Interaction index by interaction id, to update an answered question's entry. */
  private readonly interactionIndex = new Map<string, number>();
  private interactionCount = 0;
  private finishing: Promise<void> | undefined;

  constructor(
    api: Scorm2004Api,
    private readonly options: TrackerOptions,
    private readonly emitter: StatusEmitter,
  ) {
    this.calls = scorm2004Calls(api);
    this.lms = new LmsConnection(this.calls, {
      emitter,
      retryable: SCORM2004_RETRYABLE,
      commitName: 'Commit',
      retryDelaysMs: options.retryDelaysMs,
    });
  }

  async start(): Promise<StartInfo> {
    if (!this.initialize()) {
      throw new TrackingError(
        TRACKING_ERROR_CODES.initialize,
        'Initialize failed: the SCORM 2004 LMS refused the session. Progress is kept in this browser instead.',
      );
    }
    this.started = true;
    this.startedAt = monotonicNow();
    const get = (element: string) => this.lms.get(element);
    const mode = get('cmi.mode');
    this.mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
    this.completion = get('cmi.completion_status');
    this.success = get('cmi.success_status');
    this.interactionCount = parseNumber(get('cmi.interactions._count')) ?? 0;
    for (let i = 0; i < this.interactionCount; i++) {
      this.interactionIndex.set(get(`cmi.interactions.${i}.id`), i);
    }
    // A first session has no bookmark: reading cmi.location or cmi.suspend_data then only earns error 403
    // (value not initialized, RTE 4.1.7), so they are read when the LMS resumes an attempt or does not say.
    const firstSession = get('cmi.entry') === 'ab-initio';
    const resume = firstSession
      ? undefined
      : (decodeLearnerState(get('cmi.suspend_data'), this.options.layout) ??
        bookmarkOnly(get('cmi.location'), this.options.layout.pages));
    const passing = parseNumber(get('cmi.scaled_passing_score'));
    const threshold = parseNumber(get('cmi.completion_threshold'));
    const info: StartInfo = {
      connection: 'lms',
      standard: 'scorm2004',
      learner: definedOnly({
        id: get('cmi.learner_id'),
        name: get('cmi.learner_name'),
        language: get('cmi.learner_preference.language'),
      }),
      credit: get('cmi.credit') !== 'no-credit',
      mode: this.mode,
    };
    if (resume) info.resume = resume;
    if (passing !== undefined) info.masteryScore = Math.round(passing * 100 * 1e4) / 1e4;
    if (threshold !== undefined) info.completionThreshold = threshold;
    if (this.mode === 'normal') {
      if (this.completion === 'not attempted' || this.completion === 'unknown' || this.completion === '') {
        this.completion = 'incomplete';
        this.lms.queue('cmi.completion_status', 'incomplete');
      }
      // Until finish() says otherwise, a lost window still keeps the data for the next session.
      this.lms.queue('cmi.exit', 'suspend');
      this.lms.flush();
    }
    return info;
  }

  progress(pageId: string, measure: number): void {
    this.lms.queue('cmi.location', pageId.slice(0, LOCATION_CHARS));
    if (this.mode === 'normal') {
      this.lms.queue('cmi.progress_measure', formatDecimal(Math.min(1, Math.max(0, measure)), 4));
    }
    this.commit();
  }

  answered(interaction: InteractionRecord): void {
    if (this.mode !== 'normal') return;
    const id = scorm2004InteractionId(this.options.courseId, interaction.id);
    const existing = this.interactionIndex.get(id);
    const n = existing ?? this.interactionCount++;
    this.interactionIndex.set(id, n);
    const choices = this.options.layout.questions.find((q) => q.id === interaction.id)?.choices;
    const values = scorm2004InteractionValues(
      interaction,
      n,
      this.options.courseId,
      existing === undefined,
      choices,
    );
    for (const [element, value] of values) this.lms.queue(element, value);
    this.commit();
  }

  scored(score: Score): void {
    if (this.mode !== 'normal') return;
    this.lms.queue('cmi.score.scaled', formatDecimal(Math.min(1, Math.max(-1, score.scaled)), 4));
    this.lms.queue('cmi.score.raw', formatDecimal(score.raw, 2));
    this.lms.queue('cmi.score.min', formatDecimal(score.min, 2));
    this.lms.queue('cmi.score.max', formatDecimal(score.max, 2));
    this.commit();
  }

  completed(): void {
    if (this.mode !== 'normal' || (COMPLETION_RANK[this.completion] ?? 0) >= 1) return;
    this.completion = 'completed';
    this.lms.queue('cmi.completion_status', 'completed');
    this.commit();
  }

  passed(): void {
    this.setSuccess('passed');
  }

  failed(): void {
    this.setSuccess('failed');
  }

  save(state: LearnerState): void {
    this.lms.queue('cmi.location', state.page.slice(0, LOCATION_CHARS));
    if (this.mode === 'normal') {
      const data = encodeLearnerState(state, this.options.layout);
      if (data.length <= SUSPEND_DATA_LIMITS.scorm2004) this.lms.queue('cmi.suspend_data', data);
      else
        this.emitter.emit({
          kind: 'save-failed',
          retrying: false,
          detail: `Suspend data of ${data.length} characters exceeds the SCORM 2004 limit of ${SUSPEND_DATA_LIMITS.scorm2004}.`,
        });
    }
    this.commit();
  }

  finish(mode: FinishMode): Promise<void> {
    if (!this.started && !this.finishing) return Promise.resolve();
    this.finishing ??= this.finishNow(mode);
    return this.finishing;
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.emitter.on(listener);
  }

  private async finishNow(mode: FinishMode): Promise<void> {
    this.lms.queue('cmi.session_time', formatIso8601Duration(monotonicNow() - this.startedAt));
    this.lms.queue('cmi.exit', mode === 'suspend' ? 'suspend' : 'normal');
    this.lms.flush(true);
    this.lms.close();
    // An LMS without sequencing (or one that finds the request invalid) refuses it: that is fine, the
    // Terminate below still ends the session.
    this.lms.trySet('adl.nav.request', NAV_REQUEST[mode]);
    try {
      this.calls.terminate();
    } catch {
      // The LMS window may be going away; nothing else to do.
    }
    this.started = false;
    this.emitter.emit({ kind: 'finished' });
  }

  private setSuccess(status: 'passed' | 'failed'): void {
    if (this.mode !== 'normal') return;
    if ((SUCCESS_RANK[status] ?? 0) <= (SUCCESS_RANK[this.success] ?? 0)) return;
    this.success = status;
    this.lms.queue('cmi.success_status', status);
    this.commit();
  }

  private initialize(): boolean {
    try {
      return this.calls.initialize();
    } catch {
      return false;
    }
  }

  private commit(): void {
    if (this.started) this.lms.flush();
  }
}
