import { describe, expect, test } from 'vitest';
import { assessmentScore, effectiveMasteryScore, isPassing } from '../../src/logic/assessment-score.ts';
import { course } from '../fixtures/course.ts';

const answer = (...response: string[]) => ({ response, attempts: 1 });

describe('assessmentScore', () => {
  test('sums the scored questions over maxPoints; unanswered ones score 0', () => {
    const score = assessmentScore(course, { answers: { q1: answer('paris'), q2: answer('firefox') } });
    expect(score).toEqual({ raw: 2, min: 0, max: 4, scaled: 0.5, percent: 50, answered: 2, total: 3 });
  });

  test('all right gives 100 %', () => {
    const score = assessmentScore(course, {
      answers: { q1: answer('paris'), q2: answer('firefox', 'chromium'), q3: answer('true') },
    });
    expect(score.percent).toBe(100);
    expect(score.scaled).toBe(1);
  });

  test('answers to unknown questions are ignored', () => {
    expect(assessmentScore(course, { answers: { zz: answer('a') } }).answered).toBe(0);
  });

  test('a course without an assessment scores 0 / 0', () => {
    const none = { ...course, assessment: { ...course.assessment, questionIds: [], maxPoints: 0 } };
    expect(assessmentScore(none, { answers: {} })).toMatchObject({ raw: 0, max: 0, scaled: 0, total: 0 });
  });
});

describe('mastery', () => {
  test("the LMS mastery score wins over the course's", () => {
    expect(effectiveMasteryScore(course, {})).toBe(75);
    expect(effectiveMasteryScore(course, { masteryScore: 50 })).toBe(50);
    expect(effectiveMasteryScore(course, { masteryScore: 0 })).toBe(0);
  });

  test('passing is percent >= mastery', () => {
    expect(isPassing({ percent: 75 }, 75)).toBe(true);
    expect(isPassing({ percent: 74 }, 75)).toBe(false);
  });
});
