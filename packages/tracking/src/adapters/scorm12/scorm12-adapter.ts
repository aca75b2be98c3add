import { encodeLearnerState, decodeLearnerState } from '../../suspend-data/index.ts';
import { SUSPEND_DATA_LIMITS } from '../../suspend-data/suspend-data-format.ts';
import { formatScorm12Duration } from '../../format-scorm12-duration.ts';
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
import type { ScormCalls } from '../scorm-calls.ts';
import { bookmarkOnly, definedOnly, formatDecimal, parseNumber } from '../lms-values.ts';
import { monotonicNow } from '../session-clock.ts';
import { SCORM12_RETRYABLE } from './error-codes.ts';
import { scorm12InteractionValues } from './interactions.ts';
import { scorm12Calls, type Scorm12Api } from './scorm12-api.ts';

/** cmi.core.lesson_location is a CMIString255. */
const LOCATION_CHARS = 255;

/** Rank of each lesson_status: a status is only replaced by a higher one (passed is never downgraded). */
const STATUS_RANK: Record<string, number> = { completed: 1, failed: 2, passed: 3 };

/**
 * SCORM 1.2 adapter (RTE 3.4). Status, score and interactions are written only in `normal` lesson mode and
 * also for no-credit attempts (the LMS decides what a no-credit attempt records, RTE 3.4.2.1.3). Scores are
 * written as a percentage (raw = scaled × 100, min 0, max 100), the scale of mastery_score.
 */
export class Scorm12Adapter implements Tracker {
  private readonly calls: ScormCalls;
  private readonly lms: LmsConnection;
  private started = false;
  private startedAt = 0;
  private mode: LessonMode = 'normal';
  private lessonStatus = '';
  private nextInteraction = 0;
  private finishing: Promise<void> | undefined;

  constructor(
    api: Scorm12Api,
    private readonly options: TrackerOptions,
    private readonly emitter: StatusEmitter,
  ) {
    this.calls = scorm12Calls(api);
    this.lms = new LmsConnection(this.calls, {
      emitter,
      retryable: SCORM12_RETRYABLE,
      commitName: 'LMSCommit',
      retryDelaysMs: options.retryDelaysMs,
    });
  }

  async start(): Promise<StartInfo> {
    if (!this.initialize()) {
      throw new TrackingError(
        TRACKING_ERROR_CODES.initialize,
        'LMSInitialize failed: the SCORM 1.2 LMS refused the session. Progress is kept in this browser instead.',
      );
    }
    this.started = true;
    this.startedAt = monotonicNow();
    const get = (element: string) => this.lms.get(element);
    const lessonMode = get('cmi.core.lesson_mode');
    this.mode = lessonMode === 'review' || lessonMode === 'browse' ? lessonMode : 'normal';
    this.lessonStatus = get('cmi.core.lesson_status');
    this.nextInteraction = parseNumber(get('cmi.interactions._count')) ?? 0;
    const location = get('cmi.core.lesson_location');
    const resume =
      decodeLearnerState(get('cmi.suspend_data'), this.options.layout) ??
      bookmarkOnly(location, this.options.layout.pages);
    const mastery = parseNumber(get('cmi.student_data.mastery_score'));
    const info: StartInfo = {
      connection: 'lms',
      standard: 'scorm12',
      learner: definedOnly({
        id: get('cmi.core.student_id'),
        name: get('cmi.core.student_name'),
        language: get('cmi.student_preference.language'),
      }),
      credit: get('cmi.core.credit') !== 'no-credit',
      mode: this.mode,
    };
    if (resume) info.resume = resume;
    if (mastery !== undefined) info.masteryScore = mastery;
    if (this.mode === 'normal') {
      if (this.lessonStatus === 'not attempted' || this.lessonStatus === '') {
        this.lessonStatus = 'incomplete';
        this.lms.queue('cmi.core.lesson_status', 'incomplete');
      }
      // Until finish() says otherwise, a lost window still keeps the data for the next session.
      this.lms.queue('cmi.core.exit', 'suspend');
      this.lms.flush();
    }
    return info;
  }

  progress(pageId: string, _measure: number): void {
    this.lms.queue('cmi.core.lesson_location', pageId.slice(0, LOCATION_CHARS));
    this.commit();
  }

  answered(interaction: InteractionRecord): void {
    if (this.mode !== 'normal') return;
    const choices = this.options.layout.questions.find((q) => q.id === interaction.id)?.choices;
    for (const [element, value] of scorm12InteractionValues(interaction, this.nextInteraction, choices)) {
      this.lms.queue(element, value);
    }
    this.nextInteraction++;
    this.commit();
  }

  scored(score: Score): void {
    if (this.mode !== 'normal') return;
    const percent = Math.min(100, Math.max(0, score.scaled * 100));
    this.lms.queue('cmi.core.score.raw', formatDecimal(percent, 2));
    this.lms.queue('cmi.core.score.min', '0');
    this.lms.queue('cmi.core.score.max', '100');
    this.commit();
  }

  completed(): void {
    this.setStatus('completed');
  }

  passed(): void {
    this.setStatus('passed');
  }

  failed(): void {
    this.setStatus('failed');
  }

  save(state: LearnerState): void {
    this.lms.queue('cmi.core.lesson_location', state.page.slice(0, LOCATION_CHARS));
    if (this.mode === 'normal') {
      const data = encodeLearnerState(state, this.options.layout);
      if (data.length <= SUSPEND_DATA_LIMITS.scorm12) this.lms.queue('cmi.suspend_data', data);
      else
        this.emitter.emit({
          kind: 'save-failed',
          retrying: false,
          detail: `Suspend data of ${data.length} characters exceeds the SCORM 1.2 limit of ${SUSPEND_DATA_LIMITS.scorm12}.`,
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
    this.lms.queue('cmi.core.session_time', formatScorm12Duration(monotonicNow() - this.startedAt));
    // RTE 3.4.2.1.5: "" is a normal exit; "logout" is not used for leaving a single SCO.
    this.lms.queue('cmi.core.exit', mode === 'suspend' ? 'suspend' : '');
    this.lms.flush(true);
    this.lms.close();
    try {
      this.calls.terminate();
    } catch {
      // The LMS window may be going away; nothing else to do.
    }
    this.started = false;
    this.emitter.emit({ kind: 'finished' });
  }

  private setStatus(status: 'completed' | 'passed' | 'failed'): void {
    if (this.mode !== 'normal') return;
    if ((STATUS_RANK[status] ?? 0) <= (STATUS_RANK[this.lessonStatus] ?? 0)) return;
    this.lessonStatus = status;
    this.lms.queue('cmi.core.lesson_status', status);
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
