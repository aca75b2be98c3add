import type { AgilityResult } from '@dlis/agility';

/**
 * What the statistics and outputs need of an AgilityResult (a full one is ~7 KB), packed for 20,000 respondents in
 * memory (~0.8 KB each): every number in one Float64Array, NaN standing for null. Read it with the accessors
 * below; every array is in definition order.
 */
export interface RespondentScores {
  /** Shared by every respondent scored with the same model. */
  model: { id: string; version: string };
  index: number | null;
  /** Level id, or null without an index. */
  level: number | null;
  /** Status of each dimension (`scored`, `insufficient-data`). */
  dimensionStatus: readonly string[];
  /** Raw answer of each self-assessment item: 1..5, 0 for `na`, −1 when missing. */
  itemAnswers: Int8Array;
  /** Option id of each scenario, or null. */
  scenarioAnswers: readonly (string | null)[];
  /**
   * Score, self and knowledge of each dimension (3 per dimension), then the score 0..100 of each item (reverse
   * items reversed; NaN for N/A and missing), then the credit of each scenario.
   */
  numbers: Float64Array;
}

const NA = 0;
const MISSING = -1;
const models = new Map<string, { id: string; version: string }>();

/** Packs a result (see RespondentScores). */
export function packScores(result: AgilityResult): RespondentScores {
  const dims = result.dimensions.length;
  const items = result.items.length;
  const numbers = new Float64Array(3 * dims + items + result.scenarios.length);
  result.dimensions.forEach((d, j) => {
    numbers[3 * j] = d.score ?? Number.NaN;
    numbers[3 * j + 1] = d.self ?? Number.NaN;
    numbers[3 * j + 2] = d.knowledge ?? Number.NaN;
  });
  result.items.forEach((i, j) => (numbers[3 * dims + j] = i.score ?? Number.NaN));
  result.scenarios.forEach((s, j) => (numbers[3 * dims + items + j] = s.credit ?? Number.NaN));
  const modelKey = `${result.model.id}\n${result.model.version}`;
  let model = models.get(modelKey);
  if (model === undefined) models.set(modelKey, (model = { ...result.model }));
  return {
    model,
    index: result.index,
    level: result.level?.id ?? null,
    dimensionStatus: result.dimensions.map((d) => d.status),
    itemAnswers: Int8Array.from(result.items, (i) =>
      i.answer === null ? MISSING : i.answer === 'na' ? NA : i.answer,
    ),
    scenarioAnswers: result.scenarios.map((s) => s.answer),
    numbers,
  };
}

function at(numbers: Float64Array, k: number): number | null {
  const v = numbers[k];
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** Dimension `j`: score, self-assessment part S and knowledge part K (null when not scored). */
export function dimensionScores(
  s: RespondentScores,
  j: number,
): { score: number | null; self: number | null; knowledge: number | null; status: string } {
  return {
    score: at(s.numbers, 3 * j),
    self: at(s.numbers, 3 * j + 1),
    knowledge: at(s.numbers, 3 * j + 2),
    status: s.dimensionStatus[j] ?? '',
  };
}

/** Score of dimension `j`, or null. */
export function dimensionScore(s: RespondentScores, j: number): number | null {
  return at(s.numbers, 3 * j);
}

/** Raw answer of self-assessment item `j`: 1..5, `na`, or null when missing. */
export function itemAnswer(s: RespondentScores, j: number): number | 'na' | null {
  const a = s.itemAnswers[j];
  return a === undefined || a === MISSING ? null : a === NA ? 'na' : a;
}

/** Score 0..100 of self-assessment item `j`; null for N/A and missing. */
export function itemScore(s: RespondentScores, j: number): number | null {
  return j < s.itemAnswers.length ? at(s.numbers, 3 * s.dimensionStatus.length + j) : null;
}

/** Credit of scenario `j`, or null. */
export function scenarioCredit(s: RespondentScores, j: number): number | null {
  return j < s.scenarioAnswers.length
    ? at(s.numbers, 3 * s.dimensionStatus.length + s.itemAnswers.length + j)
    : null;
}
