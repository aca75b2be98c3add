import { describe, expect, test } from 'vitest';
import type { ChoiceQuestion } from '@dlis/course/compiled';
import { correctChoices, scoreQuestion } from '../../src/logic/score-question.ts';
import { course } from '../fixtures/course.ts';
import { courseQuestions } from '../../src/logic/course-routes.ts';

const question = (id: string): ChoiceQuestion => {
  const ref = courseQuestions(course).get(id);
  if (!ref) throw new Error(`no question ${id}`);
  return ref.question as ChoiceQuestion;
};

describe('scoreQuestion', () => {
  test('single choice: the right answer earns the points, a wrong one nothing', () => {
    expect(scoreQuestion(question('q1'), ['paris'])).toEqual({
      score: 1,
      maxScore: 1,
      correct: true,
      neutral: false,
    });
    expect(scoreQuestion(question('q1'), ['lyon'])).toEqual({
      score: 0,
      maxScore: 1,
      correct: false,
      neutral: false,
    });
  });

  test('multiple choice: weights add up, a negative weight takes points back, the sum is clamped to [0, 1]', () => {
    const q2 = question('q2');
    expect(scoreQuestion(q2, ['firefox', 'chromium'])).toEqual({
      score: 2,
      maxScore: 2,
      correct: true,
      neutral: false,
    });
    expect(scoreQuestion(q2, ['firefox'])).toEqual({ score: 1, maxScore: 2, correct: false, neutral: false });
    expect(scoreQuestion(q2, ['firefox', 'chromium', 'excel'])).toEqual({
      score: 1,
      maxScore: 2,
      correct: false,
      neutral: false,
    });
    expect(scoreQuestion(q2, ['excel'])).toEqual({ score: 0, maxScore: 2, correct: false, neutral: false });
  });

  test('the sum of the weights is capped at 1', () => {
    const q = { ...question('q2'), choices: question('q2').choices.map((c) => ({ ...c, weight: 0.8 })) };
    expect(scoreQuestion(q, ['firefox', 'chromium']).score).toBe(2);
  });

  test('thirds add up to full points', () => {
    const base = question('q2');
    const q = { ...base, choices: base.choices.map((c) => ({ ...c, correct: true, weight: 1 / 3 })) };
    expect(scoreQuestion(q, ['firefox', 'chromium', 'excel']).score).toBe(2);
  });

  test('unknown and repeated ids are ignored', () => {
    expect(scoreQuestion(question('q2'), ['firefox', 'firefox', 'nope'])).toEqual({
      score: 1,
      maxScore: 2,
      correct: false,
      neutral: false,
    });
    expect(scoreQuestion(question('q1'), [])).toEqual({
      score: 0,
      maxScore: 1,
      correct: false,
      neutral: false,
    });
  });

  test('correctChoices lists the correct choices in course order', () => {
    expect(correctChoices(question('q2'))).toEqual(['firefox', 'chromium']);
    expect(correctChoices(question('q3'))).toEqual(['true']);
  });
});
