import { describe, expect, test } from 'vitest';
import {
  formatIso8601Timestamp,
  scorm2004ChoiceTokens,
  scorm2004Description,
  scorm2004InteractionId,
  scorm2004InteractionValues,
  scorm2004Response,
} from '../../../src/adapters/scorm2004/interactions.ts';
import type { InteractionRecord } from '../../../src/index.ts';

/** long_identifier_type as Moodle validates it: URN form checked, and (older Moodle) an alphanumeric end. */
const MOODLE_LONG_IDENTIFIER = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
const ENDS_ALPHANUMERIC = /[A-Za-z0-9]$/;
/** short_identifier_type as Moodle validates it. */
const MOODLE_SHORT_IDENTIFIER = /^[\w.]{1,250}$/;
/** time (second,10,0) as Moodle validates it (fraction 1-2 digits, then a time zone). */
const MOODLE_TIME =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/;

const record: InteractionRecord = {
  id: 'q1',
  type: 'choice',
  description: 'Which\nones?',
  response: ['opt-c', 'opt-a'],
  correctResponse: ['opt-a'],
  result: 'incorrect',
  weighting: 2,
  latencyMs: 65_500,
  timestamp: new Date(Date.UTC(2026, 10, 28, 21, 53, 41, 127)),
};

describe('SCORM 2004 interaction mapping', () => {
  test('interaction ids are URNs built from course id and question id', () => {
    expect(scorm2004InteractionId('digital-agility', 'q1')).toBe('urn:dlis:digital-agility:q1');
    expect(scorm2004InteractionId('c', 'q 1/é')).toBe('urn:dlis:c:q%201%2F%C3%A9');
    expect(scorm2004InteractionId('c', 'q1_')).toBe('urn:dlis:c:q1%5F');
    for (const [course, question] of [
      ['c', 'q1'],
      ['cours été', 'quel?'],
      ['x', '-'],
      ['x', 'a b c {d}'],
    ] as const) {
      const id = scorm2004InteractionId(course, question);
      expect(id).toMatch(MOODLE_LONG_IDENTIFIER);
      expect(id).toMatch(ENDS_ALPHANUMERIC);
    }
  });

  test('choice tokens keep the ids where they are short identifiers, else use positions', () => {
    expect(scorm2004ChoiceTokens(['a', 'b.2', 'opt-c', 'opt d'])).toEqual(['a', 'b.2', 'opt_c', 'opt_d']);
    expect(scorm2004ChoiceTokens(['a-b', 'a_b'])).toEqual(['c1', 'c2']);
    expect(scorm2004ChoiceTokens(['', 'x'])).toEqual(['c1', 'c2']);
    expect(scorm2004ChoiceTokens(['x'.repeat(251), 'y'])).toEqual(['c1', 'c2']);
    for (const t of scorm2004ChoiceTokens(['é', 'ü', 'a b'])) expect(t).toMatch(MOODLE_SHORT_IDENTIFIER);
  });

  test('responses use [,] in choice order; true-false is true / false', () => {
    const choices = ['opt-a', 'opt-b', 'opt-c'];
    expect(scorm2004Response(['opt-c', 'opt-a'], 'choice', choices)).toBe('opt_a[,]opt_c');
    expect(scorm2004Response(['opt-a', 'opt-a'], 'choice', choices)).toBe('opt_a');
    expect(scorm2004Response(['zz', 'opt-b'], 'choice', choices)).toBe('opt_b[,]zz');
    expect(scorm2004Response(['true'], 'true-false')).toBe('true');
    expect(scorm2004Response(['false'], 'true-false')).toBe('false');
    const many = Array.from({ length: 36 }, (_, i) => `c-${i}`);
    expect(scorm2004Response(many, 'choice', many).split('[,]')).toHaveLength(36);
  });

  test('descriptions are one line of at most 250 characters that cannot open a {lang=} delimiter', () => {
    expect(scorm2004Description('  Which\n\tones?  ')).toBe('Which ones?');
    expect(scorm2004Description('{lang=fr} nope')).toBe('(lang=fr} nope');
    const long = scorm2004Description('é'.repeat(400));
    expect([...long]).toHaveLength(250);
    expect(long.endsWith('…')).toBe(true);
  });

  test('timestamps are UTC with centiseconds and a time zone', () => {
    expect(formatIso8601Timestamp(record.timestamp)).toBe('2026-11-28T21:53:41.12Z');
    expect(formatIso8601Timestamp(record.timestamp)).toMatch(MOODLE_TIME);
  });

  test('values of a new answer, in write order', () => {
    expect(scorm2004InteractionValues(record, 0, 'course', true, ['opt-a', 'opt-b', 'opt-c'])).toEqual([
      ['cmi.interactions.0.id', 'urn:dlis:course:q1'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.description', 'Which ones?'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'opt_a'],
      ['cmi.interactions.0.learner_response', 'opt_a[,]opt_c'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.interactions.0.weighting', '2'],
      ['cmi.interactions.0.latency', 'PT1M5.5S'],
      ['cmi.interactions.0.timestamp', '2026-11-28T21:53:41.12Z'],
    ]);
  });

  test('updating an existing entry does not rewrite its id', () => {
    const values = scorm2004InteractionValues({ ...record, result: 'correct' }, 4, 'course', false);
    expect(values[0]).toEqual(['cmi.interactions.4.type', 'choice']);
    expect(values.map(([k]) => k)).not.toContain('cmi.interactions.4.id');
    expect(values).toContainEqual(['cmi.interactions.4.result', 'correct']);
  });
});
