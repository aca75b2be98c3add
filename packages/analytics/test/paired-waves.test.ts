import { describe, expect, test } from 'vitest';
import { pairedTTest, pairWaves, RespondentCollector, type Respondent } from '@dlis/analytics';
import { dlisAgilityModel } from '@dlis/agility';
import { respondentStatements } from './support/questionnaire-statements.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

type Target = 0 | 25 | 50 | 75 | 100;

/** One wave: learner → target (every item, so the index and each dimension, score the target). */
function wave(targets: Record<string, Target>, tag: string): Respondent[] {
  const collector = new RespondentCollector(dlisAgilityModel);
  for (const [learner, target] of Object.entries(targets)) {
    const registration = `${tag === 'pre' ? '0' : '1'}${learner.padStart(7, '0')}-0000-4000-8000-000000000000`;
    for (const s of respondentStatements({ learner, answers: uniformAnswers(target), registration }))
      collector.add(s as never);
  }
  return collector.finish().respondents;
}

const pre: Record<string, Target> = { a: 0, b: 25, c: 25, d: 50, e: 50, f: 75 };
const post: Record<string, Target> = { a: 25, b: 50, c: 75, d: 75, e: 100, f: 100 };

describe('pre/post pairing (same actors, two waves)', () => {
  test('pairs by actor across registrations; the paired tests run on the pairs', () => {
    const paired = pairWaves(wave(pre, 'pre'), wave(post, 'post'), dlisAgilityModel, 5);
    expect(paired).toMatchObject({ firstN: 6, secondN: 6, pairs: 6 });
    const index = paired.measures[0]!;
    // Means: (0 + 25 + 25 + 50 + 50 + 75)/6 = 37.5 and (25 + 50 + 75 + 75 + 100 + 100)/6 = 425/6.
    expect(index).toMatchObject({ measure: 'index', n: 6, firstMean: 37.5 });
    expect(index.secondMean).toBeCloseTo(425 / 6, 12);
    // Differences 25, 25, 50, 25, 50, 25 (pairs in another order): the tests on the two columns directly.
    const direct = pairedTTest(Object.values(pre), Object.values(post))!;
    for (const key of ['t', 'p', 'dz', 'sdDifference'] as const)
      expect(index.t?.[key]).toBeCloseTo(direct[key], 10);
    expect(index.t?.meanDifference).toBeCloseTo(200 / 6, 12);
    expect(index.wilcoxon).toMatchObject({ n: 6, v: 21, exact: false }); // every difference positive, tied ranks
    expect(paired.measures.map((m) => m.measure)).toEqual([
      'index',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
    ]);
  });

  test('one person in wave 1 only: the pairs count would give them away, so nothing paired is published', () => {
    const paired = pairWaves(wave({ ...pre, g: 50 }, 'pre'), wave(post, 'post'), dlisAgilityModel, 5);
    expect(paired.firstN).toBe(7);
    expect(paired.pairs).toBeNull();
    expect(paired.measures.every((m) => m.n === null && m.t === null && m.wilcoxon === null)).toBe(true);
    // Five people in wave 1 only: 11 − 6 = 5 is not a small cell; everything is published.
    const five = { ...pre, g: 50, h: 50, i: 50, j: 50, k: 50 } as Record<string, Target>;
    expect(pairWaves(wave(five, 'pre'), wave(post, 'post'), dlisAgilityModel, 5).pairs).toBe(6);
  });
});
