import { describe, expect, test } from 'vitest';
import {
  AgilityError,
  AgilityErrorCode,
  AgilityIssueCode,
  dlisAgilityModel,
  itemScore,
  round,
  scoreQuestionnaire,
  type AgilityDefinition,
  type AgilityResult,
} from '@dlis/agility';
import { answersFor } from './support/answers.ts';
import { workedExampleAnswers } from './support/worked-example.ts';

const model = dlisAgilityModel;

function dimension(result: AgilityResult, id: string) {
  const found = result.dimensions.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no dimension ${id}`);
  return found;
}

/** All 45 items answered `value` (8.2 too), no scenario. */
function uniform(value: number): Record<string, number> {
  return Object.fromEntries(model.items.map((i) => [i.id, value]));
}

describe('the worked example of BRIEF §3.4', () => {
  const answers = workedExampleAnswers;
  const result = scoreQuestionnaire(model, answers);

  test('dimension scores, index 58.25 and Level 2', () => {
    expect(result.dimensions.map((d) => d.score)).toEqual([70, 65, 45, 60, 70, 40, 55, 75]);
    expect(dimension(result, 'D2')).toMatchObject({
      self: 75,
      knowledge: 50,
      knowledgeCounted: true,
      gap: 25,
    });
    // D1's scenario is reported but does not count (D1 = S).
    expect(dimension(result, 'D1')).toMatchObject({
      self: 70,
      knowledge: 0,
      knowledgeCounted: false,
      gap: null,
    });
    expect(result.index).toBeCloseTo(58.25, 12);
    expect(round(result.index ?? Number.NaN, 2)).toBe(58.25);
    expect(result.indexWeightShare).toBe(1);
    expect(result.level?.id).toBe(2);
    expect(result.level?.labels).toEqual({ fr: 'Niveau 2 – En progression', en: 'Level 2 – Developing' });
  });

  test('recommends M4 and M6 (D6 = 40), M5 (D3 = 45) and M3 (D7 = 55), in that order', () => {
    expect(result.modules.priority).toEqual([]);
    expect(result.modules.recommended).toEqual(['M4', 'M6', 'M5', 'M3']);
    // ≥ 60: D4 60 (M6, already recommended), D2 65 (M5, idem), D1 70 (M2), D5 70 (M7), D8 75 (M1, M3).
    expect(result.modules.optional).toEqual(['M2', 'M7', 'M1']);
    expect(result.dimensions.map((d) => d.tier)).toEqual([
      'optional',
      'optional',
      'recommended',
      'optional',
      'optional',
      'recommended',
      'recommended',
      'optional',
    ]);
    expect(result.recommendations.find((r) => r.resource === 'M3')?.reasons).toEqual([
      { rule: 'threshold', dimension: 'D7', tier: 'recommended' },
      { rule: 'threshold', dimension: 'D8', tier: 'optional' },
    ]);
    expect(result.calibration).toEqual([]);
    expect(result.critical).toEqual([]);
  });

  test('records the model version and survives a JSON round trip unchanged', () => {
    expect(result.model).toEqual({ id: 'dlis-agility-index', version: model.version });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('item scores (step 1)', () => {
  test('normal items score (r − 1)/4 × 100, reverse items (5 − r)/4 × 100', () => {
    expect([1, 2, 3, 4, 5].map((r) => itemScore(r, false))).toEqual([0, 25, 50, 75, 100]);
    expect([1, 2, 3, 4, 5].map((r) => itemScore(r, true))).toEqual([100, 75, 50, 25, 0]);
    for (const r of [1, 2, 3, 4, 5]) {
      expect(itemScore(r, false)).toBe(((r - 1) / 4) * 100);
      expect(itemScore(r, true)).toBe(((5 - r) / 4) * 100);
    }
  });

  test('8.2 is reverse-scored: "strongly disagree" with being uncomfortable scores 100', () => {
    const result = scoreQuestionnaire(model, answersFor({ D8: [1, 1, 1, 1, 1, 1] }));
    expect(result.items.find((i) => i.id === '8.2')).toEqual({
      id: '8.2',
      dimension: 'D8',
      answer: 1,
      score: 100,
    });
    expect(dimension(result, 'D8').self).toBeCloseTo(100 / 6, 12);
    expect(result.items.filter((i) => i.score === 100).map((i) => i.id)).toEqual(['8.2']);
  });

  test('"not applicable" is excluded from the mean, never counted as zero', () => {
    const result = scoreQuestionnaire(model, answersFor({ D2: [5, 5, 5, 5, 5, 'na'] }));
    expect(result.items.find((i) => i.id === '2.6')).toEqual({
      id: '2.6',
      dimension: 'D2',
      answer: 'na',
      score: null,
    });
    expect(dimension(result, 'D2')).toMatchObject({ self: 100, answered: 5, items: 6, status: 'scored' });
  });
});

describe('insufficient data (80 % rule) and the index over scored dimensions', () => {
  test('a dimension is scored at exactly 80 % answered and not below', () => {
    const result = scoreQuestionnaire(
      model,
      answersFor({ D3: [4, 4, 4, 4, 'na'], D2: [4, 4, 4, 4, 'na', 'na'], D1: [4, 4, 4, 4, 4, null] }),
    );
    expect(dimension(result, 'D3')).toMatchObject({ status: 'scored', self: 75, answered: 4, items: 5 });
    expect(dimension(result, 'D1')).toMatchObject({ status: 'scored', self: 75, answered: 5 });
    expect(dimension(result, 'D2')).toMatchObject({
      status: 'insufficient-data',
      score: null,
      self: null,
      tier: null,
      answered: 4,
      items: 6,
    });
  });

  test('missing dimensions are left out and the weights renormalised over the scored ones', () => {
    const answers = { ...uniform(4), '2.1': 'na', '2.2': 'na', '2.3': null } as const;
    const result = scoreQuestionnaire(model, {
      ...answers,
      '8.1': 2,
      '8.3': 2,
      '8.4': 2,
      '8.5': 2,
      '8.6': 2,
    });
    expect(dimension(result, 'D2').status).toBe('insufficient-data');
    // D1, D3–D7: S = 75, no scenario → 75; D8: 8.2 reverse (4 → 25) and five 2s (25) → 25.
    expect(result.indexWeightShare).toBeCloseTo(0.85, 12);
    expect(result.index).toBeCloseTo((0.75 * 75 + 0.1 * 25) / 0.85, 12);
    expect(result.level?.id).toBe(3);
    expect(result.modules.recommended).toEqual([]);
    expect(result.modules.priority).toEqual(['M1', 'M3', 'peer-practice', 'M5']);
  });

  test('below 80 % of the weight the index and the level are null, dimensions are still reported', () => {
    const answers: Record<string, number | string> = uniform(3);
    for (const id of ['2.1', '2.2', '3.1', '3.2']) answers[id] = 'na';
    const result = scoreQuestionnaire(model, answers);
    expect(result.indexWeightShare).toBeCloseTo(0.7, 12);
    expect(result.index).toBeNull();
    expect(result.level).toBeNull();
    expect(dimension(result, 'D4')).toMatchObject({ status: 'scored', score: 50, tier: 'recommended' });
  });

  test('no answer at all: nothing scored, no index, no recommendation', () => {
    const result = scoreQuestionnaire(model, {});
    expect(result.dimensions.every((d) => d.status === 'insufficient-data')).toBe(true);
    expect(result).toMatchObject({ index: null, level: null, indexWeightShare: 0, recommendations: [] });
  });
});

describe('knowledge and calibration (steps 3, 4, 7)', () => {
  test('D = 0.6 S + 0.4 K; K is the mean of the answered scenarios only', () => {
    const result = scoreQuestionnaire(model, {
      ...answersFor({ D3: [5, 5, 5, 5, 5] }),
      'D3-S2': 'A', // a Belgian respondent: D3-S1 (France) not shown
    });
    expect(dimension(result, 'D3')).toMatchObject({
      self: 100,
      knowledge: 0,
      score: 60,
      scenariosAnswered: 1,
      scenarios: 5,
    });
  });

  test('Δ ≥ +30 is "possible overconfidence" and recommends the dimension module', () => {
    const result = scoreQuestionnaire(
      model,
      answersFor({ D2: [5, 5, 5, 5, 5, 5] }, { 'D2-S1': 'A', 'D2-S2': 'A' }),
    );
    expect(dimension(result, 'D2')).toMatchObject({
      self: 100,
      knowledge: 0,
      score: 60,
      tier: 'optional',
      gap: 100,
    });
    expect(result.calibration).toEqual([
      {
        dimension: 'D2',
        kind: 'overconfidence',
        gap: 100,
        message: model.messages.overconfidence,
        resources: ['M5'],
      },
    ]);
    expect(result.modules.recommended).toEqual(['M5']);
    expect(result.recommendations[0]?.reasons).toEqual([
      { rule: 'calibration', dimension: 'D2', tier: 'recommended' },
      { rule: 'threshold', dimension: 'D2', tier: 'optional' },
    ]);
  });

  test('Δ ≤ −30 is "you know more than you think" and points to M3 and M2', () => {
    const result = scoreQuestionnaire(
      model,
      answersFor({ D2: [1, 1, 1, 1, 1, 1] }, { 'D2-S1': 'C', 'D2-S2': 'B' }),
    );
    expect(result.calibration).toEqual([
      {
        dimension: 'D2',
        kind: 'underconfidence',
        gap: -100,
        message: model.messages.underconfidence,
        resources: ['M3', 'M2'],
      },
    ]);
  });

  test('the ±30 boundaries are inclusive; a gap of 25 gives no message', () => {
    const over = scoreQuestionnaire(
      model,
      answersFor({ D4: [5, 4, 4, 4, 4] }, { 'D4-S1': 'B', 'D4-S2': 'A' }),
    );
    expect(over.calibration.map((c) => [c.kind, c.gap])).toEqual([['overconfidence', 30]]);
    const under = scoreQuestionnaire(
      model,
      answersFor({ D4: [2, 2, 2, 2, 1] }, { 'D4-S1': 'B', 'D4-S2': 'A' }),
    );
    expect(under.calibration.map((c) => [c.kind, c.gap])).toEqual([['underconfidence', -30]]);
    const none = scoreQuestionnaire(
      model,
      answersFor({ D2: [4, 4, 4, 4, 4, 4] }, { 'D2-S1': 'C', 'D2-S2': 'A' }),
    );
    expect(none.calibration).toEqual([]);
  });

  test('D1 reports K but is neither weighted by it nor calibrated', () => {
    const result = scoreQuestionnaire(model, answersFor({ D1: [5, 5, 5, 5, 5, 5] }, { 'D1-S1': 'A' }));
    expect(dimension(result, 'D1')).toMatchObject({
      score: 100,
      knowledge: 0,
      knowledgeCounted: false,
      gap: null,
    });
    expect(result.calibration).toEqual([]);
  });

  test('without an answered scenario, D = S and no gap is computed', () => {
    const result = scoreQuestionnaire(model, answersFor({ D6: [5, 5, 5, 5, 5, 5] }));
    expect(dimension(result, 'D6')).toMatchObject({
      score: 100,
      knowledge: null,
      knowledgeCounted: false,
      gap: null,
    });
  });
});

describe('critical items (step 7)', () => {
  test('a wrong D6 or D7 scenario puts M4 / M3 in priority whatever the level', () => {
    const result = scoreQuestionnaire(model, { ...uniform(5), 'D6-S1': 'B', 'D6-S2': 'A', 'D7-S1': 'D' });
    expect(result.level?.id).toBe(4);
    expect(result.critical).toEqual([
      { scenario: 'D6-S2', dimension: 'D6', credit: 0, resources: ['M4'] },
      { scenario: 'D7-S1', dimension: 'D7', credit: 0, resources: ['M3'] },
    ]);
    expect(result.modules.priority).toEqual(['M4', 'M3']);
    expect(result.recommendations[0]?.reasons[0]).toEqual({
      rule: 'critical',
      dimension: 'D6',
      tier: 'priority',
    });
  });

  test('right, unanswered or non-critical wrong scenarios trigger nothing', () => {
    const result = scoreQuestionnaire(model, { ...uniform(5), 'D6-S1': 'B', 'D7-S1': 'C', 'D2-S1': 'A' });
    expect(result.critical).toEqual([]);
    expect(result.modules.priority).toEqual([]);
  });

  test('a partly acceptable answer (50) is not "wrong"', () => {
    const withPartial: AgilityDefinition = {
      ...model,
      scenarios: model.scenarios.map((s) =>
        s.id === 'D7-S2' ? { ...s, options: [...s.options, { id: 'D', credit: 50 }] } : s,
      ),
    };
    const result = scoreQuestionnaire(withPartial, {
      ...answersFor({ D7: [5, 5, 5, 5, 5, 5] }),
      'D7-S2': 'D',
    });
    expect(result.critical).toEqual([]);
    expect(dimension(result, 'D7')).toMatchObject({ knowledge: 50, score: 80 });
  });
});

describe('tiers and recommendations', () => {
  test('< 40 is priority with primary and secondary resources; 40 and 60 belong to the upper tier', () => {
    const result = scoreQuestionnaire(model, {
      ...answersFor({ D2: [2, 2, 2, 2, 2, 2], D5: [3, 3, 3, 3, 1], D4: [4, 4, 3, 3, 3] }),
    });
    expect(result.dimensions.map((d) => [d.id, d.score, d.tier]).filter(([, s]) => s !== null)).toEqual([
      ['D2', 25, 'priority'],
      ['D4', 60, 'optional'],
      ['D5', 40, 'recommended'],
    ]);
    expect(result.modules).toEqual({
      priority: ['M5', 'pix', 'europass', 'les-bons-clics'],
      recommended: ['M7', 'M4'],
      optional: ['M6'],
    });
    expect(result.recommendations.find((r) => r.resource === 'pix')?.kind).toBe('external');
  });
});

describe('invalid input', () => {
  test('every bad answer is reported at once, with its id and a permanent code', () => {
    const bad = { '1.1': 6, '1.2': 2.5, '1.3': '4', '9.9': 3, 'D1-S1': 'Z', 'D2-S1': 'na', '1.4': 'na' };
    let error: unknown;
    try {
      scoreQuestionnaire(model, bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AgilityError);
    const { code, issues } = error as AgilityError;
    expect(code).toBe(AgilityErrorCode.invalidAnswers);
    expect(issues.map((i) => [i.id, i.code])).toEqual([
      ['1.1', AgilityIssueCode.notOnScale],
      ['1.2', AgilityIssueCode.notOnScale],
      ['1.3', AgilityIssueCode.notOnScale],
      ['9.9', AgilityIssueCode.unknownId],
      ['D1-S1', AgilityIssueCode.unknownOption],
      ['D2-S1', AgilityIssueCode.unknownOption],
    ]);
  });

  test('"na" on an item that does not offer it is refused', () => {
    const strict: AgilityDefinition = {
      ...model,
      items: model.items.map((i) => (i.id === '1.1' ? { ...i, notApplicableAllowed: false } : i)),
    };
    expect(() => scoreQuestionnaire(strict, { '1.1': 'na' })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'AGILITY_E_NA_NOT_ALLOWED', id: '1.1' })],
      }),
    );
  });

  test('an inconsistent definition is refused before scoring', () => {
    const broken: AgilityDefinition = { ...model, dimensions: model.dimensions.slice(1) };
    expect(() => scoreQuestionnaire(broken, {})).toThrow(
      expect.objectContaining({ code: AgilityErrorCode.invalidDefinition }),
    );
  });

  test('a definition found consistent once scores every later respondent; an inconsistent one is refused every time', () => {
    const broken: AgilityDefinition = { ...model, dimensions: model.dimensions.slice(1) };
    for (let n = 0; n < 2; n++) {
      expect(() => scoreQuestionnaire(broken, {})).toThrow(
        expect.objectContaining({ code: AgilityErrorCode.invalidDefinition }),
      );
    }
    const copy: AgilityDefinition = { ...model };
    expect(scoreQuestionnaire(copy, {})).toEqual(scoreQuestionnaire(model, {}));
    expect(scoreQuestionnaire(copy, {})).toEqual(scoreQuestionnaire(copy, {}));
  });
});
