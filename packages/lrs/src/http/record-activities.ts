import { canonicalJson } from '../prepare-statement.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import type { RouteContext } from './lrs-request.ts';

const LANGUAGE_MAPS = ['name', 'description'];

/**
 * Per storage: Activity id → canonical JSON of the last definition merged for it ('' when it came without one).
 * Merging the same definition again changes nothing, so most statements skip the read (a hot-path cost at scale).
 * Only this module writes Activities, so the cache cannot go stale within the process.
 */
const merged = new WeakMap<object, Map<string, string>>();

/**
 * Keeps the canonical definition of every Activity seen in stored statements (Activities resource, 1.0.3 Part
 * Three §2.5): language maps are merged, other properties take the latest value. Keys without the `define` or `all`
 * scope only make the Activity known; their definitions are not adopted (1.0.3 Part Three §4.2, scope "define").
 */
export function recordActivities(ctx: RouteContext, statements: readonly JsonObject[]): void {
  const define = ctx.key.scopes.some((s) => s === 'define' || s === 'all');
  let cache = merged.get(ctx.storage);
  if (!cache) merged.set(ctx.storage, (cache = new Map()));
  const seen = (a: unknown) => {
    const activity = a as JsonObject | undefined;
    if (!activity || (activity.objectType ?? 'Activity') !== 'Activity' || typeof activity.id !== 'string')
      return;
    const incoming = activity.definition as JsonObject | undefined;
    const fingerprint = define && incoming ? canonicalJson(incoming) : '';
    const last = cache.get(activity.id);
    if (last !== undefined && (fingerprint === '' || fingerprint === last)) return;
    const remember = () => {
      if (cache.size >= 10_000) cache.clear();
      cache.set(activity.id as string, fingerprint);
    };
    const existing = ctx.storage.getActivity(activity.id);
    if (existing && (!define || !incoming)) return remember();
    const definition: JsonObject = { ...((existing?.definition as JsonObject | undefined) ?? {}) };
    for (const [k, v] of Object.entries(define ? (incoming ?? {}) : {})) {
      definition[k] =
        LANGUAGE_MAPS.includes(k) && typeof definition[k] === 'object'
          ? { ...(definition[k] as JsonObject), ...(v as JsonObject) }
          : v;
    }
    const canonical = {
      objectType: 'Activity',
      id: activity.id,
      ...(Object.keys(definition).length > 0 ? { definition } : {}),
    };
    // Most statements repeat a known definition: write only what changes (each write is a durable commit).
    if (!existing || canonicalJson(existing) !== canonicalJson(canonical))
      ctx.storage.putActivity(activity.id, canonical);
    remember();
  };
  const walk = (st: JsonObject) => {
    const object = st.object as JsonObject;
    seen(object);
    if (object.objectType === 'SubStatement') walk(object);
    const ca = (st.context as JsonObject | undefined)?.contextActivities as JsonObject | undefined;
    for (const list of Object.values(ca ?? {})) for (const a of Array.isArray(list) ? list : [list]) seen(a);
  };
  statements.forEach(walk);
}
