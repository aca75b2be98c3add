import type { SuspendLayout } from '../tracker.ts';
import { BASE64URL } from './bit-stream.ts';
import { fnv1a } from './fnv1a.ts';

/** Length of a layout fingerprint in characters (6 × 6 bits hold the 32-bit hash). */
export const FINGERPRINT_LENGTH = 6;

/**
 * Six base64url characters identifying the order of pages, questions and choices of a layout. Suspend data
 * carries it, so state written for another layout (another course version that moved, added or removed a page,
 * question or choice) is recognised and ignored instead of misread. Ids are hashed, so renaming one changes it.
 */
export function layoutFingerprint(layout: SuspendLayout): string {
  const canonical = JSON.stringify([layout.pages, layout.questions.map((q) => [q.id, q.choices])]);
  let hash = fnv1a(canonical);
  let out = '';
  for (let i = 0; i < FINGERPRINT_LENGTH; i++) {
    out = BASE64URL[hash % 64] + out;
    hash = Math.floor(hash / 64);
  }
  return out;
}
