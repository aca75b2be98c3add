import { describe, expect, test } from 'vitest';
import {
  formatIso8601Timestamp,
  scorm2004ChoiceTokens,
  scorm2004Description,
  scorm2004InteractionId,
  scorm2004InteractionValues,
  scorm2004Value,
} from '../../../src/adapters/scorm2004/interactions.ts';
import { withPatterns, type TypedAnswer } from '../../support/with-patterns.ts';

/** long_identifier_type as Moodle validates it: URN form checked, and (older Moodle) an alphanumeric end. */
const MOODLE_LONG_IDENTIFIER = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
const ENDS_ALPHANUMERIC = /[A-Za-z0-9]$/;
/** short_identifier_type as Moodle validates it. */
const MOODLE_SHORT_IDENTIFIER = /^[\w.]{1,250}$/;
/** time (second,10,0) as Moodle validates it (fraction 1-2 digits, then a time zone). */
const MOODLE_TIME =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/;

const record: TypedAnswer = {
  id: 'q1',
  type: 'choice',
  description: 'Which\nones?',
  response: { type: 'choice', choices: ['opt-c', 'opt-a'] },
  correctResponses: [{ type: 'choice', choices: ['opt-a'] }],
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

  test('choice: tokens joined by [,] in choice order; true-false is true / false', () => {
    const options = ['opt-a', 'opt-b', 'opt-c'];
    const choice = (...choices: string[]) =>
      scorm2004Value({ type: 'choice', choices }, 'response', { options });
    expect(choice('opt-c', 'opt-a')).toBe('opt_a[,]opt_c');
    expect(choice('opt-a', 'opt-a')).toBe('opt_a');
    expect(choice('zz', 'opt-b')).toBe('opt_b[,]zz');
    expect(choice()).toBeUndefined();
    expect(scorm2004Value({ type: 'true-false', value: true }, 'response')).toBe('true');
    expect(scorm2004Value({ type: 'true-false', value: false }, 'pattern')).toBe('false');
    const many = Array.from({ length: 40 }, (_, i) => `c-${i}`);
    const all = scorm2004Value({ type: 'choice', choices: many }, 'response', { options: many }) ?? '';
    expect(all.split('[,]')).toHaveLength(36);
  });

  test('matching: source[.]target pairs joined by [,]', () => {
    const context = { options: ['report', 'delete'], sources: ['phishing', 'spam mail'] };
    const pairs: [string, string][] = [
      ['phishing', 'report'],
      ['spam mail', 'delete'],
    ];
    expect(scorm2004Value({ type: 'matching', pairs }, 'pattern', context)).toBe(
      'phishing[.]report[,]spam_mail[.]delete',
    );
    expect(
      scorm2004Value({ type: 'matching', pairs: [['phishing', '']] }, 'response', context),
    ).toBeUndefined();
    for (const node of (scorm2004Value({ type: 'matching', pairs }, 'response', context) ?? '').split(
      /\[[,.]\]/,
    ))
      expect(node).toMatch(MOODLE_SHORT_IDENTIFIER);
  });

  test('sequencing: item tokens in the learner order', () => {
    const options = ['lock', 'report', 'change'];
    expect(
      scorm2004Value({ type: 'sequencing', order: ['change', 'lock', 'report'] }, 'response', { options }),
    ).toBe('change[,]lock[,]report');
  });

  test('fill-in: one line of ≤ 250 characters, delimiters defused, {case_matters=true} and {lang=} on patterns', () => {
    const fill = (text: string, kind: 'response' | 'pattern', extra: object = {}) =>
      scorm2004Value({ type: 'fill-in', text, ...extra }, kind);
    expect(fill('Hameçonnage', 'response', { lang: 'fr' })).toBe('{lang=fr}Hameçonnage');
    expect(fill('Phishing', 'pattern', { caseMatters: true, lang: 'en' })).toBe(
      '{case_matters=true}{lang=en}Phishing',
    );
    expect(fill('phishing', 'pattern', { caseMatters: false })).toBe('phishing');
    expect(fill('a[,]b\nc', 'response')).toBe('a,b c');
    expect(fill('{x}', 'response')).toBe('(x}');
    expect(fill('  ', 'response')).toBeUndefined();
    expect(fill('', 'pattern')).toBe('');
    expect(fill('x', 'response', { lang: 'not a tag' })).toBe('x');
    expect(fill('é'.repeat(300), 'response')).toHaveLength(250);
    const emoji = fill('a' + '😀'.repeat(200), 'response') ?? '';
    expect(emoji).toHaveLength(249);
  });

  test('numeric: a real as response, a min[:]max range as pattern', () => {
    expect(scorm2004Value({ type: 'numeric', value: 27.5 }, 'response')).toBe('27.5');
    expect(scorm2004Value({ type: 'numeric', value: 4 }, 'pattern')).toBe('4[:]4');
    expect(scorm2004Value({ type: 'numeric-range', min: 25, max: 30 }, 'pattern')).toBe('25[:]30');
    expect(scorm2004Value({ type: 'numeric-range', min: -1.5 }, 'pattern')).toBe('-1.5[:]');
    expect(scorm2004Value({ type: 'numeric-range', max: 1e-7 }, 'pattern')).toBe('[:]0.0000001');
    expect(scorm2004Value({ type: 'numeric-range' }, 'pattern')).toBeUndefined();
    expect(scorm2004Value({ type: 'numeric', value: Number.POSITIVE_INFINITY }, 'response')).toBeUndefined();
  });

  test('likert: the short identifier of the chosen point', () => {
    expect(scorm2004Value({ type: 'likert', choice: '' }, 'response')).toBeUndefined();
    expect(
      scorm2004Value({ type: 'likert', choice: 'very-high' }, 'response', { options: ['low', 'very-high'] }),
    ).toBe('very_high');
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
    const options = ['opt-a', 'opt-b', 'opt-c'];
    expect(scorm2004InteractionValues(withPatterns(record, options), 0, 'course', true, options)).toEqual([
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
    const values = scorm2004InteractionValues(
      withPatterns({ ...record, result: 'correct' }),
      4,
      'course',
      false,
    );
    expect(values[0]).toEqual(['cmi.interactions.4.type', 'choice']);
    expect(values.map(([k]) => k)).not.toContain('cmi.interactions.4.id');
    expect(values).toContainEqual(['cmi.interactions.4.result', 'correct']);
  });

  test('several patterns up to the SPM of the type, numbered without gaps', () => {
    const fillIn: TypedAnswer = {
      ...record,
      type: 'fill-in',
      response: { type: 'fill-in', text: 'x' },
      correctResponses: Array.from({ length: 7 }, (_, i) => ({
        type: 'fill-in' as const,
        text: `answer ${i}`,
      })),
    };
    const patterns = scorm2004InteractionValues(withPatterns(fillIn), 0, 'c', true).filter(([k]) =>
      k.includes('correct_'),
    );
    expect(patterns.map(([k]) => k)).toEqual(
      [0, 1, 2, 3, 4].map((k) => `cmi.interactions.0.correct_responses.${k}.pattern`),
    );
    const numeric: TypedAnswer = {
      ...record,
      type: 'numeric',
      response: { type: 'numeric', value: 1 },
      correctResponses: [
        { type: 'numeric-range' },
        { type: 'numeric-range', min: 0, max: 2 },
        { type: 'numeric', value: 1 },
      ],
    };
    expect(
      scorm2004InteractionValues(withPatterns(numeric), 2, 'c', false).filter(([k]) =>
        k.includes('correct_'),
      ),
    ).toEqual([['cmi.interactions.2.correct_responses.0.pattern', '0[:]2']]);
  });

  test('scenario decision ids become URNs too', () => {
    expect(scorm2004InteractionId('digital-safety', 'sc-call.1.2')).toBe(
      'urn:dlis:digital-safety:sc-call.1.2',
    );
  });
});
