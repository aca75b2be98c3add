import type { CompiledCourse, ScenarioBlock } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { ensureBankSeeds } from './bank-draw.ts';
import { courseChecklists, coursePages, courseQuestions, courseScenarios } from './course-routes.ts';
import { isQuestionnaireKey } from './questionnaire-state.ts';
import { scenarioPosition } from './scenario-run.ts';

/** One scenario's saved progress (@dlis/tracking SavedScenario). */
export type SavedScenario = NonNullable<LearnerState['scenarios']>[string];

/**
 * The saved state cleaned of ids this version of the course does not have (a fresh state when there is none),
 * with a seed for every bank (`makeSeed` for the banks that have none yet).
 */
export function restoreState(
  course: CompiledCourse,
  saved: LearnerState | undefined,
  makeSeed?: () => number,
): LearnerState {
  const pages = coursePages(course).map((ref) => ref.page.id);
  const first = pages[0] ?? '';
  const bankSeeds = ensureBankSeeds(course, saved?.bankSeeds, makeSeed);
  const banks = course.assessment.banks.length ? { bankSeeds } : {};
  if (!saved) return { page: first, visited: [], answers: {}, ...banks };
  const questions = courseQuestions(course);
  const lists = courseChecklists(course);
  const scenarios = courseScenarios(course);
  const checklists = Object.fromEntries(
    Object.entries(saved.checklists ?? {}).flatMap(([id, ticked]) => {
      const items = lists.get(id);
      return items ? [[id, items.filter((item) => ticked.includes(item))]] : [];
    }),
  );
  const savedScenarios = Object.fromEntries(
    Object.entries(saved.scenarios ?? {}).flatMap(([id, run]) => {
      const block = scenarios.get(id)?.scenario;
      if (!block) return [];
      const valid = scenarioPosition(block, run.path).steps.map((s) => s.choiceId);
      return [[id, { ...run, path: valid }]];
    }),
  );
  return {
    page: pages.includes(saved.page) ? saved.page : first,
    visited: saved.visited.filter((id) => pages.includes(id)),
    answers: Object.fromEntries(
      // Questionnaire progress is kept in `answers` too (questionnaireStateKey).
      Object.entries(saved.answers).filter(([id]) => questions.has(id) || isQuestionnaireKey(course, id)),
    ),
    ...(saved.submitted ? { submitted: true } : {}),
    ...(saved.assessmentAttempts ? { assessmentAttempts: saved.assessmentAttempts } : {}),
    ...banks,
    ...(Object.keys(checklists).length ? { checklists } : {}),
    ...(Object.keys(savedScenarios).length ? { scenarios: savedScenarios } : {}),
    // Checked against the course by the conditional-content logic (session-controller.ts).
    ...(saved.variables ? { variables: { ...saved.variables } } : {}),
  };
}

/** Whether the learner may start another assessment attempt (after a submission, within maxAttempts). */
export function canStartNewAttempt(course: CompiledCourse, state: LearnerState): boolean {
  if (!state.submitted) return false;
  const max = course.assessment.maxAttempts;
  return max === 0 || (state.assessmentAttempts ?? 0) < max;
}

/**
 * The state of a new assessment attempt: scored answers and scored scenario progress cleared, new bank seeds,
 * `submitted` reset; pages visited, unscored answers, checklists and the attempt count kept.
 */
export function newAttemptState(
  course: CompiledCourse,
  state: LearnerState,
  makeSeed?: () => number,
): LearnerState {
  const scored = new Set(course.assessment.questionIds);
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => !scored.has(id)));
  const scenarios = Object.fromEntries(
    Object.entries(state.scenarios ?? {}).map(([id, run]) =>
      scored.has(id) ? [id, { path: [], runs: run.runs + 1 }] : [id, run],
    ),
  );
  const { submitted: _submitted, ...rest } = state;
  return {
    ...rest,
    answers,
    ...(course.assessment.banks.length ? { bankSeeds: ensureBankSeeds(course, undefined, makeSeed) } : {}),
    ...(state.scenarios ? { scenarios } : {}),
  };
}

/** The state with a scenario's progress replaced. */
export function withScenario(state: LearnerState, id: string, run: SavedScenario): LearnerState {
  return { ...state, scenarios: { ...state.scenarios, [id]: run } };
}

/**
 * Applies one choice to a run: returns the new run (path extended, bestScore raised when an ending is reached)
 * and the situation decided, or undefined when the choice is not offered by the current situation.
 */
export function applyScenarioChoice(
  block: ScenarioBlock,
  run: SavedScenario,
  choiceId: string,
): { run: SavedScenario; step: number; situation: ScenarioBlock['situations'][number] } | undefined {
  const before = scenarioPosition(block, run.path);
  const situation = before.situation;
  if (!situation?.choices.some((c) => c.id === choiceId)) return undefined;
  const path = [...before.steps.map((s) => s.choiceId), choiceId];
  const after = scenarioPosition(block, path);
  const bestScore =
    after.ending !== undefined
      ? Math.max(after.score, run.bestScore ?? Number.NEGATIVE_INFINITY)
      : run.bestScore;
  return {
    run: { path, runs: run.runs, ...(bestScore !== undefined ? { bestScore } : {}) },
    step: path.length,
    situation,
  };
}
