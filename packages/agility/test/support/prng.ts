import type { AgilityAnswers, AgilityDefinition } from '../../src/index.ts';

/** mulberry32: a small seeded PRNG, so every property run is reproducible from its seed. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick() from an empty list');
  return value;
}

/**
 * A random answer set: each item 1..5 (`naRate` of them "na", `missingRate` missing), each scenario a random option
 * or (with `missingRate`) unanswered.
 */
export function randomAnswers(
  random: () => number,
  definition: AgilityDefinition,
  naRate = 0.1,
  missingRate = 0.05,
): Record<string, number | string | null> {
  const answers: Record<string, number | string | null> = {};
  for (const item of definition.items) {
    const roll = random();
    if (roll < missingRate) continue;
    answers[item.id] = roll < missingRate + naRate ? 'na' : 1 + Math.floor(random() * 5);
  }
  for (const scenario of definition.scenarios) {
    if (random() < missingRate) continue;
    answers[scenario.id] = pick(random, scenario.options).id;
  }
  return answers;
}

/** The same answers with their keys inserted in a random order. */
export function shuffled(random: () => number, answers: AgilityAnswers): AgilityAnswers {
  const entries = Object.entries(answers);
  for (let n = entries.length - 1; n > 0; n--) {
    const k = Math.floor(random() * (n + 1));
    [entries[n], entries[k]] = [entries[k]!, entries[n]!];
  }
  return Object.fromEntries(entries);
}
