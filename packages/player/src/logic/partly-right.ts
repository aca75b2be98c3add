import type { QuestionBlock } from '@dlis/course/compiled';

/**
 * How much of a wrong answer is right, for the feedback "Partly right: 2 of 3": the right choices ticked of a
 * multiple-choice question (a wrong one ticked as well still makes the outcome "Incorrect"), the right pairs of
 * a matching question, the items in their place of an ordering question. Undefined for other kinds, or when
 * nothing or everything counted is right.
 */
export function partlyRight(
  question: QuestionBlock,
  response: readonly string[],
): { right: number; total: number } | undefined {
  let right = 0;
  let total = 0;
  if (question.kind === 'multiple-choice') {
    const correct = question.choices.filter((c) => c.correct);
    total = correct.length;
    right = correct.filter((c) => response.includes(c.id)).length;
  } else if (question.kind === 'matching') {
    total = question.answer.length;
    right = question.answer.filter((target, i) => response[i] === target).length;
  } else if (question.kind === 'ordering') {
    total = question.items.length;
    right = question.items.filter((item, i) => response[i] === item.id).length;
  }
  return right > 0 && right < total ? { right, total } : undefined;
}
