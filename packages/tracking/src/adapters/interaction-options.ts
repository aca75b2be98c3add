import type { InteractionValue } from '../interaction-record.ts';
import type { SuspendLayout } from '../learner-state.ts';

/**
 * The ordered ids an interaction's values refer to, from the course layout: a question's choices (choice kinds,
 * likert), items (ordering) or targets (matching); for a scenario decision (`<scenario id>.<run>.<step>`),
 * every choice of the scenario. Undefined for text questions and ids the layout does not know. Response tokens
 * are derived from positions in this list, so they stay the same across sessions.
 */
export function interactionOptions(layout: SuspendLayout, id: string): readonly string[] | undefined {
  const question = layout.questions.find((q) => q.id === id);
  if (question) return question.kind === 'text' ? undefined : question.options;
  return layout.scenarios.find((s) => id.startsWith(`${s.id}.`))?.choices;
}

/**
 * Source ids of a matching interaction, in a stable order: the question's (`sources`), else those of the first
 * correct response (the question's source order: at build time, correct-patterns.ts); then any other the
 * response names.
 */
export function matchingSources(interaction: {
  sources?: readonly string[];
  correctResponses?: readonly InteractionValue[];
  response?: InteractionValue;
}): string[] {
  const sources = new Set<string>(interaction.sources);
  const { correctResponses = [], response } = interaction;
  for (const value of response ? [...correctResponses, response] : correctResponses) {
    if (value.type === 'matching') for (const [source] of value.pairs) sources.add(source);
  }
  return [...sources];
}

/** The pairs that match something: a source left unmatched (empty target, or empty source) is not written. */
export function matchedPairs(
  pairs: readonly (readonly [source: string, target: string])[],
): (readonly [string, string])[] {
  return pairs.filter(([source, target]) => source !== '' && target !== '');
}

/**
 * A number as a plain decimal (no exponent, at most 18 decimals, shortest form): the CMIDecimal / real(10,7)
 * both SCORM versions need. Undefined for NaN, infinities and magnitudes of 1e21 or more.
 */
export function formatPlainDecimal(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(18).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** Rounds to at most `decimals` decimals, as the shortest string. */
export function formatDecimal(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return String(Math.round((Number.isFinite(value) ? value : 0) * factor) / factor);
}
