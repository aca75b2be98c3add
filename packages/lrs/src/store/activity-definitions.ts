import { canonicalJson } from '../prepare-statement.ts';
import { sameJson } from '../same-json.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import type { ActivityUpdate } from './lrs-storage.ts';

const LANGUAGE_MAPS = ['name', 'description'];

/**
 * The canonical Activity after merging an update into what is stored (Activities resource, 1.0.3 Part Three §2.5):
 * language maps are merged, other properties take the latest value; an update without a definition only makes the
 * Activity known. Undefined when nothing changes, so the caller writes only what does.
 */
export function mergeActivity(
  existing: JsonObject | undefined,
  update: ActivityUpdate,
): JsonObject | undefined {
  if (existing && !update.definition) return undefined;
  const definition: JsonObject = { ...((existing?.definition as JsonObject | undefined) ?? {}) };
  for (const [k, v] of Object.entries(update.definition ?? {})) {
    definition[k] =
      LANGUAGE_MAPS.includes(k) && typeof definition[k] === 'object'
        ? { ...(definition[k] as JsonObject), ...(v as JsonObject) }
        : v;
  }
  const canonical = {
    objectType: 'Activity',
    id: update.id,
    ...(Object.keys(definition).length > 0 ? { definition } : {}),
  };
  return existing && canonicalJson(existing) === canonicalJson(canonical) ? undefined : canonical;
}

/**
 * Remembers, per Activity id, the last definition merged (null when it came without one): merging the same
 * definition again changes nothing, so most statements skip the read (a hot path at scale). Definitions are
 * compared as JSON values, not as text, so nothing is serialised per statement. Bounded; the owner clears it when
 * a transaction rolls back.
 */
export function createActivityMemo(limit = 10_000) {
  const last = new Map<string, JsonObject | null>();
  return {
    /** True when this update cannot change the stored Activity. */
    known(update: ActivityUpdate): boolean {
      const seen = last.get(update.id);
      return seen !== undefined && (update.definition === undefined || sameJson(seen, update.definition));
    },
    remember(update: ActivityUpdate): void {
      if (last.size >= limit) last.clear();
      last.set(update.id, update.definition ?? null);
    },
    clear: () => last.clear(),
  };
}
