import type { ActivityUpdate } from '../store/lrs-storage.ts';
import type { JsonObject } from '@dlis/xapi-profile';

/**
 * The Activities a statement names (object, context Activities, inside a SubStatement too), as updates the
 * storage merges in the statement's own transaction (Activities resource, 1.0.3 Part Three §2.5). Keys without
 * the `define` or `all` scope only make an Activity known; their definitions are not adopted (1.0.3 Part Three
 * §4.2, scope "define").
 */
export function activityUpdates(statement: JsonObject, define: boolean): ActivityUpdate[] {
  const updates = new Map<string, ActivityUpdate>();
  activitiesOf(updates, statement, define);
  return [...updates.values()];
}

// Module functions, not closures made per call: this runs on every stored statement.
function seen(updates: Map<string, ActivityUpdate>, a: unknown, define: boolean): void {
  const activity = a as JsonObject | undefined;
  if (!activity || (activity.objectType ?? 'Activity') !== 'Activity' || typeof activity.id !== 'string')
    return;
  const definition = define ? (activity.definition as JsonObject | undefined) : undefined;
  // JSON.stringify, not canonical JSON: a client repeats its definitions in the same key order, and a different
  // order only costs the storage one read-merge-compare (mergeActivity compares canonically).
  const fingerprint = definition ? JSON.stringify(definition) : '';
  const key = `${activity.id} ${fingerprint}`;
  if (!updates.has(key)) updates.set(key, { id: activity.id, definition, fingerprint });
}

function activitiesOf(updates: Map<string, ActivityUpdate>, st: JsonObject, define: boolean): void {
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
