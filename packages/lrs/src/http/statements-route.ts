import { randomUUID } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import { prepareStatement, withStored } from '../prepare-statement.ts';
import { mapYielding } from './yield-event-loop.ts';
import type { PreparedStatement } from '../store/lrs-storage.ts';
import { agentKey, isUuid, type JsonObject } from '@dlis/xapi-profile';
import { boolParam, formatParam, parseFilter, singleParam } from './statement-query-params.ts';
import { checkStatement } from '../check-statement.ts';
import { requireScope } from './require-scope.ts';
import { formatStatement } from './statement-format.ts';
import {
  checkParams,
  json,
  mediaType,
  noContent,
  parseJsonBody,
  type LrsResponse,
  type RouteContext,
} from './lrs-request.ts';
import { activityUpdates } from './record-activities.ts';
import { buildMultipart, multipartBoundary, parseMultipart, type MultipartPart } from './multipart.ts';
import { matchAttachments, type AttachmentContent } from './statement-attachments.ts';

const GET_PARAMS = [
  'statementId',
  'voidedStatementId',
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
  'more',
] as const;

/** Statements resource (1.0.3 Part Three §2.1; 2.0 §4.1.6.1). */
export function statementsRoute(ctx: RouteContext): LrsResponse | Promise<LrsResponse> {
  switch (ctx.req.method) {
    case 'PUT':
      return putStatement(ctx);
    case 'POST':
      return postStatements(ctx);
    case 'GET':
    case 'HEAD':
      return getStatements(ctx);
    default:
      throw new LrsError('methodNotAllowed', `${ctx.req.method} is not allowed on /statements.`);
  }
}

interface Received {
  body: unknown;
  parts: MultipartPart[];
}

