import type { CompiledCourse, QuestionBankBlock } from '@dlis/course/compiled';
import { mulberry32, newSeed, seededShuffle } from './prng.ts';

/**
 * The `draw` ids picked from `questionIds` for `seed`, in display order: deterministic per seed (mulberry32 +
 * Fisher–Yates), so a resumed attempt shows the same questions.
 */
export function drawIds(questionIds: readonly string[], draw: number, seed: number): string[] {
  return seededShuffle(questionIds, mulberry32(seed)).slice(0, Math.max(0, draw));
}

/** The ids of the questions a bank block shows for `seed`. */
export function drawBank(bank: Pick<QuestionBankBlock, 'draw' | 'questions'>, seed: number): string[] {
  return drawIds(
    bank.questions.map((q) => q.id),
    bank.draw,
    seed,
  );
}

/**
 * The bank seeds of the course: the saved seed of each bank, a new random one for a bank that has none.
 * Seeds of banks the course no longer has are dropped.
 */
export function ensureBankSeeds(
  course: CompiledCourse,
  saved: Readonly<Record<string, number>> | undefined,
  makeSeed: () => number = newSeed,
): Record<string, number> {
  const seeds: Record<string, number> = {};
  for (const bank of course.assessment.banks) seeds[bank.id] = saved?.[bank.id] ?? makeSeed();
  return seeds;
}

/**
 * The scored ids of the current attempt, in course order: assessment.questionIds minus the bank questions
 * that the banks did not draw for these seeds.
 */
export function activeAssessmentIds(
  course: CompiledCourse,
  seeds: Readonly<Record<string, number>>,
): string[] {
  const excluded = new Set<string>();
  for (const bank of course.assessment.banks) {
    const drawn = new Set(drawIds(bank.questionIds, bank.draw, seeds[bank.id] ?? 0));
    for (const id of bank.questionIds) if (!drawn.has(id)) excluded.add(id);
  }
  return course.assessment.questionIds.filter((id) => !excluded.has(id));
}
