import { describe, expect, test } from 'vitest';
import { isCourseCompleted } from '../../src/logic/completion.ts';
import { progressMeasure, visitedCount } from '../../src/logic/progress-measure.ts';
import { course } from '../fixtures/course.ts';

describe('progressMeasure', () => {
  test('visited pages of the course / pages of the course, unknown ids ignored', () => {
    expect(progressMeasure(course, [])).toBe(0);
    expect(progressMeasure(course, ['welcome', 'quiz-1', 'nope'])).toBe(0.5);
    expect(progressMeasure(course, ['welcome', 'quiz-1', 'quiz-2', 'end'])).toBe(1);
    expect(visitedCount(course, ['welcome', 'welcome', 'x'])).toBe(1);
  });
});

describe('isCourseCompleted', () => {
  const all = ['welcome', 'quiz-1', 'quiz-2', 'end'];
  const pagesRule = { ...course, completion: 'all-pages-viewed' as const };

  test("'all-pages-viewed' needs every page, whatever the assessment", () => {
    expect(isCourseCompleted({ course: pagesRule, visited: all.slice(0, 3), passed: true })).toBe(false);
    expect(isCourseCompleted({ course: pagesRule, visited: all, passed: false })).toBe(true);
  });

  test("'all-pages-viewed' honours the LMS completion threshold", () => {
    expect(
      isCourseCompleted({
        course: pagesRule,
        visited: all.slice(0, 2),
        passed: undefined,
        completionThreshold: 0.5,
      }),
    ).toBe(true);
  });

  test("'assessment-passed' needs a passed submitted assessment", () => {
    expect(isCourseCompleted({ course, visited: all, passed: undefined })).toBe(false);
    expect(isCourseCompleted({ course, visited: all, passed: false })).toBe(false);
    expect(isCourseCompleted({ course, visited: [], passed: true })).toBe(true);
  });
});
