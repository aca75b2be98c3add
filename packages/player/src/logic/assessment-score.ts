import type { CompiledCourse } from '@dlis/course/compiled';
import type { SavedAnswer, Score, StartInfo } from '@dlis/tracking';
import { courseQuestions } from './course-routes.ts';
import { scoreQuestion } from './score-question.ts';

export interface AssessmentScore extends Score {
  /** Scaled score as a whole percentage 0–100 (rounded half up), compared with the mastery score. */
  percent: number;
  /** Scored questions answered at least once. */
  answered: number;
  /** Scored questions in the course. */
  total: number;
}

/**
 * Score of the assessment from the saved answers: Σ question scores over course.assessment.questionIds.
 * Unanswered questions score 0. A course without an assessment scores 0 / 0 with scaled 0.
 */
export function assessmentScore(
  course: CompiledCourse,
  answers: Readonly<Record<string, SavedAnswer>>,
): AssessmentScore {
  const questions = courseQuestions(course);
  let raw = 0;
  let answered = 0;
  for (const id of course.assessment.questionIds) {
    const ref = questions.get(id);
    const answer = answers[id];
    if (!ref || !answer) continue;
    answered++;
    raw += scoreQuestion(ref.question, answer.response).score;
  }
  const max = course.assessment.maxPoints;
  const scaled = max > 0 ? Math.min(1, raw / max) : 0;
  return {
    raw,
    min: 0,
    max,
    scaled,
    percent: Math.round(scaled * 100),
    answered,
    total: course.assessment.questionIds.length,
  };
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
