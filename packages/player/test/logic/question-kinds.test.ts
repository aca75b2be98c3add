import { describe, expect, test } from 'vitest';
import type { QuestionBlock } from '@dlis/course/compiled';
import { courseQuestions } from '../../src/logic/course-routes.ts';
import { expectedAnswer } from '../../src/logic/expected-answer.ts';
import { buildInteractionRecord } from '../../src/logic/interaction-record.ts';
import { scoreQuestion } from '../../src/logic/score-question.ts';
import { featureCourse } from '../fixtures/feature-course.ts';

const q = (id: string): QuestionBlock => {
  const ref = courseQuestions(featureCourse).get(id);
  if (!ref) throw new Error(`no question ${id}`);
  return ref.question;
};
const context = { lang: 'fr', defaultLanguage: 'fr', latencyMs: 10, timestamp: new Date(0) };

describe('scoring by kind', () => {
  test('matching: share of right pairs', () => {
    expect(scoreQuestion(q('m1'), ['write', 'find'])).toMatchObject({ score: 2, correct: true });
    expect(scoreQuestion(q('m1'), ['write', 'pay'])).toMatchObject({ score: 1, correct: false });
    expect(scoreQuestion(q('m1'), ['', ''])).toMatchObject({ score: 0, correct: false });
  });

  test('ordering: all or nothing', () => {
    expect(scoreQuestion(q('o1'), ['first', 'second', 'third'])).toMatchObject({ score: 1, correct: true });
    expect(scoreQuestion(q('o1'), ['second', 'first', 'third'])).toMatchObject({ score: 0, correct: false });
    expect(scoreQuestion(q('o1'), ['first', 'second'])).toMatchObject({ score: 0 });
  });

  test('fill-in: case, accents and spaces ignored by default; any language accepted', () => {
    expect(scoreQuestion(q('f1'), ['  MEDIATEUR '])).toMatchObject({ score: 1, correct: true });
    expect(scoreQuestion(q('f1'), ['mediator'])).toMatchObject({ correct: true });
    expect(scoreQuestion(q('f1'), ['animateur'])).toMatchObject({ score: 0, correct: false });
    expect(scoreQuestion(q('f1'), [''])).toMatchObject({ correct: false });
    const strict = { ...q('f1'), caseSensitive: true, accentSensitive: true } as QuestionBlock;
    expect(scoreQuestion(strict, ['mediateur']).correct).toBe(false);
    expect(scoreQuestion(strict, ['médiateur']).correct).toBe(true);
  });

  test('numeric: range inclusive, exact, "," accepted', () => {
    expect(scoreQuestion(q('n1'), ['27.7']).correct).toBe(true);
    expect(scoreQuestion(q('n1'), ['27,7']).correct).toBe(true);
    expect(scoreQuestion(q('n1'), ['28']).correct).toBe(true);
    expect(scoreQuestion(q('n1'), ['28.1']).correct).toBe(false);
    expect(scoreQuestion(q('n1'), ['abc']).correct).toBe(false);
    const exact = { ...q('n1'), exact: 12, min: undefined, max: undefined } as QuestionBlock;
    expect(scoreQuestion(exact, ['12.0']).correct).toBe(true);
    expect(scoreQuestion(exact, ['12.1']).correct).toBe(false);
  });

  test('likert: neutral, never scored', () => {
    expect(scoreQuestion(q('l1'), ['yes'])).toEqual({ score: 0, maxScore: 0, correct: false, neutral: true });
  });
});

describe('interaction records by kind', () => {
  test('matching → pairs; unmatched sources left out of the response', () => {
    const r = buildInteractionRecord(q('m1'), ['write', ''], context);
    expect(r).toMatchObject({
      type: 'matching',
      response: { type: 'matching', pairs: [['mail', 'write']] },
      sources: ['mail', 'map'],
      correctPatterns: {
        scorm12: ['1.a,2.b'],
        scorm2004: ['mail[.]write[,]map[.]find'],
        xapi: ['mail[.]write[,]map[.]find'],
      },
      result: 'incorrect',
      weighting: 2,
    });
  });

  test('ordering → sequencing', () => {
    const r = buildInteractionRecord(q('o1'), ['first', 'second', 'third'], context);
    expect(r).toMatchObject({
      type: 'sequencing',
      response: { type: 'sequencing', order: ['first', 'second', 'third'] },
      correctPatterns: {
        scorm12: ['a,b,c'],
        scorm2004: ['first[,]second[,]third'],
        xapi: ['first[,]second[,]third'],
      },
      result: 'correct',
    });
  });

  test('fill-in → text with caseMatters, one pattern per accepted answer, the learner language first', () => {
    const r = buildInteractionRecord(q('f1'), ['Médiateur'], context);
    expect(r).toMatchObject({
      type: 'fill-in',
      response: { type: 'fill-in', text: 'Médiateur', caseMatters: false },
      correctPatterns: {
        scorm12: ['médiateur', 'mediator'],
        scorm2004: ['{lang=fr}médiateur', '{lang=en}mediator'],
        xapi: ['{lang=fr}médiateur', '{lang=en}mediator'],
      },
      result: 'correct',
    });
    expect(buildInteractionRecord(q('f1'), ['mediator'], { ...context, lang: 'en' }).correctPatterns).toEqual(
      {
        scorm12: ['mediator', 'médiateur'],
        scorm2004: ['{lang=en}mediator', '{lang=fr}médiateur'],
        xapi: ['{lang=en}mediator', '{lang=fr}médiateur'],
      },
    );
  });

  test('numeric → value, and a range as correct response (SCORM 1.2 has no range syntax)', () => {
    expect(buildInteractionRecord(q('n1'), ['27.5'], context)).toMatchObject({
      type: 'numeric',
      response: { type: 'numeric', value: 27.5 },
      correctPatterns: { scorm12: [], scorm2004: ['27[:]28'], xapi: ['27[:]28'] },
      result: 'correct',
    });
  });

  test('likert → likert, neutral, no correct response', () => {
    expect(buildInteractionRecord(q('l1'), ['mid'], context)).toMatchObject({
      type: 'likert',
      response: { type: 'likert', choice: 'mid' },
      correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
      result: 'neutral',
    });
  });
});

describe('expectedAnswer', () => {
  test('per kind, in the language', () => {
    expect(expectedAnswer(q('m1'), 'fr', 'fr')).toBe('Courriel → Écrire ; Carte → Se repérer');
    expect(expectedAnswer(q('o1'), 'en', 'fr')).toBe('Switch on → Log in → Browse');
    expect(expectedAnswer(q('f1'), 'en', 'fr')).toBe('mediator');
    expect(expectedAnswer(q('n1'), 'fr', 'fr')).toBe('27 – 28 %');
    expect(expectedAnswer(q('l1'), 'fr', 'fr')).toBeUndefined();
    expect(expectedAnswer(q('bq1'), 'en', 'fr')).toBe('Yes');
  });
});
