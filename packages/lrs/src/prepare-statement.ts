import { createHash } from 'node:crypto';
import { agentKey } from './agent-key.ts';
import type { IndexEntry, PreparedStatement } from './store/lrs-storage.ts';
import type { JsonObject } from './validation/statement-checker.ts';
import { VOIDED_VERB } from './validation/validate-statement.ts';

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as JsonObject)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Duration as compared (2.0 §4.2.7): precision beyond 0.01 s is not part of a comparison, so seconds are truncated
 * to hundredths ("PT1.2345S" compares equal to "PT1.23S").
 */
export function comparableDuration(duration: string): string {
  return duration.replace(/(\d+)[.,](\d+)S$/, (_, s: string, f: string) => {
    const hundredths = f.slice(0, 2).replace(/0+$/, '');
    return hundredths ? `${s}.${hundredths}S` : `${s}S`;
  });
}

/** The statement with durations truncated for comparison (fingerprints, signatures). */
export function comparableStatement(st: JsonObject): JsonObject {
  const out: JsonObject = { ...st };
  const result = st.result as JsonObject | undefined;
  if (result && typeof result.duration === 'string') {
    out.result = { ...result, duration: comparableDuration(result.duration) };
  }
  const object = st.object as JsonObject | undefined;
  if (object?.objectType === 'SubStatement') out.object = comparableStatement(object);
  return out;
}

/**
 * Completes a validated statement with what the LRS owns (1.0.3 Part Two §2.4: id if absent, stored, authority,
 * version) and computes its fingerprint and filter index. The fingerprint ignores the properties the LRS sets, so
 * re-sending the same statement is recognised as the same (immutability, 1.0.3 Part Three §2.1.1).
 */
export function prepareStatement(
  received: JsonObject,
  lrs: { id: string; stored: string; authority: JsonObject; version: string },
): PreparedStatement {
  const normalized = withArrayContextActivities(received);
  const { stored: _s, authority: _a, version: _v, ...content } = normalized;
  const fingerprint = createHash('sha256')
    .update(canonicalJson(comparableStatement({ ...content, id: lrs.id })))
    .digest('hex');
  const statement: JsonObject = {
    ...normalized,
    id: lrs.id,
    // 1.0.3 Part Two §2.4.7: when the statement has no timestamp, the LRS sets it to stored.
    timestamp: normalized.timestamp ?? lrs.stored,
    stored: lrs.stored,
    authority: lrs.authority,
    version: normalized.version ?? lrs.version,
  };
  const object = statement.object as JsonObject;
  const verbId = (statement.verb as JsonObject).id as string;
  const refTarget = object.objectType === 'StatementRef' ? (object.id as string) : undefined;
  return {
    id: lrs.id,
    statement,
    fingerprint,
    stored: lrs.stored,
    index: indexOf(statement),
    voids: verbId === VOIDED_VERB ? refTarget : undefined,
    refTarget,
  };
}

/**
 * 1.0.3 Part Two §2.4.6.2: a single context Activity is stored and returned as a one-element array
 * (also inside a SubStatement).
 */
function withArrayContextActivities(st: JsonObject): JsonObject {
  const out: JsonObject = { ...st };
  const context = st.context as JsonObject | undefined;
  const ca = context?.contextActivities as JsonObject | undefined;
  if (context && ca) {
    out.context = {
      ...context,
      contextActivities: Object.fromEntries(
        Object.entries(ca).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]),
      ),
    };
  }
  const object = st.object as JsonObject;
  if (object.objectType === 'SubStatement') out.object = withArrayContextActivities(object);
  return out;
}

/** Filter index entries of a statement (1.0.3 Part Three §2.1.3, query parameters agent … related_agents). */
function indexOf(statement: JsonObject): IndexEntry[] {
  const out: IndexEntry[] = [];
  const add = (kind: IndexEntry['kind'], value: string | undefined) => {
    if (value !== undefined && !out.some((e) => e.kind === kind && e.value === value))
      out.push({ kind, value });
  };
  const actor = (a: unknown, direct: boolean) => {
    if (!a || typeof a !== 'object') return;
    const obj = a as JsonObject;
    const key = agentKey(obj);
    if (direct) add('agent', key);
    add('relatedAgent', key);
    if (Array.isArray(obj.member)) for (const m of obj.member) add('relatedAgent', agentKey(m as JsonObject));
  };
  const activity = (a: unknown, direct: boolean) => {
    const id = (a as JsonObject | undefined)?.id;
    if (typeof id !== 'string') return;
    if (direct) add('activity', id);
    add('relatedActivity', id);
  };
  const walk = (st: JsonObject, top: boolean) => {
    actor(st.actor, top);
    const object = st.object as JsonObject;
    const type = object.objectType ?? 'Activity';
    if (type === 'Activity') activity(object, top);
    if (type === 'Agent' || type === 'Group') actor(object, top);
    if (type === 'SubStatement') walk(object, false);
    if (top) add('verb', (st.verb as JsonObject).id as string);
    const context = st.context as JsonObject | undefined;
    if (context) {
      if (top && typeof context.registration === 'string') add('registration', context.registration);
      actor(context.instructor, false);
      actor(context.team, false);
      for (const list of Object.values((context.contextActivities as JsonObject | undefined) ?? {})) {
        for (const a of Array.isArray(list) ? list : [list]) activity(a, false);
      }
      for (const ca of (context.contextAgents as JsonObject[] | undefined) ?? []) actor(ca.agent, false);
      for (const cg of (context.contextGroups as JsonObject[] | undefined) ?? []) actor(cg.group, false);
    }
    if (top) {
      actor(st.authority, false);
      add('authority', agentKey(st.authority as JsonObject));
    }
  };
  walk(statement, true);
  return out;
}
