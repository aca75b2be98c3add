import { LrsError } from '../lrs-error.ts';
import { isIri } from '@dlis/xapi-profile';
import { agentParam } from './documents-route.ts';
import { checkParams, json, requiredParam, type LrsResponse, type RouteContext } from './lrs-request.ts';
import { requireScope } from './require-scope.ts';

const READERS = ['statements/read', 'define', 'all/read', 'all'] as const;

/** Activities resource (1.0.3 Part Three §2.5): the canonical Activity, or one with only its id when unknown. */
export function activitiesRoute(ctx: RouteContext): LrsResponse {
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    throw new LrsError('methodNotAllowed', `${ctx.req.method} is not allowed on /activities.`);
  }
  requireScope(ctx.key, READERS);
  checkParams(ctx.req.query, ['activityId']);
  const id = requiredParam(ctx.req.query, 'activityId');
  if (!isIri(id)) throw new LrsError('badRequest', `activityId "${id}" is not an IRI.`, { part: 'query' });
  return json(200, ctx.storage.getActivity(id) ?? { objectType: 'Activity', id });
}

/**
 * Agents resource (1.0.3 Part Three §2.4; 2.0 §4.1.6.3): the Person object combining what the LRS knows of the
 * Agent. An Agent has exactly one IFI and this LRS links no IFIs to each other (no directory service), so the
 * Person has that one identifier, and every name stored statements gave an Agent with it, plus the name in the
 * request when it has one.
 */
export function agentsRoute(ctx: RouteContext): LrsResponse {
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    throw new LrsError('methodNotAllowed', `${ctx.req.method} is not allowed on /agents.`);
  }
  requireScope(ctx.key, READERS);
  checkParams(ctx.req.query, ['agent']);
  const { agent, key } = agentParam(ctx);
  const person: Record<string, unknown> = { objectType: 'Person' };
  const names = new Set(ctx.storage.agentNames(key));
  if (typeof agent.name === 'string') names.add(agent.name);
  if (names.size > 0) person.name = [...names];
  for (const ifi of ['mbox', 'mbox_sha1sum', 'openid', 'account']) {
    if (agent[ifi] !== undefined) person[ifi] = [agent[ifi]];
  }
  return json(200, person);
}
