import { describe, expect, test } from 'vitest';
import {
  SCORM12_CHOICE_TOKENS,
  formatScorm12Time,
  scorm12InteractionId,
  scorm12InteractionValues,
  scorm12Response,
  scorm12Weighting,
} from '../../../src/adapters/scorm12/interactions.ts';
import type { InteractionRecord } from '../../../src/index.ts';

/** The strict SCORM 1.2 CMIIdentifier (RTE 1.2 data types), stricter than what scorm-again accepts. */
const STRICT_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;

const record: InteractionRecord = {
  id: 'quiz.q1',
  type: 'choice',
  description: 'Which ones?',
  response: ['opt-c', 'opt-a'],
  correctResponse: ['opt-a', 'opt-b'],
  result: 'incorrect',
  weighting: 2,
  latencyMs: 65_500,
  timestamp: new Date(2026, 10, 28, 9, 5, 7),
};

describe('SCORM 1.2 interaction mapping', () => {
  test('interaction ids are strict CMIIdentifiers', () => {
    expect(scorm12InteractionId('quiz.q1')).toBe('quiz_q1');
    expect(scorm12InteractionId('q 1/é')).toBe('q_1__');
    expect(scorm12InteractionId('')).toBe('question');
    expect(scorm12InteractionId('x'.repeat(300))).toHaveLength(255);
    for (const id of ['a', 'q-1_b', 'ünïcödé', 'with space', '.'])
      expect(scorm12InteractionId(id)).toMatch(STRICT_IDENTIFIER);
  });

  test('choices become single characters a-z then 0-9, by position, in choice order', () => {
    const choices = ['opt-a', 'opt-b', 'opt-c'];
    expect(scorm12Response(['opt-c', 'opt-a'], 'choice', choices)).toBe('a,c');
    expect(scorm12Response(['opt-b', 'opt-b'], 'choice', choices)).toBe('b');
    expect(scorm12Response([], 'choice', choices)).toBe('');
    const many = Array.from({ length: 36 }, (_, i) => `c${i}`);
    expect(scorm12Response(['c0', 'c25', 'c26', 'c35'], 'choice', many)).toBe('a,z,0,9');
    expect(SCORM12_CHOICE_TOKENS).toHaveLength(36);
  });

  test('falls back to identifier tokens (≤ 255 chars) without a usable choice list', () => {
    expect(scorm12Response(['opt a', 'b'], 'choice')).toBe('opt_a,b');
    expect(scorm12Response(['opt-a', 'unknown'], 'choice', ['opt-a'])).toBe('opt-a,unknown');
    const tooMany = Array.from({ length: 37 }, (_, i) => `choice-number-${i}`);
    const response = scorm12Response(tooMany, 'choice', tooMany);
    expect(response.length).toBeLessThanOrEqual(255);
    expect(response.startsWith('choice-number-0,choice-number-1,')).toBe(true);
    expect(response.endsWith(',')).toBe(false);
  });

  test('true-false is t / f', () => {
    expect(scorm12Response(['true'], 'true-false')).toBe('t');
    expect(scorm12Response(['false'], 'true-false')).toBe('f');
    expect(scorm12Response([], 'true-false')).toBe('');
  });

  test('weighting is clamped to -100..100', () => {
    expect(scorm12Weighting(150)).toBe('100');
    expect(scorm12Weighting(-101)).toBe('-100');
    expect(scorm12Weighting(1.234)).toBe('1.23');
    expect(scorm12Weighting(Number.NaN)).toBe('0');
  });

  test('time is the local clock time as CMITime', () => {
    expect(formatScorm12Time(new Date(2026, 0, 1, 23, 59, 9))).toBe('23:59:09');
  });

  test('values of one answer, in write order, with the 1.2 vocabulary', () => {
    expect(scorm12InteractionValues(record, 3, ['opt-a', 'opt-b', 'opt-c'])).toEqual([
      ['cmi.interactions.3.id', 'quiz_q1'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.student_response', 'a,c'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'a,b'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.weighting', '2'],
      ['cmi.interactions.3.latency', '00:01:05.50'],
      ['cmi.interactions.3.time', '09:05:07'],
    ]);
  });

  test('a neutral answer without a correct response writes no pattern', () => {
    const values = scorm12InteractionValues({ ...record, result: 'neutral', correctResponse: [] }, 0, [
      'opt-a',
      'opt-c',
    ]);
    expect(values.map(([k]) => k)).not.toContain('cmi.interactions.0.correct_responses.0.pattern');
    expect(values).toContainEqual(['cmi.interactions.0.result', 'neutral']);
  });
});
