import { LrsError } from '../lrs-error.ts';
import type { StatementQuery } from '../store/lrs-storage.ts';
import {
  agentKey,
  isIri,
  isTimestamp,
  isUuid,
  StatementValidationError,
  validateActor,
  type JsonObject,
} from '@dlis/xapi-profile';
import { parseJsonText } from './json-limits.ts';
import type { RouteContext } from './lrs-request.ts';
import type { StatementFormat } from './statement-format.ts';

const FORMATS: readonly StatementFormat[] = ['exact', 'ids', 'canonical'];

const bad = (message: string) => new LrsError('badRequest', message, { part: 'query' });

/** The one value of a parameter; a parameter given twice is refused (which one would count is not defined). */
export function singleParam(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw bad(`The parameter "${name}" is given ${values.length} times; give it once.`);
  return values[0] ?? null;
}

export function boolParam(params: URLSearchParams, name: string): boolean {
  const v = singleParam(params, name);
  if (v === null) return false;
  if (v === 'true' || v === 'false') return v === 'true';
  throw bad(`The parameter "${name}" must be true or false, got "${v}".`);
}

export function formatParam(params: URLSearchParams): StatementFormat {
  const format = singleParam(params, 'format') ?? 'exact';
  if (!(FORMATS as readonly string[]).includes(format))
    throw bad(`format must be exact, ids or canonical, got "${format}".`);
  return format as StatementFormat;
}

function timestampParam(params: URLSearchParams, name: string): string | undefined {
  const v = singleParam(params, name);
  if (v === null) return undefined;
  if (!isTimestamp(v)) throw bad(`The parameter "${name}" must be an ISO 8601 timestamp, got "${v}".`);
  return new Date(v).toISOString();
}

function iriParam(params: URLSearchParams, name: string): string | undefined {
  const v = singleParam(params, name);
  if (v === null) return undefined;
  if (!isIri(v)) throw bad(`The parameter "${name}" must be an IRI, got "${v}".`);
  return v;
}

/**
 * The filter of a statement query (1.0.3 Part Three §2.1.3), every parameter checked: a wrong value is a 400,
 * never an empty page or a storage error. The page size is capped at maxLimit whatever the request says.
 */
export function parseFilter(
  ctx: RouteContext,
  params: URLSearchParams,
  mine: boolean,
): Omit<StatementQuery, 'after'> {
  const q: Omit<StatementQuery, 'after'> = { limit: ctx.config.maxLimit };
  const agent = singleParam(params, 'agent');
  if (agent !== null) {
    const value = parseJsonText(agent, 'query', 'agent');
    try {
      validateActor(value, ctx.version, 'agent');
    } catch (error) {
      if (!(error instanceof StatementValidationError)) throw error;
      throw new LrsError('badRequest', error.message, { part: 'query', cause: error });
    }
    q.agent = agentKey(value as JsonObject);
  }
  const verb = iriParam(params, 'verb');
  if (verb !== undefined) q.verb = verb;
  const activity = iriParam(params, 'activity');
  if (activity !== undefined) q.activity = activity;
  const registration = singleParam(params, 'registration');
  if (registration !== null) {
    if (!isUuid(registration)) throw bad(`registration must be a UUID, got "${registration}".`);
    q.registration = registration.toLowerCase();
  }
  q.relatedActivities = boolParam(params, 'related_activities');
  q.relatedAgents = boolParam(params, 'related_agents');
  q.ascending = boolParam(params, 'ascending');
  const since = timestampParam(params, 'since');
  if (since) q.since = since;
  const until = timestampParam(params, 'until');
  if (until) q.until = until;
  const limit = singleParam(params, 'limit');
  if (limit !== null) {
    if (!/^\d{1,15}$/.test(limit)) throw bad(`limit must be a non-negative integer, got "${limit}".`);
    const n = Number(limit);
    q.limit = n === 0 ? ctx.config.maxLimit : Math.min(n, ctx.config.maxLimit);
  }
  if (mine) q.authority = `account:${ctx.config.authorityHomePage}|${ctx.key.key}`;
  return q;
}
