/**
 * The Tracker facade (ARCHITECTURE.md, "Tracking model"): the only tracking API the player sees.
 * Adapters (scorm12, scorm2004, local, and the launch adapter for cmi5 and xAPI launches:
 * xapi/launch-adapter.ts) translate it into their standard; withXapiReporting (xapi/hybrid-xapi-tracker.ts)
 * adds xAPI statements to a SCORM or local one.
 */

import type { InteractionRecord } from './interaction-record.ts';
import type { LearnerState, SuspendLayout } from './learner-state.ts';
import type { QueueStatus } from './xapi/queue-status.ts';
import type { XapiTrackingOptions } from './xapi/xapi-tracking-options.ts';

// The learner state and its layout are pure data, also read at build time (the suspend-data codec): their own file.
export type {
  LearnerState,
  SavedAnswer,
  SavedScenario,
  SuspendLayout,
  SuspendQuestion,
} from './learner-state.ts';

// What one answer records is pure data, also made at build time (correct-patterns.ts): its own file.
export type {
  InteractionRecord,
  InteractionResult,
  InteractionType,
  InteractionValue,
} from './interaction-record.ts';

/**
 * A submitted questionnaire (issue 6), from @dlis/agility's result. SCORM adapters record nothing more for it
 * (the player reports the index through `scored()` and each item through `answered()`); the xAPI adapter sends
 * `completed` the questionnaire (buildQuestionnaireCompleted).
 */
export interface QuestionnaireOutcome {
  questionnaireId: string;
  /** Questionnaire title, by language. */
  name: Record<string, string>;
  /** Index 0..100, or null when too few dimensions were scored. */
  index: number | null;
  level: number | null;
  /** Score 0..100 of each dimension, null when not scored, by dimension id. */
  dimensions: Record<string, number | null>;
  model: { id: string; version: string };
  researchConsent: boolean;
  /** Background answers by question id (option ids); sent only with research consent. */
  background: Record<string, string>;
  /** Time spent on the questionnaire, in milliseconds. */
  durationMs: number;
  timestamp: Date;
}

/** Assessment score. */
export interface Score {
  raw: number;
  min: number;
  max: number;
  /** raw / max, in [0, 1]. */
  scaled: number;
}

export type LessonMode = 'normal' | 'review' | 'browse';

/** What the LMS told us at start. */
export interface StartInfo {
  /**
   * 'lms' when an LMS API was found and initialised, or a cmi5 / xAPI launch gave its LRS; 'local' otherwise
   * (the UI says so).
   */
  connection: 'lms' | 'local';
  standard: 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'local';
  /** Restored state, when the LMS (or local storage) had a valid one for this course. */
  resume?: LearnerState;
  learner: { id?: string; name?: string; language?: string };
  /** Mastery score 0–100 set by the LMS; wins over the course's own when present. */
  masteryScore?: number;
  /** SCORM 2004 completion threshold 0–1 set by the LMS, when present. */
  completionThreshold?: number;
  /** False for no-credit attempts. */
  credit: boolean;
  /** cmi5 LaunchData launchParameters, as the LMS wrote them (the player reads course variables from them). */
  launchParameters?: string;
  /** review/browse never change a status. */
  mode: LessonMode;
}

/**
 * Non-blocking news the player shows to the learner. `xapi`: the statement queue changed (hybrid reporting and
 * cmi5/xAPI launches); xAPI problems never throw, they come here (`queue.error`, `queue.storageError`).
 */
export type TrackerStatus =
  | { kind: 'saved' }
  | { kind: 'save-failed'; retrying: boolean; detail: string }
  | { kind: 'finished' }
  | { kind: 'xapi'; queue: QueueStatus };

export type FinishMode = 'normal' | 'suspend';

export interface SaveOptions {
  /** False: record only (SetValue, local copy); the next committing save or finish() sends it. Default true. */
  commit?: boolean;
}

export interface Tracker {
  /** Initialise the connection, read bookmark + suspend data. Call once. */
  start(): Promise<StartInfo>;
  /**
   * A page was viewed; `measure` is the course progress 0..1. Recorded now, committed by the next `save()` or
   * `finish()` (the player saves right after).
   */
  progress(pageId: string, measure: number): void;
  /** A question was answered. Recorded now, committed by the next committing `save()` or `finish()`. */
  answered(interaction: InteractionRecord): void;
  /** A questionnaire was submitted (after its items were `answered()`). */
  questionnaireCompleted(outcome: QuestionnaireOutcome): void;
  scored(score: Score): void;
  completed(): void;
  passed(): void;
  failed(): void;
  /**
   * Bookmark + suspend data, committed with everything recorded since the last commit, unless `commit: false`
   * (then the next committing save or `finish()` carries it). The player commits at the points that matter
   * (page change, questionnaire step, submit, new attempt), never once per answer.
   */
  save(state: LearnerState, options?: SaveOptions): void;
  /**
   * The content language the learner now reads (BCP 47, one of the course's): called after `start()` and on
   * every switch. xAPI: `context.language` of the following statements; SCORM and local: nothing.
   */
  setLanguage?(language: string): void;
  /**
   * The values of the course variables (conditional content), after `start()` and on every change. xAPI: the
   * `course-variables` context extension of the following statements; SCORM and local: nothing (the choice is
   * an interaction, and the values are in the suspend data).
   */
  setVariables?(values: Readonly<Record<string, string>>): void;
  /** End the session (exit button or pagehide). Safe to call more than once: only the first call acts. */
  finish(mode: FinishMode): Promise<void>;
  /** Subscribe to status news; returns an unsubscribe function. */
  onStatus(listener: (status: TrackerStatus) => void): () => void;
}

/** Options of `createTracker()` (implemented in create-tracker.ts). */
export interface TrackerOptions {
  /**
   * Which standard the package was built for; 'web' uses the local adapter (localStorage); 'cmi5' and 'xapi'
   * read their launch (and fall back to local without one).
   */
  target: 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi' | 'web';
  /** Stable course id (local storage key, identifiers). */
  courseId: string;
  /** Course version: state saved by another version is recognised through the layout fingerprint. */
  courseVersion: string;
  layout: SuspendLayout;
  /** The window to start the API search from (default: globalThis.window). */
  window?: Window;
  /**
   * Delays between retries of a failed commit, in milliseconds; the last one repeats.
   * Default [500, 1000, 2000, 4000].
   */
  retryDelaysMs?: readonly number[];
  /** xAPI reporting (PlayerPayload.xapi + the course): required by cmi5/xapi, hybrid for the other targets. */
  xapi?: XapiTrackingOptions;
}
