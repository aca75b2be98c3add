import { describe, expect, test } from 'vitest';
import { questionTexts, type QuestionWithoutTexts } from '@dlis/course/compiled';

// Each question kind's correct responses, written at build time as SCORM 1.2, SCORM 2004 and xAPI patterns
// (the values tracking's adapters wrote at run time before): the player and tracking only read them.
const both = (fr: string, en: string) => ({ fr, en });
const common = {
  type: 'question' as const,
  scored: true,
  points: 1,
  maxAttempts: 0,
  feedback: {},
  prompt: both('Question', 'Question'),
};
const patterns = (q: QuestionWithoutTexts) => questionTexts(q, ['fr', 'en'], 'fr').correctPatterns;
const choices = (...correct: boolean[]) =>
  correct.map((right, i) => ({
    id: `c${i + 1}`,
    label: both('x', 'x'),
    correct: right,
    weight: right ? 1 : 0,
  }));

describe('correct patterns computed at build time, per kind', () => {
  test('choices: tokens of the right choices (1.2: letters by position), none for an opinion', () => {
    expect(
      patterns({ ...common, id: 'm', kind: 'multiple-choice', choices: choices(false, true, true) }),
    ).toEqual({
      scorm12: ['b,c'],
      scorm2004: ['c2[,]c3'],
      xapi: ['c2[,]c3'],
    });
    expect(patterns({ ...common, id: 's', kind: 'single-choice', choices: choices(false, false) })).toEqual({
      scorm12: [],
      scorm2004: [],
      xapi: [],
    });
    const trueFalse = [
      { id: 'true', label: both('Vrai', 'True'), correct: false, weight: 0 },
      { id: 'false', label: both('Faux', 'False'), correct: true, weight: 1 },
    ];
    expect(patterns({ ...common, id: 't', kind: 'true-false', choices: trueFalse })).toEqual({
      scorm12: ['f'],
      scorm2004: ['false'],
      xapi: ['false'],
    });
  });

  test('numeric: an exact value is a one-number range in 2004; an open range has no 1.2 form', () => {
    const numeric = { ...common, id: 'n', kind: 'numeric' as const, decimals: 0 };
    expect(patterns({ ...numeric, exact: 12 })).toEqual({
      scorm12: ['12'],
      scorm2004: ['12[:]12'],
      xapi: ['12'],
    });
    expect(patterns({ ...numeric, min: 10 })).toEqual({ scorm12: [], scorm2004: ['10[:]'], xapi: ['10[:]'] });
  });

  test('fill-in: by language, the learner language first, an answer shared by two languages once', () => {
    const fillIn: QuestionWithoutTexts = {
      ...common,
      id: 'f',
      kind: 'fill-in',
      accepted: { fr: ['Wi-Fi', 'réseau'], en: ['Wi-Fi', 'network'] },
      caseSensitive: true,
      accentSensitive: false,
      maxLength: 40,
    };
    expect(patterns(fillIn)).toEqual({
      byLanguage: {
        fr: {
          scorm12: ['Wi-Fi', 'réseau', 'network'],
          scorm2004: [
            '{case_matters=true}{lang=fr}Wi-Fi',
            '{case_matters=true}{lang=fr}réseau',
            '{case_matters=true}{lang=en}network',
          ],
          xapi: [
            '{case_matters=true}{lang=fr}Wi-Fi',
            '{case_matters=true}{lang=fr}réseau',
            '{case_matters=true}{lang=en}network',
          ],
        },
        en: {
          scorm12: ['Wi-Fi', 'network', 'réseau'],
          scorm2004: [
            '{case_matters=true}{lang=en}Wi-Fi',
            '{case_matters=true}{lang=en}network',
            '{case_matters=true}{lang=fr}réseau',
          ],
          xapi: [
            '{case_matters=true}{lang=en}Wi-Fi',
            '{case_matters=true}{lang=en}network',
            '{case_matters=true}{lang=fr}réseau',
          ],
        },
      },
    });
  });
});
