import { formatIso8601Duration } from '../../format-iso8601-duration.ts';
import type { StatusEmitter } from '../../status-emitter.ts';
import type { FinishMode, InteractionRecord, Score, StartInfo, TrackerOptions } from '../../tracker.ts';
import { formatDecimal, parseNumber } from '../lms-values.ts';
import { ScormAdapter, type ScormDialect } from '../scorm-adapter.ts';
import { SCORM2004_RETRYABLE } from './error-codes.ts';
import { scorm2004InteractionId, scorm2004InteractionValues } from './interactions.ts';
import { scorm2004Calls, type Scorm2004Api } from './scorm2004-api.ts';

/** Navigation request sent with Terminate (SN book 4.4.2; adl.nav.request, RTE 4.3). */
const NAV_REQUEST = { suspend: 'suspendAll', normal: 'exitAll' } as const satisfies Record<
  FinishMode,
  string
>;

const COMPLETION_RANK: Record<string, number> = { completed: 1 };
const SUCCESS_RANK: Record<string, number> = { failed: 1, passed: 2 };

const SUCCESS_STATUS = { element: 'cmi.success_status', rank: SUCCESS_RANK };

/** The SCORM 2004 4th ed. data model (RTE 4.2). */
const SCORM2004_DIALECT: ScormDialect = {
  standard: 'scorm2004',
  names: { standard: 'SCORM 2004', initialize: 'Initialize' },
  connection: { commitName: 'Commit', retryable: SCORM2004_RETRYABLE },
  statuses: {
    completed: { element: 'cmi.completion_status', rank: COMPLETION_RANK },
    passed: SUCCESS_STATUS,
    failed: SUCCESS_STATUS,
  },
  modeElement: 'cmi.mode',
  learner: ['cmi.learner_id', 'cmi.learner_name', 'cmi.learner_preference.language'],
  creditElement: 'cmi.credit',
  notBegun: ['not attempted', 'unknown', ''],
  /** cmi.location is a characterstring SPM 1000. */
  location: { element: 'cmi.location', maxChars: 1000 },
  sessionTime: { element: 'cmi.session_time', format: formatIso8601Duration },
  // A finished attempt is left with `suspend` too: Moodle hands the data model back only after a suspend exit
  // (mod/scorm/datamodels/scorm_13lib.php, get_scorm_default), so a review after `normal` would open blank.
  // The navigation request still says the learner is done (exitAll); docs/tracking.md gives the trade-off.
  exit: { element: 'cmi.exit', values: { suspend: 'suspend', normal: 'suspend' } },
};

/**
 * SCORM 2004 4th ed. adapter (RTE 4.2). completion_status and success_status are kept separately and only
 * ever go up (incomplete → completed, unknown → failed → passed). Status, score, progress measure and
 * interactions are written only in `normal` mode, also for no-credit attempts (the LMS decides what a
 * no-credit attempt records, RTE 4.2.5).
 */
export class Scorm2004Adapter extends ScormAdapter {
  /** Interaction index by interaction id, to update an answered question's entry. */
  readonly #interactionIndex = new Map<string, number>();

  constructor(api: Scorm2004Api, options: TrackerOptions, emitter: StatusEmitter) {
    super(scorm2004Calls(api), SCORM2004_DIALECT, options, emitter);
  }

  protected readStart(): StartInfo {
    const get = (element: string) => this.lms.get(element);
    for (let i = 0; i < this.interactionCount; i++) {
      this.#interactionIndex.set(get(`cmi.interactions.${i}.id`), i);
    }
    // A first session has no bookmark: reading cmi.location or cmi.suspend_data then only earns error 403
    // (value not initialized, RTE 4.1.7), so they are read when the LMS resumes an attempt or does not say.
    const firstSession = get('cmi.entry') === 'ab-initio';
    const resume = firstSession
      ? undefined
      : this.resumeFrom(get('cmi.suspend_data'), () => get('cmi.location'));
    const passing = parseNumber(get('cmi.scaled_passing_score'));
    const threshold = parseNumber(get('cmi.completion_threshold'));
    const info = this.lmsInfo();
    if (resume) info.resume = resume;
    if (passing !== undefined) info.masteryScore = Math.round(passing * 100 * 1e4) / 1e4;
    if (threshold !== undefined) info.completionThreshold = threshold;
    return info;
  }

  protected override recordProgress(measure: number): void {
    if (this.mode === 'normal') {
      this.lms.queue('cmi.progress_measure', formatDecimal(Math.min(1, Math.max(0, measure)), 4));
    }
  }

  protected interactionValues(
    interaction: InteractionRecord,
    options: readonly string[] | undefined,
  ): [string, string][] {
    const id = scorm2004InteractionId(this.options.courseId, interaction.id);
    const existing = this.#interactionIndex.get(id);
    const n = existing ?? this.interactionCount++;
    this.#interactionIndex.set(id, n);
    return scorm2004InteractionValues(interaction, n, this.options.courseId, existing === undefined, options);
  }

  /**
   * The score as a percentage: raw 0–100 out of min 0 / max 100, scaled = raw / 100. Moodle grades from
   * cmi.score.raw against the activity's maximum grade (100 by default), sequencing LMSs from cmi.score.scaled;
   * both then read the same result (docs/tracking.md, "What each LMS reads"). Points earned stay in xAPI.
   */
  protected scoreValues(score: Score): [string, string][] {
    const percent = Math.round(Math.min(100, Math.max(0, score.scaled * 100)) * 100) / 100;
    return [
      ['cmi.score.scaled', formatDecimal(percent / 100, 4)],
      ['cmi.score.raw', formatDecimal(percent, 2)],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ];
  }

  protected override beforeTerminate(mode: FinishMode): void {
    // An LMS without sequencing (or one that finds the request invalid) refuses it: that is fine, the
    // Terminate that follows still ends the session.
    this.lms.trySet('adl.nav.request', NAV_REQUEST[mode]);
  }
}
