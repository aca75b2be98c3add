import type { ActivityStore } from '../store/lrs-storage.ts';
import type { JsonObject } from '@dlis/xapi-profile';

export type StatementFormat = 'exact' | 'ids' | 'canonical';

const IFI_KEYS = ['objectType', 'mbox', 'mbox_sha1sum', 'openid', 'account'];

/**
 * Shapes a stored statement for GET (1.0.3 Part Three §2.1.3 `format`): `exact` as stored, `ids` with only the
 * identifying properties of Agents, Groups, Activities and Verbs, `canonical` with the LRS's canonical Activity
 * definitions and language maps reduced to one language (Accept-Language, else the first).
 */
export function formatStatement(
  statement: JsonObject,
  format: StatementFormat,
  activities: ActivityStore,
  languages: readonly string[],
): JsonObject {
  if (format === 'exact') return statement;
  const actor = (a: unknown): unknown => {
    if (format !== 'ids' || !a || typeof a !== 'object') return a;
    const obj = a as JsonObject;
    const out: JsonObject = Object.fromEntries(Object.entries(obj).filter(([k]) => IFI_KEYS.includes(k)));
    const hasIfi = Object.keys(out).some((k) => k !== 'objectType');
    if (!hasIfi && Array.isArray(obj.member)) out.member = obj.member.map(actor);
    return out;
  };
  const langMap = (m: unknown): unknown => {
    if (!m || typeof m !== 'object') return m;
    const map = m as Record<string, string>;
    const tag = languages.find((l) => map[l] !== undefined) ?? Object.keys(map)[0];
    return tag === undefined ? map : { [tag]: map[tag] };
  };
  const activity = (a: unknown): unknown => {
    const obj = a as JsonObject;
    if (format === 'ids') return { id: obj.id };
    const canonical = activities.getActivity(obj.id as string) ?? obj;
    const def = canonical.definition as JsonObject | undefined;
    if (!def) return { ...obj };
    const definition: JsonObject = { ...def };
    for (const k of ['name', 'description']) if (definition[k]) definition[k] = langMap(definition[k]);
    return { ...obj, definition };
  };
  const object = (o: JsonObject): JsonObject => {
    const type = o.objectType ?? 'Activity';
    if (type === 'Activity') return activity(o) as JsonObject;
    if (type === 'Agent' || type === 'Group') return actor(o) as JsonObject;
    if (type === 'SubStatement') return core(o);
    return o;
  };
  const core = (st: JsonObject): JsonObject => {
    const out: JsonObject = { ...st, actor: actor(st.actor), object: object(st.object as JsonObject) };
    const verb = st.verb as JsonObject;
    out.verb =
      format === 'ids' ? { id: verb.id } : verb.display ? { ...verb, display: langMap(verb.display) } : verb;
    if (st.authority) out.authority = actor(st.authority);
    const context = st.context as JsonObject | undefined;
    if (context) {
      const ctx: JsonObject = { ...context };
      if (ctx.instructor) ctx.instructor = actor(ctx.instructor);
      if (ctx.team) ctx.team = actor(ctx.team);
      if (ctx.contextActivities) {
        ctx.contextActivities = Object.fromEntries(
          Object.entries(ctx.contextActivities as JsonObject).map(([k, list]) => [
            k,
            Array.isArray(list) ? list.map(activity) : activity(list),
          ]),
        );
      }
      out.context = ctx;
    }
    return out;
  };
  return core(statement);
}
