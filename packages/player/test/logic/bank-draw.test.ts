import { describe, expect, test } from 'vitest';
import { activeAssessmentIds, drawIds, ensureBankSeeds } from '../../src/logic/bank-draw.ts';
import { featureCourse } from '../fixtures/feature-course.ts';

const ids = ['b1', 'b2', 'b3', 'b4', 'b5'];

describe('bank draws', () => {
  test('the same seed always draws the same questions in the same order', () => {
    const first = drawIds(ids, 2, 123456);
    expect(first).toHaveLength(2);
    expect(new Set(first).size).toBe(2);
    for (const id of first) expect(ids).toContain(id);
    expect(drawIds(ids, 2, 123456)).toEqual(first);
  });

  test('different seeds draw differently (over a few seeds)', () => {
    const draws = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => drawIds(ids, 2, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  test('draw is bounded by the number of questions', () => {
    expect(drawIds(ids, 9, 1)).toHaveLength(5);
    expect(drawIds(ids, 0, 1)).toEqual([]);
  });

  test('ensureBankSeeds keeps saved seeds, creates missing ones, drops unknown banks', () => {
    expect(ensureBankSeeds(featureCourse, { bank: 5, gone: 9 }, () => 1)).toEqual({ bank: 5 });
    expect(ensureBankSeeds(featureCourse, undefined, () => 77)).toEqual({ bank: 77 });
  });

  test('activeAssessmentIds leaves out the bank questions not drawn', () => {
    const seed = 99;
    const drawn = drawIds(['bq1', 'bq2', 'bq3'], 2, seed);
    const active = activeAssessmentIds(featureCourse, { bank: seed });
    const all = featureCourse.assessment.questionIds;
    expect(active).toEqual(all.filter((id) => !id.startsWith('bq') || drawn.includes(id)));
    expect(active.filter((id) => id.startsWith('bq'))).toHaveLength(2);
  });
});