/** Reads application/json, or multipart/mixed whose first part is the JSON (1.0.3 Part Three §1.5.2). */
function readStatements(ctx: RouteContext): Received {
  const type = mediaType(ctx.req);
  if (type === 'multipart/mixed') {
    const [first, ...parts] = parseMultipart(
      ctx.req.body,
      multipartBoundary(ctx.req.headers['content-type'] ?? ''),
    );
    if (
      !first ||
      (first.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json'
    ) {
      throw new LrsError(
        'badRequest',
        'The first part of a multipart/mixed request must be application/json.',
        {
          part: 'body',
        },
      );
    }
    return { body: parseJsonBody({ ...ctx.req, body: first.body }), parts };
  }
  if (type !== 'application/json') {
    throw new LrsError(
      'badRequest',
      `Content-Type must be application/json or multipart/mixed, got "${type || 'none'}".`,
      {
        part: 'header',
      },
    );
  }
  return { body: parseJsonBody(ctx.req), parts: [] };
}

async function putStatement(ctx: RouteContext): Promise<LrsResponse> {
  requireScope(ctx.key, ['statements/write', 'all']);
  checkParams(ctx.req.query, ['statementId']);
  const id = ctx.req.query.get('statementId');
  if (!id)
    throw new LrsError('badRequest', 'PUT /statements needs the statementId parameter.', { part: 'query' });
  if (!isUuid(id)) throw new LrsError('badRequest', `statementId "${id}" is not a UUID.`, { part: 'query' });
  const { body, parts } = readStatements(ctx);
  if (Array.isArray(body))
    throw new LrsError('badRequest', 'PUT /statements takes one statement, not an array.', { part: 'body' });
  const statement = checkStatement(body, ctx.version);
  if (statement.id !== undefined && String(statement.id).toLowerCase() !== id.toLowerCase()) {
    throw new LrsError(
      'badRequest',
      `statement.id "${String(statement.id)}" differs from statementId "${id}".`,
      {
        part: 'body',
      },
    );
  }
  await store(ctx, [{ ...statement, id }], matchAttachments([statement], ['statement'], parts));
  return noContent();
}

async function postStatements(ctx: RouteContext): Promise<LrsResponse> {
  requireScope(ctx.key, ['statements/write', 'all']);
  checkParams(ctx.req.query, []);
  const { body, parts } = readStatements(ctx);
  const list = Array.isArray(body) ? body : [body];
  const statements = await mapYielding(list, (s, i) =>
    checkStatement(s, ctx.version, Array.isArray(body) ? `statements[${i}]` : 'statement'),
  );
  const paths = statements.map((_, i) => (Array.isArray(body) ? `statements[${i}]` : 'statement'));
  const ids = await store(ctx, statements, matchAttachments(statements, paths, parts));
  return json(200, ids);
}

/** Validated statements → stored (atomically, group-committed). Resolves to their ids in order once committed. */
async function store(
  ctx: RouteContext,
  statements: JsonObject[],
  attachments: AttachmentContent[],
): Promise<string[]> {
  const seen = new Set<string>();
  const define = ctx.key.scopes.some((s) => s === 'define' || s === 'all');
  const authority = {
    objectType: 'Agent',
    account: { homePage: ctx.config.authorityHomePage, name: ctx.key.key },
  };
  const unstamped: PreparedStatement[] = await mapYielding(statements, (st, i) => {
    const id = typeof st.id === 'string' ? st.id.toLowerCase() : randomUUID();
    if (seen.has(id)) {
      throw new LrsError(
        'badRequest',
        `statements[${i}].id: "${id}" appears twice in the batch; ids must be unique.`,
        {
          part: 'body',
        },
      );
    }
    seen.add(id);
    const prepared = prepareStatement(st, {
      id,
      authority,
      version: ctx.version === '2.0.0' ? '2.0.0' : '1.0.0',
    });
    // The statement's Activities are merged in its own transaction (one commit per request, not per Activity).
    prepared.activities = activityUpdates(prepared.statement, define);
    return prepared;
  });
  // `stored` is taken here, with no await before the batch is queued: stored order is commit (seq) order, which
  // time-bounded queries rely on to read from the bound.
  const stored = ctx.now();
  const prepared = unstamped.map((p) => withStored(p, stored));
  // Content first: a statement is never acknowledged before the attachments it references are stored.
  for (const a of attachments) ctx.storage.putAttachment(a.sha2, a.contentType, a.content);
  const outcome = await ctx.insert(prepared);
  if (!outcome.ok) {
    throw new LrsError(
      'conflict',
      `A statement with id "${outcome.conflictId}" is already stored with other content; statements are immutable. ` +
        'Send it with a new id, or void the old one.',
    );
  }
  return prepared.map((p) => p.id);
}

function getStatements(ctx: RouteContext): LrsResponse {
  requireScope(ctx.key, ['statements/read', 'statements/read/mine', 'all/read', 'all']);
  const { query } = ctx.req;
  checkParams(query, GET_PARAMS);
  const mine = !ctx.key.scopes.some((s) => ['statements/read', 'all/read', 'all'].includes(s));
  const consistent = { 'x-experience-api-consistent-through': ctx.now() };
  const languages = (ctx.req.headers['accept-language'] ?? '')
    .split(',')
    .map((l) => l.split(';')[0]!.trim())
    .filter(Boolean);
  const format = formatParam(query);
  const withAttachments = boolParam(query, 'attachments');
  const shape = (s: JsonObject) => formatStatement(s, format, ctx.storage, languages);

  const single = singleParam(query, 'statementId') ?? singleParam(query, 'voidedStatementId');
  if (single !== null) {
    const wanted = query.has('statementId') ? 'statementId' : 'voidedStatementId';
    const extra = [...query.keys()].filter(
      (k) => !['statementId', 'voidedStatementId', 'format', 'attachments'].includes(k),
    );
    if (extra.length > 0 || (query.has('statementId') && query.has('voidedStatementId'))) {
      throw new LrsError(
        'badRequest',
        `${wanted} cannot be combined with ${extra.join(', ') || 'the other id'}.`,
        {
          part: 'query',
        },
      );
    }
    if (!isUuid(single))
      throw new LrsError('badRequest', `${wanted} "${single}" is not a UUID.`, { part: 'query' });
    const found = ctx.storage.getStatement(single.toLowerCase());
    // 1.0.3 Part Three §2.1.4: a voided statement is only returned through voidedStatementId, and vice versa.
    if (!found || found.voided !== (wanted === 'voidedStatementId')) {
      throw new LrsError(
        'notFound',
        `No ${wanted === 'voidedStatementId' ? 'voided ' : ''}statement with id "${single}".`,
      );
    }
    if (mine && !isMine(ctx, found.statement))
      throw new LrsError('notFound', `No statement with id "${single}".`);
    return respond(ctx, shape(found.statement), [found.statement], withAttachments, {
      ...consistent,
      'last-modified': new Date(found.statement.stored as string).toUTCString(),
    });
  }

  // Every parameter, from the URL or from a `more` token, goes through the same checks (parseFilter).
  let params = query;
  let after: number | undefined;
  if (query.has('more')) {
    if ([...query.keys()].some((k) => k !== 'more')) {
      throw new LrsError('badRequest', 'more cannot be combined with other parameters.', { part: 'query' });
    }
    ({ params, after } = ctx.moreTokens.decode(ctx.key.key, singleParam(query, 'more')!));
    checkParams(params, GET_PARAMS);
  }
  const q = parseFilter(ctx, params, mine);
  const token = {
    q,
    after: after ?? (q.ascending ? 0 : Number.MAX_SAFE_INTEGER),
    format: formatParam(params),
    attachments: boolParam(params, 'attachments'),
  };
  const moreLink = (last: number | undefined, more: boolean) =>
    more && last !== undefined
      ? `${ctx.config.basePath}/statements?more=${ctx.moreTokens.encode(ctx.key.key, { params, after: last })}`
      : '';
  if (token.format === 'exact' && token.attachments !== true) {
    // The common case (and every research export): the stored JSON texts, joined, never parsed nor re-serialised.
    const page = ctx.storage.queryStatementJson({ ...token.q, after: token.after });
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', ...consistent },
      body: `{"statements":[${page.json.join(',')}],"more":${JSON.stringify(moreLink(page.last, page.more))}}`,
    };
  }
  const page = ctx.storage.queryStatements({ ...token.q, after: token.after });
  const more = moreLink(page.last, page.more);
  const statements = page.statements.map((s) => formatStatement(s, token.format, ctx.storage, languages));
  return respond(ctx, { statements, more }, page.statements, token.attachments ?? false, consistent);
}

