import { LrsError } from '../lrs-error.ts';
import { isIri } from '../validation/xapi-formats.ts';
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

/** Agents resource (1.0.3 Part Three §2.4): the Person object combining what is known of the Agent. */
export function agentsRoute(ctx: RouteContext): LrsResponse {
  if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
    throw new LrsError('methodNotAllowed', `${ctx.req.method} is not allowed on /agents.`);
  }
  requireScope(ctx.key, READERS);
  checkParams(ctx.req.query, ['agent']);
  const { agent } = agentParam(ctx);
  const person: Record<string, unknown> = { objectType: 'Person' };
  for (const key of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) {
    if (agent[key] !== undefined) person[key] = [agent[key]];
  }
  return json(200, person);
}
