import type { LearnerState, SuspendLayout, SuspendQuestion } from '../learner-state.ts';
import { encodeLearnerState } from './encode-learner-state.ts';
import { MAX_SAVED_ATTEMPTS } from './suspend-data-format.ts';

/** A character that takes the most UTF-8 bytes (4). */
const WIDEST_CHARACTER = '\u{1F600}';

/**
 * Length of the encoding of the largest state `layout` allows: every page visited, submitted, assessment
 * attempts at MAX_SAVED_ATTEMPTS; every question answered (attempts at the maximum) with its longest response
 * (every choice, every item ordered, every source matched, maxLength 4-byte characters); every checklist with
 * every item ticked; every bank seeded; every scenario with runs at the maximum, a best score and a path of
 * maxSteps; every variable set. Every field is either fixed-width or at its widest here, so no real state encodes longer. The
 * build compares it with SUSPEND_DATA_LIMITS.
 */
export function worstCaseSuspendDataLength(layout: SuspendLayout): number {
  const state: LearnerState = {
    page: layout.pages[0] ?? '',
    visited: [...layout.pages],
    submitted: true,
    assessmentAttempts: MAX_SAVED_ATTEMPTS,
    answers: Object.fromEntries(
      layout.questions.map((q) => [q.id, { response: longestResponse(q), attempts: MAX_SAVED_ATTEMPTS }]),
    ),
    checklists: Object.fromEntries(layout.checklists.map((c) => [c.id, [...c.items]])),
    bankSeeds: Object.fromEntries(layout.banks.map((b) => [b, 0xffffffff])),
    scenarios: Object.fromEntries(
      layout.scenarios.map((s) => [
        s.id,
        {
          runs: MAX_SAVED_ATTEMPTS,
          bestScore: 1,
          path: s.choices.length === 0 ? [] : Array.from({ length: s.maxSteps }, () => s.choices[0] ?? ''),
        },
      ]),
    ),
    // The last value needs the most bits.
    variables: Object.fromEntries((layout.variables ?? []).map((v) => [v.id, v.values.at(-1) ?? ''])),
  };
  return encodeLearnerState(state, layout).length;
}

function longestResponse(question: SuspendQuestion): string[] {
  switch (question.kind) {
    case 'choices':
    case 'order':
      return [...question.options];
    case 'match':
      return Array.from({ length: question.sources }, () => question.options[0] ?? '');
    case 'text':
      return [WIDEST_CHARACTER.repeat(Math.max(0, Math.floor(question.maxLength) || 0))];
  }
}
