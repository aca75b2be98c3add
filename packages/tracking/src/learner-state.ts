// The learner state the Tracker saves and the layout the suspend-data codec writes it with. Pure data types:
// the codec runs in the browser and at build time (the SCORM 1.2 budget check of @dlis/packager).

/** Learner state saved as bookmark + suspend data, restored on resume. */
export interface LearnerState {
  /** Id of the page the learner is on (the bookmark). */
  page: string;
  /** Ids of the pages viewed, in any order. */
  visited: string[];
  /** Answers given, by question id (bank questions included). */
  answers: Record<string, SavedAnswer>;
  /** True once the learner has submitted the assessment (the current attempt is over). */
  submitted?: boolean;
  /** Assessment attempts submitted so far (attempt limits); absent = 0. */
  assessmentAttempts?: number;
  /** Seed of each question bank's draw for the current attempt (uint32), by bank id. */
  bankSeeds?: Record<string, number>;
  /** Ticked item ids of each checklist, by checklist block id. */
  checklists?: Record<string, string[]>;
  /** Progress of each branching scenario, by scenario block id. */
  scenarios?: Record<string, SavedScenario>;
  /** Values of the course variables (conditional content), by variable id; a variable without one is absent. */
  variables?: Record<string, string>;
}

/**
 * One answer. `response` holds, by question kind:
 * - single-choice, multiple-choice, true-false, likert: the selected choice ids (true-false: `true` / `false`);
 * - ordering: the item ids in the learner's order;
 * - matching: the target id chosen for each source, in source order (`''` for a source left unmatched);
 * - fill-in: one string, the text typed; numeric: one string, the number typed (`.` as decimal separator).
 */
export interface SavedAnswer {
  response: string[];
  /** How many times the learner has checked this question. */
  attempts: number;
}

export interface SavedScenario {
  /** Ids of the choices taken in the current run, in order. */
  path: string[];
  /** Runs started so far (1 for the first; a replay adds one). */
  runs: number;
  /** Best run score reached so far (what counts in the assessment). */
  bestScore?: number;
}

/**
 * What the suspend-data codec needs to know about a course to write compact state. Built from the compiled
 * course (`learnerStateLayout`); a fingerprint of it is stored with the state so that state saved by another
 * version of the course is recognised and not misread.
 */
export interface SuspendLayout {
  pages: string[];
  /**
   * Every question (bank questions included), in course order. `options` are the choice ids (choice kinds,
   * likert), the item ids (ordering) or the target ids (matching); `sources` is the number of matching sources;
   * `maxLength` bounds fill-in and numeric text.
   */
  questions: SuspendQuestion[];
  checklists: { id: string; items: string[] }[];
  banks: string[];
  /** `choices` are every choice id of the scenario; `maxSteps` bounds a run's path length. */
  scenarios: { id: string; choices: string[]; maxSteps: number }[];
  /** Course variables with their value ids (absent or empty: the course has none). */
  variables?: { id: string; values: string[] }[];
}

export type SuspendQuestion =
  | { id: string; kind: 'choices'; options: string[] }
  | { id: string; kind: 'order'; options: string[] }
  | { id: string; kind: 'match'; options: string[]; sources: number }
  | { id: string; kind: 'text'; maxLength: number };
