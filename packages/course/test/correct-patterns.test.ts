import { describe, expect, test } from 'vitest';
import { dlisAgilityModel } from '@dlis/agility';
import {
  compiledBlockKind,
  questionTexts,
  type QuestionWithoutTexts,
  type QuestionnaireBlock,
  type ScenarioBlock,
} from '@dlis/course/compiled';

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

describe('correct patterns of scenario decisions and questionnaire items, computed at build time', () => {
  const course = { languages: ['fr', 'en'], defaultLanguage: 'fr', variables: [] };
  const choice = (id: string, score: number, next: string) => ({ id, label: both(id, id), score, next });

  test('a situation: its best-scored choices, tokens from every choice of the scenario; none when all tie', () => {
    const block = compiledBlockKind('scenario').complete!(
      {
        type: 'scenario',
        id: 'sc',
        title: both('Cas', 'Case'),
        start: 's1',
        situations: [
          {
            id: 's1',
            html: both('<p>Un</p>', '<p>One</p>'),
            choices: [choice('rush', 0, 's2'), choice('listen', 2, 's2'), choice('ask', 2, 's2')],
          },
          { id: 's2', html: both('<p>Deux</p>', '<p>Two</p>'), choices: [choice('end', 1, 'fin')] },
        ],
        endings: [{ id: 'fin', html: both('<p>Fin</p>', '<p>End</p>'), tone: 'positive' }],
        scored: true,
        points: 1,
        maxScore: 3,
      },
      course,
    ) as ScenarioBlock;
    expect(block.situations.map((s) => s.correctPatterns)).toEqual([
      { scorm12: ['b', 'c'], scorm2004: ['listen', 'ask'], xapi: ['listen', 'ask'] },
      { scorm12: [], scorm2004: [], xapi: [] },
    ]);
  });

  test('a questionnaire scenario item: its options with credit 100, named by their ids; self items none', () => {
    const complete = compiledBlockKind('questionnaire').complete!;
    const source = { type: 'questionnaire', id: 'agility', definition: dlisAgilityModel } as const;
    const block = complete(source as never, course) as QuestionnaireBlock;
    const scenarios = dlisAgilityModel.scenarios;
    expect(Object.keys(block.correctPatterns)).toEqual(scenarios.map((s) => s.id));
    for (const scenario of scenarios) {
      const right = scenario.options.filter((o) => o.credit === 100).map((o) => o.id);
      expect(right.length).toBeGreaterThan(0);
      expect(block.correctPatterns[scenario.id]).toEqual({ scorm12: right, scorm2004: right, xapi: right });
    }
  });
});
