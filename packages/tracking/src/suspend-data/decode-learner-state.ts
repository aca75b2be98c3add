import type { LearnerState, SavedAnswer, SuspendLayout } from '../tracker.ts';
import { BitReader, bitsFor } from './bit-stream.ts';
import { checkCharacter } from './encode-learner-state.ts';
import { FINGERPRINT_LENGTH, layoutFingerprint } from './layout-fingerprint.ts';
import { ATTEMPT_BITS, FORMAT_VERSION } from './suspend-data-format.ts';

/**
 * Decodes suspend data written by `encodeLearnerState` for the same layout. Returns undefined, never throws, for
 * anything else: empty or garbage text, another format version, another layout fingerprint (another course
 * version), a failed check character, truncated or over-long data, or out-of-range indexes.
 * `submitted` is present only when true; pages, answers and choices come back in layout order.
 */
export function decodeLearnerState(text: string, layout: SuspendLayout): LearnerState | undefined {
  if (typeof text !== 'string' || text.length < FINGERPRINT_LENGTH + 2) return undefined;
  if (text[0] !== FORMAT_VERSION) return undefined;
  if (text.slice(1, 1 + FINGERPRINT_LENGTH) !== layoutFingerprint(layout)) return undefined;
  const body = text.slice(0, -1);
  if (checkCharacter(body) !== text.slice(-1)) return undefined;

  const bits = new BitReader(body.slice(1 + FINGERPRINT_LENGTH));
  const pageIndex = bits.read(bitsFor(layout.pages.length));
  const submitted = bits.read(1) === 1;
  const visited = layout.pages.filter(() => bits.read(1) === 1);
  const answers: Record<string, SavedAnswer> = {};
  for (const question of layout.questions) {
    if (bits.read(1) === 0) continue;
    const attempts = bits.read(ATTEMPT_BITS);
    const response = question.choices.filter(() => bits.read(1) === 1);
    answers[question.id] = { response, attempts };
  }
  if (!bits.ok || !bits.atCleanEnd()) return undefined;
  const page = layout.pages.length === 0 ? '' : layout.pages[pageIndex];
  if (page === undefined) return undefined;
  const state: LearnerState = { page, visited, answers };
  if (submitted) state.submitted = true;
  return state;
}
