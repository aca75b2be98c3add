import type { SuspendLayout } from '../learner-state.ts';
import { BASE64URL } from './bit-stream.ts';
import { fnv1a } from './fnv1a.ts';

/** Length of a layout fingerprint in characters (6 × 6 bits hold the 32-bit hash). */
export const FINGERPRINT_LENGTH = 6;

/**
 * Six base64url characters identifying everything the encoding depends on: the order and ids of pages,
 * questions (kind, options, sources, maxLength), checklists and their items, banks, scenarios (choices,
 * maxSteps), variables (values). Suspend data carries it, so state written for another layout (another course version) is
 * recognised and ignored instead of misread. Ids are hashed, so renaming one changes it.
 */
export function layoutFingerprint(layout: SuspendLayout): string {
  const canonical = JSON.stringify([
    layout.pages,
    layout.questions.map((q) =>
      q.kind === 'text'
        ? [q.id, q.kind, q.maxLength]
        : q.kind === 'match'
          ? [q.id, q.kind, q.options, q.sources]
          : [q.id, q.kind, q.options],
    ),
    layout.checklists.map((c) => [c.id, c.items]),
    layout.banks,
    layout.scenarios.map((s) => [s.id, s.choices, s.maxSteps]),
    // Only when there are variables, so layouts without them keep their fingerprint.
    ...(layout.variables?.length ? [layout.variables.map((v) => [v.id, v.values])] : []),
  ]);
  let hash = fnv1a(canonical);
  let out = '';
  for (let i = 0; i < FINGERPRINT_LENGTH; i++) {
    out = BASE64URL[hash % 64] + out;
    hash = Math.floor(hash / 64);
  }
  return out;
}
