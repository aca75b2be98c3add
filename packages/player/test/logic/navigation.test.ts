import { describe, expect, test } from 'vitest';
import { courseRoutes, RESULTS_ROUTE } from '../../src/logic/course-routes.ts';
import { isRoute, nextRoute, previousRoute } from '../../src/logic/navigation.ts';
import { course } from '../fixtures/course.ts';

describe('navigation', () => {
  test('routes are the pages in order, then the result page when there is an assessment', () => {
    expect(courseRoutes(course)).toEqual(['welcome', 'quiz-1', 'quiz-2', 'end', RESULTS_ROUTE]);
    const none = { ...course, assessment: { ...course.assessment, questionIds: [], maxPoints: 0 } };
    expect(courseRoutes(none)).toEqual(['welcome', 'quiz-1', 'quiz-2', 'end']);
    expect(nextRoute(none, 'end')).toBeUndefined();
  });

  test('next crosses modules and reaches the result page; previous goes back', () => {
    expect(nextRoute(course, 'quiz-1')).toBe('quiz-2');
    expect(nextRoute(course, 'end')).toBe(RESULTS_ROUTE);
    expect(nextRoute(course, RESULTS_ROUTE)).toBeUndefined();
    expect(previousRoute(course, RESULTS_ROUTE)).toBe('end');
    expect(previousRoute(course, 'quiz-2')).toBe('quiz-1');
    expect(previousRoute(course, 'welcome')).toBeUndefined();
  });

  test('unknown routes lead nowhere', () => {
    expect(nextRoute(course, 'nope')).toBeUndefined();
    expect(previousRoute(course, 'nope')).toBeUndefined();
    expect(isRoute(course, 'nope')).toBe(false);
    expect(isRoute(course, RESULTS_ROUTE)).toBe(true);
  });
});
