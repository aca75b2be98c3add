import type { QuestionKind } from './compiled-course.ts';

/** Mastery score when course.yaml gives none. */
export const DEFAULT_MASTERY_SCORE = 80;

/** Id of a block written without one: `<page id>-<1-based position>`. */
export function defaultBlockId(pageId: string, index: number): string {
  return `${pageId}-${index + 1}`;
}

/** Id of a choice written without one: a, b, c, ... z, then c27, c28, ... */
export function defaultChoiceId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `c${index + 1}`;
}

/**
 * Weights of the choices (CompiledChoice.weight), explicit ones kept: correct choices 1/(number correct);
 * wrong choices 0 (single-choice, true-false) or -1/(number correct) (multiple-choice), so that ticking
 * every box never earns the points.
 */
export function defaultWeights(
  kind: QuestionKind,
  choices: readonly { correct: boolean; weight?: number }[],
): number[] {
  const correct = choices.filter((c) => c.correct).length || 1;
  return choices.map((c) => {
    if (c.weight !== undefined) return c.weight;
    if (c.correct) return 1 / correct;
    return kind === 'multiple-choice' ? -1 / correct : 0;
  });
}

/** Longest fill-in answer when `maxLength` is not given (characters). */
export const DEFAULT_FILL_IN_MAX_LENGTH = 40;

/** Decimal places of a number as written in YAML (1.25 → 2; 3 → 0; 1e-7 → 7). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** Id of a scenario choice written without one: `<situation id>-<a, b, c...>` (unique in the scenario). */
export function defaultScenarioChoiceId(situationId: string, index: number): string {
  return `${situationId}-${defaultChoiceId(index)}`;
}
