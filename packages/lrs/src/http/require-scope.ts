import type { LrsKeyInfo } from '../auth/lrs-keys.ts';
import type { LrsScope } from '../auth/lrs-scopes.ts';
import { LrsError } from '../lrs-error.ts';

/** Throws 403 unless the key holds one of `accepted` (authenticated but not allowed, RFC 9110 §15.5.4). */
export function requireScope(key: LrsKeyInfo, accepted: readonly LrsScope[]): void {
  if (key.scopes.some((s) => accepted.includes(s))) return;
  throw new LrsError(
    'forbidden',
    `The key "${key.name}" may not do this: it needs one of the scopes ${accepted.join(', ')}.`,
  );
}
