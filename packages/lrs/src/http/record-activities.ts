import type { ActivityUpdate } from '../store/lrs-storage.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { sameJson } from '../same-json.ts';

/**
 * The Activities a statement names (object, context Activities, inside a SubStatement too), as updates the
 * storage merges in the statement's own transaction (Activities resource, 1.0.3 Part Three §2.5). Keys without
 * the `define` or `all` scope only make an Activity known; their definitions are not adopted (1.0.3 Part Three
 * §4.2, scope "define").
 */
export function activityUpdates(statement: JsonObject, define: boolean): ActivityUpdate[] {
  const updates: ActivityUpdate[] = [];
  activitiesOf(updates, statement, define);
  return updates;
}

// Module functions, not closures made per call: this runs on every stored statement. A statement names a few
// Activities, so repeats are found by a linear search, not by hashing a key made of the definition's JSON.
function seen(updates: ActivityUpdate[], a: unknown, define: boolean): void {
  const activity = a as JsonObject | undefined;
  if (!activity || (activity.objectType ?? 'Activity') !== 'Activity' || typeof activity.id !== 'string')
    return;
  const definition = define ? (activity.definition as JsonObject | undefined) : undefined;
  if (updates.length <= LINEAR_UP_TO) {
    for (const u of updates) if (u.id === activity.id && sameJson(u.definition, definition)) return;
  }
  // Past LINEAR_UP_TO, repeats are kept: merging one twice changes nothing (the storage memo skips it).
  updates.push({ id: activity.id, definition });
}

/** Activities per statement up to which repeats are dropped here (a statement may name thousands). */
const LINEAR_UP_TO = 32;

function activitiesOf(updates: ActivityUpdate[], st: JsonObject, define: boolean): void {
  const object = st.object as JsonObject;
  seen(updates, object, define);
  if (object.objectType === 'SubStatement') activitiesOf(updates, object, define);
  const ca = (st.context as JsonObject | undefined)?.contextActivities as JsonObject | undefined;
  for (const kind in ca) {
    const list = ca[kind];
    if (Array.isArray(list)) for (const a of list) seen(updates, a, define);
    else seen(updates, list, define);
  }
}
