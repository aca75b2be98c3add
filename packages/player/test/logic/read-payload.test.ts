import { describe, expect, test } from 'vitest';
import { PlayerError } from '../../src/errors.ts';
import { checkPayload, parsePayload } from '../../src/logic/read-payload.ts';
import { payload } from '../fixtures/course.ts';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof PlayerError ? error.code : 'not a PlayerError';
  }
  return undefined;
};

describe('payload', () => {
  test('a format-1 payload is accepted', () => {
    expect(parsePayload(JSON.stringify(payload)).course.id).toBe('demo-course');
  });

  test('missing, broken or course-less payloads are PLAYER_E_NO_COURSE', () => {
    expect(codeOf(() => parsePayload(null))).toBe('PLAYER_E_NO_COURSE');
    expect(codeOf(() => parsePayload('{oops'))).toBe('PLAYER_E_NO_COURSE');
    expect(codeOf(() => checkPayload({ target: 'web' }))).toBe('PLAYER_E_NO_COURSE');
  });

  test('another format is PLAYER_E_COURSE_FORMAT, with the format for the message', () => {
    const future = { ...payload, course: { ...payload.course, format: 2 } };
    expect(codeOf(() => checkPayload(future))).toBe('PLAYER_E_COURSE_FORMAT');
    try {
      checkPayload(future);
    } catch (error) {
      expect((error as PlayerError).params).toEqual({ format: '2' });
    }
  });
});
