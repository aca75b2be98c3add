import { describe, expect, test } from 'vitest';
import { dlisAgilityModel, itemScore, scoreQuestionnaire, type AgilityResult } from '@dlis/agility';
import { pick, randomAnswers, seededRandom, shuffled } from './support/prng.ts';

const model = dlisAgilityModel;
const RUNS = 400;

function dimension(result: AgilityResult, id: string) {
  const found = result.dimensions.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no dimension ${id}`);
  return found;
}

function inBounds(value: number | null): boolean {
  return value === null || (value >= 0 && value <= 100);
}

describe('properties over random answer sets (seeded)', () => {
  test('every score is within 0..100', () => {
    const random = seededRandom(1);
    for (let run = 0; run < RUNS; run++) {
      const result = scoreQuestionnaire(model, randomAnswers(random, model, run % 2 === 0 ? 0.1 : 0.4));
      expect(inBounds(result.index)).toBe(true);
      for (const d of result.dimensions) {
        expect([d.score, d.self, d.knowledge].every(inBounds)).toBe(true);
      }
      for (const i of result.items) expect(inBounds(i.score)).toBe(true);
    }
  });

  test('raising one answer never lowers its dimension or the index (reverse items: never raises)', () => {
    const random = seededRandom(2);
    let checked = 0;
    for (let run = 0; run < RUNS; run++) {
      const answers = randomAnswers(random, model, 0.05, 0.02);
      const candidates = model.items.filter((i) => {
        const a = answers[i.id];
        return typeof a === 'number' && a < 5;
      });
      if (candidates.length === 0) continue;
      const item = pick(random, candidates);
      const before = scoreQuestionnaire(model, answers);
      const after = scoreQuestionnaire(model, { ...answers, [item.id]: (answers[item.id] as number) + 1 });
      const [b, a] = [dimension(before, item.dimension).score, dimension(after, item.dimension).score];
      expect(b === null).toBe(a === null);
      if (b === null || a === null) continue;
      checked++;
      if (item.reverse) {
        expect(a).toBeLessThan(b);
        if (before.index !== null && after.index !== null) expect(after.index).toBeLessThan(before.index);
      } else {
        expect(a).toBeGreaterThan(b);
        if (before.index !== null && after.index !== null) expect(after.index).toBeGreaterThan(before.index);
      }
    }
    expect(checked).toBeGreaterThan(RUNS / 2);
  });

  test('the reverse item 8.2 moves its dimension the other way', () => {
    const random = seededRandom(3);
    for (let run = 0; run < 100; run++) {
      const answers = randomAnswers(random, model, 0, 0);
      const low = scoreQuestionnaire(model, { ...answers, '8.2': 1 });
      const high = scoreQuestionnaire(model, { ...answers, '8.2': 5 });
      expect(dimension(high, 'D8').score).toBeLessThan(dimension(low, 'D8').score ?? -1);
    }
  });

  test('"not applicable" never counts as zero: S is the mean of the answered items only', () => {
    const random = seededRandom(4);
    for (let run = 0; run < RUNS; run++) {
      const answers = randomAnswers(random, model, 0.15, 0);
      const result = scoreQuestionnaire(model, answers);
      for (const d of result.dimensions) {
        const scores = result.items
          .filter((i) => i.dimension === d.id && i.score !== null)
          .map((i) => i.score ?? 0);
        if (d.self === null) continue;
        expect(d.self).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 9);
      }
      // Turning an N/A into the lowest answer (score 0) never raises S, and lowers it unless S was 0.
      const na = model.items.find((i) => answers[i.id] === 'na');
      if (na === undefined) continue;
      const zero = scoreQuestionnaire(model, { ...answers, [na.id]: na.reverse ? 5 : 1 });
      expect(itemScore(na.reverse ? 5 : 1, na.reverse)).toBe(0);
      const [s0, s1] = [dimension(result, na.dimension).self, dimension(zero, na.dimension).self];
      if (s0 === null || s1 === null) continue;
      if (s0 > 0) expect(s1).toBeLessThan(s0);
      else expect(s1).toBe(0);
    }
  });

  test('the order of the answers changes nothing, to the last bit', () => {
    const random = seededRandom(5);
    for (let run = 0; run < RUNS; run++) {
      const answers = randomAnswers(random, model);
      expect(scoreQuestionnaire(model, shuffled(random, answers))).toEqual(
        scoreQuestionnaire(model, answers),
      );
    }
  });

  test('recommendations name each resource once, and the tier lists partition them', () => {
    const random = seededRandom(6);
    for (let run = 0; run < RUNS; run++) {
      const result = scoreQuestionnaire(model, randomAnswers(random, model, 0.1, 0.05));
      const ids = result.recommendations.map((r) => r.resource);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...result.modules.priority, ...result.modules.recommended, ...result.modules.optional]).toEqual(
        ids,
      );
      for (const trigger of result.critical) {
        for (const resource of trigger.resources) expect(result.modules.priority).toContain(resource);
      }
    }
  });
});
