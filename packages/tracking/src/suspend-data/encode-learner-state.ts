import type { LearnerState, SuspendLayout } from '../tracker.ts';
import { BASE64URL, BitWriter, bitsFor } from './bit-stream.ts';
import { fnv1a } from './fnv1a.ts';
import { layoutFingerprint } from './layout-fingerprint.ts';
import { ATTEMPT_BITS, FORMAT_VERSION, MAX_SAVED_ATTEMPTS } from './suspend-data-format.ts';

/**
 * Encodes a learner state as compact suspend data for `layout` (format in suspend-data-format.ts).
 * Lossy for what the layout cannot express: a bookmark on an unknown page becomes the first page, and visited
 * pages, answers and choices with unknown ids are dropped; attempts saturate at MAX_SAVED_ATTEMPTS.
 * The output uses the base64url alphabet only.
 */
export function encodeLearnerState(state: LearnerState, layout: SuspendLayout): string {
  const bits = new BitWriter();
  bits.write(Math.max(0, layout.pages.indexOf(state.page)), bitsFor(layout.pages.length));
  bits.write(state.submitted ? 1 : 0, 1);
  const visited = new Set(state.visited);
  for (const page of layout.pages) bits.write(visited.has(page) ? 1 : 0, 1);
  for (const question of layout.questions) {
    const answer = Object.hasOwn(state.answers, question.id) ? state.answers[question.id] : undefined;
    bits.write(answer ? 1 : 0, 1);
    if (!answer) continue;
    const attempts = Math.min(MAX_SAVED_ATTEMPTS, Math.max(0, Math.floor(answer.attempts) || 0));
    bits.write(attempts, ATTEMPT_BITS);
    const selected = new Set(answer.response);
    for (const choice of question.choices) bits.write(selected.has(choice) ? 1 : 0, 1);
  }
  const body = FORMAT_VERSION + layoutFingerprint(layout) + bits.toBase64Url();
  return body + checkCharacter(body);
}

/** One base64url character derived from everything before it: catches edits and most truncations. */
export function checkCharacter(body: string): string {
  return BASE64URL[fnv1a(body) % 64] ?? 'A';
}