/**
 * JSON, or with attachments=true multipart/mixed: the JSON first, then each referenced attachment once
 * (1.0.3 Part Three §2.1.3, `attachments`).
 */
function respond(
  ctx: RouteContext,
  value: unknown,
  statements: readonly JsonObject[],
  withAttachments: boolean,
  headers: Record<string, string>,
): LrsResponse {
  if (!withAttachments) return json(200, value, headers);
  const parts: MultipartPart[] = [
    { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(value)) },
  ];
  const seen = new Set<string>();
  const collect = (st: JsonObject) => {
    for (const a of (st.attachments as JsonObject[] | undefined) ?? []) {
      const sha2 = String(a.sha2).toLowerCase();
      const found = seen.has(sha2) ? undefined : ctx.storage.getAttachment(sha2);
      seen.add(sha2);
      if (!found) continue;
      parts.push({
        headers: {
          'Content-Type': found.contentType,
          'Content-Transfer-Encoding': 'binary',
          'X-Experience-API-Hash': sha2,
        },
        body: found.content,
      });
    }
    const object = st.object as JsonObject;
    if (object.objectType === 'SubStatement') collect(object);
  };
  statements.forEach(collect);
  const multipart = buildMultipart(parts);
  return {
    status: 200,
    headers: { ...headers, 'content-type': multipart.contentType },
    body: multipart.body,
  };
}

function isMine(ctx: RouteContext, statement: JsonObject): boolean {
  return (
    agentKey((statement.authority ?? {}) as JsonObject) ===
    `account:${ctx.config.authorityHomePage}|${ctx.key.key}`
  );
}
