import { formatScorm12Duration } from '../../format-scorm12-duration.ts';
import type { StatusEmitter } from '../../status-emitter.ts';
import type { InteractionRecord, Score, StartInfo, TrackerOptions } from '../../tracker.ts';
import { formatDecimal, parseNumber } from '../lms-values.ts';
import { ScormAdapter, type ScormDialect } from '../scorm-adapter.ts';
import { SCORM12_RETRYABLE } from './error-codes.ts';
import { scorm12InteractionValues } from './interactions.ts';
import { scorm12Calls, type Scorm12Api } from './scorm12-api.ts';

/** Rank of each lesson_status: a status is only replaced by a higher one (passed is never downgraded). */
const STATUS_RANK: Record<string, number> = { completed: 1, failed: 2, passed: 3 };

const LESSON_STATUS = { element: 'cmi.core.lesson_status', rank: STATUS_RANK };

/** The SCORM 1.2 data model (RTE 3.4). */
const SCORM12_DIALECT: ScormDialect = {
  standard: 'scorm12',
  names: { standard: 'SCORM 1.2', initialize: 'LMSInitialize' },
  connection: { commitName: 'LMSCommit', retryable: SCORM12_RETRYABLE },
  statuses: { completed: LESSON_STATUS, passed: LESSON_STATUS, failed: LESSON_STATUS },
  modeElement: 'cmi.core.lesson_mode',
  learner: ['cmi.core.student_id', 'cmi.core.student_name', 'cmi.student_preference.language'],
  creditElement: 'cmi.core.credit',
  notBegun: ['not attempted', ''],
  /** cmi.core.lesson_location is a CMIString255. */
  location: { element: 'cmi.core.lesson_location', maxChars: 255 },
  sessionTime: { element: 'cmi.core.session_time', format: formatScorm12Duration },
  // RTE 3.4.2.1.5: "" is a normal exit; "logout" is not used for leaving a single SCO.
  exit: { element: 'cmi.core.exit', values: { suspend: 'suspend', normal: '' } },
};

/**
 * SCORM 1.2 adapter (RTE 3.4). Status, score and interactions are written only in `normal` lesson mode and
 * also for no-credit attempts (the LMS decides what a no-credit attempt records, RTE 3.4.2.1.3). Scores are
 * written as a percentage (raw = scaled × 100, min 0, max 100), the scale of mastery_score.
 */
export class Scorm12Adapter extends ScormAdapter {
  constructor(api: Scorm12Api, options: TrackerOptions, emitter: StatusEmitter) {
    super(scorm12Calls(api), SCORM12_DIALECT, options, emitter);
  }

  protected readStart(): StartInfo {
    const get = (element: string) => this.lms.get(element);
    const location = get('cmi.core.lesson_location');
    const resume = this.resumeFrom(get('cmi.suspend_data'), () => location);
    const mastery = parseNumber(get('cmi.student_data.mastery_score'));
    const info = this.lmsInfo();
    if (resume) info.resume = resume;
    if (mastery !== undefined) info.masteryScore = mastery;
    return info;
  }

  protected interactionValues(
    interaction: InteractionRecord,
    options: readonly string[] | undefined,
  ): [string, string][] {
    return scorm12InteractionValues(interaction, this.interactionCount++, options);
  }

  protected scoreValues(score: Score): [string, string][] {
    const percent = Math.min(100, Math.max(0, score.scaled * 100));
    return [
      ['cmi.core.score.raw', formatDecimal(percent, 2)],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ];
  }
}
