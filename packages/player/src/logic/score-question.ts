import type { ChoiceQuestion, NumericQuestion, QuestionBlock } from '@dlis/course/compiled';
import { normalizeAnswer, parseDecimal } from './normalize-answer.ts';

export interface QuestionScore {
  /** Points earned, per the rule of the question kind (compiled-course.ts). */
  score: number;
  /** The question's points (0 for likert, which is never scored). */
  maxScore: number;
  /** True when the answer is entirely right (false for neutral questions). */
  correct: boolean;
  /** True when the question has no right answer (likert, or choices without a correct one). */
  neutral: boolean;
}

// Rounded to 1e-6 so that weights such as 1/3 + 1/3 + 1/3 give full points.
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Scores one saved response (`SavedAnswer.response` encoding) by kind: choices by weights
 * (points × clamp(Σ weights, 0, 1)), matching by the share of right pairs, ordering, fill-in and numeric
 * all or nothing, likert never. Unknown ids are ignored, so a stale saved answer cannot inflate a score.
 */
export function scoreQuestion(question: QuestionBlock, response: readonly string[]): QuestionScore {
  const all = (correct: boolean): QuestionScore => ({
    score: correct ? question.points : 0,
    maxScore: question.points,
    correct,
    neutral: false,
  });
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
      return scoreChoices(question, response);
    case 'likert':
      return { score: 0, maxScore: 0, correct: false, neutral: true };
    case 'matching': {
      const right = question.answer.filter((target, i) => response[i] === target).length;
      const share = question.sources.length ? right / question.sources.length : 0;
      return {
        score: round(question.points * share),
        maxScore: question.points,
        correct: right === question.sources.length,
        neutral: false,
      };
    }
    case 'ordering':
      return all(
        response.length === question.items.length &&
          question.items.every((item, i) => response[i] === item.id),
      );
    case 'fill-in': {
      const typed = normalizeAnswer(response[0] ?? '', question);
      const accepted = Object.values(question.accepted).flat();
      return all(typed !== '' && accepted.some((a) => normalizeAnswer(a, question) === typed));
    }
    case 'numeric':
      return all(isNumericRight(question, response[0] ?? ''));
  }
}

function scoreChoices(question: ChoiceQuestion, response: readonly string[]): QuestionScore {
  const selected = new Set(response);
  let weight = 0;
  let correct = true;
  for (const choice of question.choices) {
    const isSelected = selected.has(choice.id);
    if (isSelected) weight += choice.weight;
    if (isSelected !== choice.correct) correct = false;
  }
  const neutral = !question.choices.some((c) => c.correct);
  const share = Math.min(1, Math.max(0, weight));
  return {
    score: round(question.points * share),
    maxScore: question.points,
    correct: correct && !neutral,
    neutral,
  };
}

function isNumericRight(question: NumericQuestion, text: string): boolean {
  const value = parseDecimal(text);
  if (value === undefined) return false;
  if (question.exact !== undefined) return Math.abs(value - question.exact) < 1e-9;
  return (
    (question.min === undefined || value >= question.min) &&
    (question.max === undefined || value <= question.max)
  );
}

/** The correct choice ids of a choice question, in course order. */
export function correctChoices(question: ChoiceQuestion): string[] {
  return question.choices.filter((c) => c.correct).map((c) => c.id);
}
