import { describe, expect, test } from 'vitest';
import {
  SCORM12_CHOICE_TOKENS,
  formatScorm12Time,
  scorm12InteractionId,
  scorm12InteractionValues,
  scorm12Value,
  scorm12Weighting,
} from '../../../src/adapters/scorm12/interactions.ts';
import { withPatterns, type TypedAnswer } from '../../support/with-patterns.ts';

/** The strict SCORM 1.2 CMIIdentifier (RTE 1.2 data types), stricter than what scorm-again accepts. */
const STRICT_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;

const record: TypedAnswer = {
  id: 'quiz.q1',
  type: 'choice',
  description: 'Which ones?',
  response: { type: 'choice', choices: ['opt-c', 'opt-a'] },
  correctResponses: [{ type: 'choice', choices: ['opt-a', 'opt-b'] }],
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
    expect(scorm12InteractionId('x'.repeat(300))).not.toBe(scorm12InteractionId('x'.repeat(301)));
    expect(scorm12InteractionId('sc-call.1.2')).toBe('sc-call_1_2');
    for (const id of ['a', 'q-1_b', 'ünïcödé', 'with space', '.'])
      expect(scorm12InteractionId(id)).toMatch(STRICT_IDENTIFIER);
  });

  test('choices become single characters a-z then 0-9, by position, in choice order', () => {
    const options = ['opt-a', 'opt-b', 'opt-c'];
    const choice = (...choices: string[]) => scorm12Value({ type: 'choice', choices }, { options });
    expect(choice('opt-c', 'opt-a')).toBe('a,c');
    expect(choice('opt-b', 'opt-b')).toBe('b');
    expect(choice()).toBeUndefined();
    const many = Array.from({ length: 36 }, (_, i) => `c${i}`);
    expect(scorm12Value({ type: 'choice', choices: ['c0', 'c25', 'c26', 'c35'] }, { options: many })).toBe(
      'a,z,0,9',
    );
    expect(SCORM12_CHOICE_TOKENS).toHaveLength(36);
  });

  test('falls back to identifier tokens (≤ 255 chars) without a usable option list', () => {
    expect(scorm12Value({ type: 'choice', choices: ['opt a', 'b'] })).toBe('opt_a,b');
    expect(scorm12Value({ type: 'choice', choices: ['opt-a', 'unknown'] }, { options: ['opt-a'] })).toBe(
      'opt-a,unknown',
    );
    const tooMany = Array.from({ length: 37 }, (_, i) => `choice-number-${i}`);
    const response = scorm12Value({ type: 'choice', choices: tooMany }, { options: tooMany }) ?? '';
    expect(response.length).toBeLessThanOrEqual(255);
    expect(response.startsWith('choice-number-0,choice-number-1,')).toBe(true);
    expect(response.endsWith(',')).toBe(false);
  });

  test('true-false is t / f', () => {
    expect(scorm12Value({ type: 'true-false', value: true })).toBe('t');
    expect(scorm12Value({ type: 'true-false', value: false })).toBe('f');
  });

  test('matching: source.target pairs, sources 1-9 by position, targets a-z by position', () => {
    const context = { options: ['report', 'delete', 'ignore'], sources: ['phishing', 'spam'] };
    const pairs: [string, string][] = [
      ['phishing', 'report'],
      ['spam', 'ignore'],
    ];
    expect(scorm12Value({ type: 'matching', pairs }, context)).toBe('1.a,2.c');
    expect(scorm12Value({ type: 'matching', pairs: [['other', 'x y']] }, context)).toBe('other.x_y');
    expect(scorm12Value({ type: 'matching', pairs: [] }, context)).toBeUndefined();
    expect(
      scorm12Value(
        {
          type: 'matching',
          pairs: [
            ['phishing', ''],
            ['spam', 'delete'],
          ],
        },
        context,
      ),
    ).toBe('2.b');
  });

  test('sequencing: the item tokens in the learner order', () => {
    const options = ['lock', 'report', 'change'];
    expect(scorm12Value({ type: 'sequencing', order: ['change', 'lock', 'report'] }, { options })).toBe(
      'c,a,b',
    );
  });

  test('fill-in: the text on one line, ≤ 255 characters, case flag dropped (1.2 has none)', () => {
    expect(scorm12Value({ type: 'fill-in', text: 'Phishing', caseMatters: true })).toBe('Phishing');
    expect(scorm12Value({ type: 'fill-in', text: 'two\nlines' })).toBe('two lines');
    expect(scorm12Value({ type: 'fill-in', text: 'é'.repeat(300) })).toHaveLength(255);
    const emoji = scorm12Value({ type: 'fill-in', text: 'ab' + '😀'.repeat(200) }) ?? '';
    expect(emoji).toHaveLength(254);
    expect(emoji.endsWith('😀')).toBe(true);
    expect(scorm12Value({ type: 'fill-in', text: '' })).toBeUndefined();
  });

  test('numeric: a CMIDecimal; a range only when it is one number', () => {
    expect(scorm12Value({ type: 'numeric', value: 27.5 })).toBe('27.5');
    expect(scorm12Value({ type: 'numeric', value: 1e-7 })).toBe('0.0000001');
    expect(scorm12Value({ type: 'numeric', value: -2e20 })).toBe('-200000000000000000000');
    expect(scorm12Value({ type: 'numeric', value: Number.NaN })).toBeUndefined();
    expect(scorm12Value({ type: 'numeric-range', min: 4, max: 4 })).toBe('4');
    expect(scorm12Value({ type: 'numeric-range', min: 25, max: 30 })).toBeUndefined();
    expect(scorm12Value({ type: 'numeric-range', min: 25 })).toBeUndefined();
  });

  test('likert: the token of the chosen point', () => {
    const options = ['low', 'medium', 'high'];
    expect(scorm12Value({ type: 'likert', choice: 'high' }, { options })).toBe('c');
    expect(scorm12Value({ type: 'likert', choice: 'very high' }, { options })).toBe('very_high');
    expect(scorm12Value({ type: 'likert', choice: '' }, { options })).toBeUndefined();
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
    const options = ['opt-a', 'opt-b', 'opt-c'];
    expect(scorm12InteractionValues(withPatterns(record, options), 3, options)).toEqual([
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
    const options = ['opt-a', 'opt-c'];
    const neutral = withPatterns({ ...record, result: 'neutral', correctResponses: [] }, options);
    const values = scorm12InteractionValues(neutral, 0, options);
    expect(values.map(([k]) => k)).not.toContain('cmi.interactions.0.correct_responses.0.pattern');
    expect(values).toContainEqual(['cmi.interactions.0.result', 'neutral']);
  });

  test('every correct pattern with a 1.2 form is written, numbered without gaps', () => {
    const values = scorm12InteractionValues(
      withPatterns({
        ...record,
        type: 'numeric',
        response: { type: 'numeric', value: 3 },
        correctResponses: [
          { type: 'numeric-range', min: 1, max: 5 },
          { type: 'numeric', value: 3 },
          { type: 'numeric-range', min: 7, max: 7 },
        ],
      }),
      0,
    );
    expect(values.filter(([k]) => k.includes('correct_responses'))).toEqual([
      ['cmi.interactions.0.correct_responses.0.pattern', '3'],
      ['cmi.interactions.0.correct_responses.1.pattern', '7'],
    ]);
    expect(values).toContainEqual(['cmi.interactions.0.student_response', '3']);
  });
});
