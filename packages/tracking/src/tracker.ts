/**
 * The Tracker facade (ARCHITECTURE.md, "Tracking model"): the only tracking API the player sees.
 * Adapters (scorm12, scorm2004, local) translate it into their standard.
 */

/** Learner state saved as bookmark + suspend data, restored on resume. */
export interface LearnerState {
  /** Id of the page the learner is on (the bookmark). */
  page: string;
  /** Ids of the pages viewed, in any order. */
  visited: string[];
  /** Answers given, by question id. */
  answers: Record<string, SavedAnswer>;
  /** True once the learner has seen the assessment result (the attempt is over). */
  submitted?: boolean;
}

export interface SavedAnswer {
  /** Selected choice ids. */
  response: string[];
  /** How many times the learner has submitted this question. */
  attempts: number;
}

/**
 * What the suspend-data codec needs to know about a course to write compact state: the order of pages,
 * questions and choices. Built from the compiled course; a fingerprint of it is stored with the state so
 * that state saved by another version of the course is recognised and not misread.
 */
export interface SuspendLayout {
  pages: string[];
  questions: { id: string; choices: string[] }[];
}

export type InteractionType = 'choice' | 'true-false';
export type InteractionResult = 'correct' | 'incorrect' | 'neutral';

/** One answer to one question, as the standards record it (one interaction per question). */
export interface InteractionRecord {
  /** Question id (made a valid identifier for each standard by the adapter). */
  id: string;
  type: InteractionType;
  /** Short plain-text description of the question (2004 `description`), in the learner's language. */
  description: string;
  /** Choice ids the learner selected. For true-false: `['true']` or `['false']`. */
  response: string[];
  /** The correct choice ids (one correct-response pattern). */
  correctResponse: string[];
  result: InteractionResult;
  /** Question points (interaction weighting). */
  weighting: number;
  /** Time from the question being shown to the answer, in milliseconds. */
  latencyMs: number;
  /** When the answer was given. */
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
  /** 'lms' when an LMS API was found and initialised; 'local' otherwise (the UI says so). */
  connection: 'lms' | 'local';
  standard: 'scorm12' | 'scorm2004' | 'local';
  /** Restored state, when the LMS (or local storage) had a valid one for this course. */
  resume?: LearnerState;
  learner: { id?: string; name?: string; language?: string };
  /** Mastery score 0–100 set by the LMS; wins over the course's own when present. */
  masteryScore?: number;
  /** SCORM 2004 completion threshold 0–1 set by the LMS, when present. */
  completionThreshold?: number;
  /** False for no-credit attempts. */
  credit: boolean;
  /** review/browse never change a status. */
  mode: LessonMode;
}

/** Non-blocking news the player shows to the learner. */
export type TrackerStatus =
  { kind: 'saved' } | { kind: 'save-failed'; retrying: boolean; detail: string } | { kind: 'finished' };

export type FinishMode = 'normal' | 'suspend';

export interface Tracker {
  /** Initialise the connection, read bookmark + suspend data. Call once. */
  start(): Promise<StartInfo>;
  /** A page was viewed; `measure` is the course progress 0..1. Commits promptly. */
  progress(pageId: string, measure: number): void;
  /** A question was answered. Commits promptly. */
  answered(interaction: InteractionRecord): void;
  scored(score: Score): void;
  completed(): void;
  passed(): void;
  failed(): void;
  /** Bookmark + suspend data, committed promptly. */
  save(state: LearnerState): void;
  /** End the session (exit button or pagehide). Safe to call more than once: only the first call acts. */
  finish(mode: FinishMode): Promise<void>;
  /** Subscribe to status news; returns an unsubscribe function. */
  onStatus(listener: (status: TrackerStatus) => void): () => void;
}

/** Options of `createTracker()` (implemented in create-tracker.ts). */
export interface TrackerOptions {
  /** Which standard the package was built for; 'web' uses the local adapter (localStorage). */
  target: 'scorm12' | 'scorm2004' | 'web';
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
}
