import type { QuestionBlock } from '@dlis/course/compiled';

export interface QuestionScore {
  /** Points earned: points × clamp(Σ weights of the selected choices, 0, 1). */
  score: number;
  /** The question's points. */
  maxScore: number;
  /** True when the selected choices are exactly the correct ones. */
  correct: boolean;
}

/**
 * Scores one answer with the weight rule of compiled-course.ts (`CompiledChoice.weight`).
 * Unknown and repeated choice ids are ignored, so a stale saved answer cannot inflate a score.
 */
export function scoreQuestion(question: QuestionBlock, response: readonly string[]): QuestionScore {
  const selected = new Set(response);
  let weight = 0;
  let correct = true;
  for (const choice of question.choices) {
    const isSelected = selected.has(choice.id);
    if (isSelected) weight += choice.weight;
    if (isSelected !== choice.correct) correct = false;
  }
  const share = Math.min(1, Math.max(0, weight));
  // Rounded to 1e-6 so that weights such as 1/3 + 1/3 + 1/3 give full points.
  const score = Math.round(question.points * share * 1e6) / 1e6;
  return { score, maxScore: question.points, correct };
}

/** The correct choice ids of a question, in course order. */
export function correctResponse(question: QuestionBlock): string[] {
  return question.choices.filter((c) => c.correct).map((c) => c.id);
}
