import { describe, expect, test } from 'vitest';
import { launchVariableValues } from '../../src/logic/course-variables.ts';
import { conditionalCourse } from '../fixtures/conditional-course.ts';

describe('launchVariableValues', () => {
  test('reads the launch parameter from the URL query', () => {
    expect(launchVariableValues(conditionalCourse, { query: '?lang=fr&country=be' })).toEqual({
      country: 'be',
    });
  });

  test('cmi5 launchParameters (JSON or query string) win over the URL query', () => {
    expect(
      launchVariableValues(conditionalCourse, { query: '?country=be', launchParameters: '{"country":"fr"}' }),
    ).toEqual({ country: 'fr' });
    expect(launchVariableValues(conditionalCourse, { launchParameters: 'country=be' })).toEqual({
      country: 'be',
    });
  });

  test('ignores a value the variable does not have, and variables without a launch parameter', () => {
    expect(launchVariableValues(conditionalCourse, { query: '?country=de' })).toEqual({});
    const withoutParameter = {
      variables: conditionalCourse.variables!.map(({ launchParameter: _, ...v }) => v),
    };
    expect(launchVariableValues(withoutParameter, { query: '?country=be' })).toEqual({});
  });
});
