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
  // One flag per thing that counts: right choice ticked, right pair, item in its place.
  const hits =
    question.kind === 'multiple-choice'
      ? question.choices.filter((c) => c.correct).map((c) => response.includes(c.id))
      : question.kind === 'matching'
        ? question.answer.map((target, i) => response[i] === target)
        : question.kind === 'ordering'
          ? question.items.map((item, i) => response[i] === item.id)
          : [];
  const right = hits.filter(Boolean).length;
  return right > 0 && right < hits.length ? { right, total: hits.length } : undefined;
}
