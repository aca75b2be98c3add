import { describe, expect, test } from 'vitest';
import {
  dimensionScores,
  itemAnswer,
  itemScore,
  scenarioCredit,
  type RespondentScores,
} from '@dlis/analytics';
import { dlisAgilityModel, scoreQuestionnaire, type AgilityAnswer } from '@dlis/agility';
import { workedExampleAnswers } from '../../agility/test/support/worked-example.ts';
import { packScores } from '../src/respondent-scores.ts';

describe('packScores', () => {
  test('every accessor gives back the AgilityResult value: N/A, missing, reverse items, scenarios, unscored dimension', () => {
    const answers: Record<string, AgilityAnswer> = { ...workedExampleAnswers };
    const na = dlisAgilityModel.items.find((i) => i.notApplicableAllowed)!;
    answers[na.id] = 'na';
    // leave out every item of the last dimension and one scenario: a dimension with insufficient data
    const last = dlisAgilityModel.dimensions.at(-1)!.id;
    for (const item of dlisAgilityModel.items) if (item.dimension === last) delete answers[item.id];
    delete answers[dlisAgilityModel.scenarios[0]!.id];
    const result = scoreQuestionnaire(dlisAgilityModel, answers);
    expect(result.dimensions.some((d) => d.status !== 'scored')).toBe(true);
    const packed: RespondentScores = packScores(result);
    expect(packed.model).toEqual(result.model);
    expect([packed.index, packed.level]).toEqual([result.index, result.level?.id ?? null]);
    result.dimensions.forEach((d, j) =>
      expect(dimensionScores(packed, j)).toEqual({
        score: d.score,
        self: d.self,
        knowledge: d.knowledge,
        status: d.status,
      }),
    );
    result.items.forEach((i, j) => {
      expect(itemAnswer(packed, j)).toBe(i.answer);
      expect(itemScore(packed, j)).toBe(i.score);
    });
    result.scenarios.forEach((s, j) => {
      expect(packed.scenarioAnswers[j]).toBe(s.answer);
      expect(scenarioCredit(packed, j)).toBe(s.credit);
    });
    expect(result.items.map((i) => i.answer)).toContain('na');
    expect(result.items.map((i) => i.answer)).toContain(null);
    expect(result.scenarios.map((s) => s.answer)).toContain(null);
    // past the end: null, never a neighbouring value
    expect(itemScore(packed, result.items.length)).toBeNull();
    expect(scenarioCredit(packed, result.scenarios.length)).toBeNull();
  });
});
