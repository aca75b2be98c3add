import { describe, expect, test } from 'vitest';
import type { ChoiceQuestion } from '@dlis/course/compiled';
import { courseQuestions } from '../../src/logic/course-routes.ts';
import { buildInteractionRecord, DESCRIPTION_MAX } from '../../src/logic/interaction-record.ts';
import { course } from '../fixtures/course.ts';

const q = (id: string) => courseQuestions(course).get(id)!.question as ChoiceQuestion;
const context = {
  lang: 'en',
  defaultLanguage: 'fr',
  latencyMs: 1234.4,
  timestamp: new Date('2026-01-02T03:04:05Z'),
};

describe('buildInteractionRecord', () => {
  test('a right single-choice answer', () => {
    expect(buildInteractionRecord(q('q1'), ['paris'], context)).toEqual({
      id: 'q1',
      type: 'choice',
      description: 'What is the capital of France?',
      response: { type: 'choice', choices: ['paris'] },
      // Computed at build time (@dlis/course, the kind's `correct`): the record only carries them.
      correctPatterns: { scorm12: ['a'], scorm2004: ['paris'], xapi: ['paris'] },
      result: 'correct',
      weighting: 1,
      score: { raw: 1, max: 1 },
      latencyMs: 1234,
      timestamp: context.timestamp,
    });
  });

  test('true-false type, wrong answer, description in the learner language', () => {
    const record = buildInteractionRecord(q('q3'), ['false'], { ...context, lang: 'fr' });
    expect(record).toMatchObject({
      type: 'true-false',
      result: 'incorrect',
      response: { type: 'true-false', value: false },
      correctPatterns: { scorm12: ['t'], scorm2004: ['true'], xapi: ['true'] },
      description: 'Le Web est né au CERN.',
    });
  });

  test('response in course order, unknown ids dropped', () => {
    expect(buildInteractionRecord(q('q2'), ['chromium', 'zzz', 'firefox'], context)).toMatchObject({
      response: { type: 'choice', choices: ['firefox', 'chromium'] },
      result: 'correct',
    });
  });

  test('a question without correct choice is neutral', () => {
    const opinion = { ...q('q1'), choices: q('q1').choices.map((c) => ({ ...c, correct: false })) };
    expect(buildInteractionRecord(opinion, ['lyon'], context).result).toBe('neutral');
  });

  test('the description is the build-time plain text in the learner language, else the default one', () => {
    const described = { ...q('q1'), description: { fr: 'Capitale ?', en: 'Capital?' } };
    expect(buildInteractionRecord(described, ['paris'], context).description).toBe('Capital?');
    expect(buildInteractionRecord(described, ['paris'], { ...context, lang: 'de' }).description).toBe(
      'Capitale ?',
    );
    expect(DESCRIPTION_MAX).toBe(250);
  });
});
