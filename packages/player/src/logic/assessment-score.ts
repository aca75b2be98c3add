import type { CompiledCourse } from '@dlis/course/compiled';
import type { LearnerState, Score, StartInfo } from '@dlis/tracking';
import { activeAssessmentIds } from './bank-draw.ts';
import { courseQuestions, courseScenarios } from './course-routes.ts';
import { scenarioPoints } from './scenario-run.ts';
import { scoreQuestion } from './score-question.ts';

export interface AssessmentScore extends Score {
  /** Scaled score as a whole percentage 0–100 (rounded half up), compared with the mastery score. */
  percent: number;
  /** Scored items of the current attempt answered at least once (a scenario counts once a run has ended). */
  answered: number;
  /** Scored items of the current attempt (drawn bank questions only). */
  total: number;
}

/** The parts of the learner state the score depends on. */
export type ScoreState = Pick<LearnerState, 'answers' | 'bankSeeds' | 'scenarios'>;

/**
 * Score of the current attempt: Σ question scores over the scored ids of the attempt (bank questions the
 * banks did not draw are left out) + Σ scored scenarios (points × bestScore / maxScore). Unanswered items
 * score 0; max = assessment.maxPoints. A course without an assessment scores 0 / 0 with scaled 0.
 */
export function assessmentScore(course: CompiledCourse, state: ScoreState): AssessmentScore {
  const questions = courseQuestions(course);
  const scenarios = courseScenarios(course);
  const ids = activeAssessmentIds(course, state.bankSeeds ?? {});
  let raw = 0;
  let answered = 0;
  for (const id of ids) {
    const scenario = scenarios.get(id)?.scenario;
    if (scenario) {
      const best = state.scenarios?.[id]?.bestScore;
      if (best === undefined) continue;
      answered++;
      raw += scenarioPoints(scenario, best);
      continue;
    }
    const ref = questions.get(id);
    const answer = state.answers[id];
    if (!ref || !answer) continue;
    answered++;
    raw += scoreQuestion(ref.question, answer.response).score;
  }
  raw = Math.round(raw * 1e6) / 1e6;
  const max = course.assessment.maxPoints;
  const scaled = max > 0 ? Math.min(1, raw / max) : 0;
  return { raw, min: 0, max, scaled, percent: Math.round(scaled * 100), answered, total: ids.length };
}

/** The mastery score 0–100 in force: the LMS's (StartInfo.masteryScore) wins over the course's. */
export function effectiveMasteryScore(
  course: CompiledCourse,
  start: Pick<StartInfo, 'masteryScore'>,
): number {
  return start.masteryScore ?? course.masteryScore;
}

/** Whether a score passes a mastery score given in percent. */
export function isPassing(score: Pick<AssessmentScore, 'percent'>, masteryScore: number): boolean {
  return score.percent >= masteryScore;
}
