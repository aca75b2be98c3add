import type { LearnerState, SuspendLayout } from '../tracker.ts';
import { encodeLearnerState } from './encode-learner-state.ts';
import { MAX_SAVED_ATTEMPTS } from './suspend-data-format.ts';

/**
 * Length of the encoding of the largest state `layout` allows: every page visited, every question answered
 * with every choice selected, the longest page id as bookmark, attempts at MAX_SAVED_ATTEMPTS, submitted.
 * The encoding has a fixed width per field, so no real state encodes longer. The build compares it with
 * SUSPEND_DATA_LIMITS.
 */
export function worstCaseSuspendDataLength(layout: SuspendLayout): number {
  const longestPage = layout.pages.reduce((a, b) => (b.length > a.length ? b : a), '');
  const state: LearnerState = {
    page: longestPage,
    visited: [...layout.pages],
    answers: Object.fromEntries(
      layout.questions.map((q) => [q.id, { response: [...q.choices], attempts: MAX_SAVED_ATTEMPTS }]),
    ),
    submitted: true,
  };
  return encodeLearnerState(state, layout).length;
}
