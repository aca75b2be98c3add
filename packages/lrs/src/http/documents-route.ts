import { createHash } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import type { DocumentKind, StoredDocument } from '../store/lrs-storage.ts';
import {
  agentKey,
  isIri,
  isTimestamp,
  isUuid,
  StatementValidationError,
  validateActor,
  type JsonObject,
} from '@dlis/xapi-profile';
import {
  checkParams,
  json,
  mediaType,
  noContent,
  requiredParam,
  type LrsResponse,
  type RouteContext,
} from './lrs-request.ts';
import { requireScope } from './require-scope.ts';
import { checkJsonDepth, decodeUtf8, parseJsonText } from './json-limits.ts';

interface DocumentResource {
  kind: DocumentKind;
  /** Name of the document id parameter. */
  idParam: 'stateId' | 'profileId';
  params: readonly string[];
  scope(ctx: RouteContext): string;
}

/** Parses and validates the `agent` parameter; returns its IFI key. */
export function agentParam(ctx: RouteContext): { agent: JsonObject; key: string } {
  const raw = requiredParam(ctx.req.query, 'agent');
  const agent = parseJsonText(raw, 'query', 'The agent parameter');
  try {
    validateActor(agent, ctx.version, 'agent');
  } catch (error) {
    if (!(error instanceof StatementValidationError)) throw error;
    throw new LrsError('badRequest', error.message, { part: 'query', cause: error });
  }
  const key = agentKey(agent as JsonObject);
  if (!key)
    throw new LrsError(
      'badRequest',
      'agent must carry an identifier (mbox, mbox_sha1sum, openid, account).',
      { part: 'query' },
    );
  return { agent: agent as JsonObject, key };
}

function activityParam(ctx: RouteContext): string {
  const id = requiredParam(ctx.req.query, 'activityId');
  if (!isIri(id)) throw new LrsError('badRequest', `activityId "${id}" is not an IRI.`, { part: 'query' });
  return id;
}

/** State (1.0.3 Part Three §2.3), Activity Profile (§2.7) and Agent Profile (§2.6) resources. */
export const DOCUMENT_RESOURCES = {
  state: {
    kind: 'state',
    idParam: 'stateId',
    params: ['activityId', 'agent', 'registration', 'stateId', 'since'],
    scope(ctx) {
      const registration = ctx.req.query.get('registration');
      if (registration !== null && !isUuid(registration)) {
        throw new LrsError('badRequest', 'registration must be a UUID.', { part: 'query' });
      }
      return JSON.stringify([activityParam(ctx), agentParam(ctx).key, registration?.toLowerCase() ?? null]);
    },
  },
  activityProfile: {
    kind: 'activityProfile',
    idParam: 'profileId',
    params: ['activityId', 'profileId', 'since'],
    scope: activityParam,
  },
  agentProfile: {
    kind: 'agentProfile',
    idParam: 'profileId',
    params: ['agent', 'profileId', 'since'],
    scope: (ctx) => agentParam(ctx).key,
  },
} as const satisfies Record<string, DocumentResource>;

const etagOf = (content: Buffer) => `"${createHash('sha1').update(content).digest('hex')}"`;

/** RFC 9110 §13.1.1-2: a list of entity tags or "*". */
function etagMatches(header: string, current: StoredDocument | undefined): boolean {
  if (!current) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === current.etag);
}

export function documentsRoute(ctx: RouteContext, resource: DocumentResource): LrsResponse {
  const { req } = ctx;
  const read = req.method === 'GET' || req.method === 'HEAD';
  requireScope(
    ctx.key,
    resource.kind === 'state'
      ? read
        ? ['state', 'all/read', 'all']
        : ['state', 'all']
      : read
        ? ['profile', 'all/read', 'all']
        : ['profile', 'all'],
  );
  checkParams(req.query, resource.params);
  const scope = resource.scope(ctx);
  const id = req.query.get(resource.idParam);
  const { storage } = ctx;

  if (read) {
    if (id === null) {
      const since = req.query.get('since');
      if (since !== null && !isTimestamp(since)) {
        throw new LrsError('badRequest', 'since must be an ISO 8601 timestamp.', { part: 'query' });
      }
      return json(
        200,
        storage.listDocumentIds(
          resource.kind,
          scope,
          since === null ? undefined : new Date(since).toISOString(),
        ),
      );
    }
    const doc = storage.getDocument(resource.kind, scope, id);
    if (!doc) throw new LrsError('notFound', `No document "${id}" here.`);
    return {
      status: 200,
      headers: {
        'content-type': doc.contentType,
        etag: doc.etag,
        'last-modified': new Date(doc.updated).toUTCString(),
      },
      body: doc.content,
    };
  }
  if (req.query.has('since'))
    throw new LrsError('badRequest', 'since is only allowed on GET.', { part: 'query' });

  if (req.method === 'DELETE' && id === null) {
    if (resource.kind !== 'state')
      throw new LrsError('badRequest', `DELETE needs ${resource.idParam}.`, { part: 'query' });
    storage.deleteDocuments(resource.kind, scope);
    return noContent();
  }
  if (id === null)
    throw new LrsError('badRequest', `${req.method} needs the ${resource.idParam} parameter.`, {
      part: 'query',
    });
  const current = storage.getDocument(resource.kind, scope, id);
  checkPreconditions(ctx, resource, current);

  switch (req.method) {
    case 'DELETE':
      storage.deleteDocument(resource.kind, scope, id);
      return noContent();
    case 'PUT':
      storage.putDocument(resource.kind, scope, id, makeDocument(ctx, req.body, mediaType(ctx.req)));
      return noContent();
    case 'POST': {
      const type = mediaType(req);
      if (!current) {
        if (type === 'application/json') jsonObject(req.body, 'the body');
        storage.putDocument(resource.kind, scope, id, makeDocument(ctx, req.body, type));
        return noContent();
      }
      // 1.0.3 Part Three §2.2 (JSON Procedure with Requirements): POST merges two JSON objects, else 400.
      if (type !== 'application/json' || !current.contentType.startsWith('application/json')) {
        throw new LrsError(
          'badRequest',
          'POST merges JSON objects: both the stored document and the body must be application/json. Use PUT to replace.',
          { part: 'body' },
        );
      }
      const merged = {
        ...jsonObject(current.content, 'the stored document'),
        ...jsonObject(req.body, 'the body'),
      };
      storage.putDocument(
        resource.kind,
        scope,
        id,
        makeDocument(ctx, Buffer.from(JSON.stringify(merged)), 'application/json'),
      );
      return noContent();
    }
    default:
      throw new LrsError('methodNotAllowed', `${req.method} is not allowed on this resource.`);
  }
}

/**
 * Concurrency (1.0.3 Part Three §3.1; 2.0 §4.1.4): If-Match / If-None-Match are honoured on every write; a PUT
 * over an existing document without either is a 409 for profiles (1.0.3) and for every document resource (2.0).
 */
function checkPreconditions(
  ctx: RouteContext,
  resource: DocumentResource,
  current: StoredDocument | undefined,
): void {
  const ifMatch = ctx.req.headers['if-match'];
  const ifNoneMatch = ctx.req.headers['if-none-match'];
  if (ifMatch !== undefined && !etagMatches(ifMatch, current)) {
    throw new LrsError(
      'preconditionFailed',
      'If-Match does not match the current ETag of the document; read it again and retry.',
    );
  }
  if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, current)) {
    throw new LrsError('preconditionFailed', 'If-None-Match matched: the document already exists.');
  }
  const strict = ctx.version === '2.0.0' || resource.kind !== 'state';
  // 1.0.3 profiles: the ADL conformance suite (XAPI-00273, XAPI-00293) expects a PUT with neither header to be
  // rejected even when no document exists yet; 2.0 dropped that test.
  if (ctx.req.method === 'PUT' && ctx.version === '1.0.3' && resource.kind !== 'state' && !current) {
    if (ifMatch === undefined && ifNoneMatch === undefined) {
      throw new LrsError(
        'badRequest',
        'PUT of a profile needs If-None-Match: * (new document) or If-Match (update).',
        {
          part: 'header',
        },
      );
    }
  }
  if (ctx.req.method === 'PUT' && strict && current && ifMatch === undefined && ifNoneMatch === undefined) {
    throw new LrsError(
      'conflict',
      'The document already exists: send If-Match with its ETag (or If-None-Match: *) to say what you expect to overwrite.',
    );
  }
}

function jsonObject(content: Buffer, what: string): JsonObject {
  const value = parseJsonText(decodeUtf8(content, 'body'), 'body', what);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LrsError('badRequest', `${what} must be a JSON object to be merged.`, { part: 'body' });
  }
  return value as JsonObject;
}

/**
 * A document as stored. Bounded in size (maxDocumentBytes, also after a POST merge: merges cannot grow a document
 * without end) and, when JSON, in nesting depth (so it can be merged later without deep recursion).
 */
function makeDocument(ctx: RouteContext, content: Buffer, type: string): StoredDocument {
  if (content.length > ctx.config.maxDocumentBytes) {
    throw new LrsError(
      'documentTooLarge',
      `The document would be ${content.length} bytes; this LRS keeps documents up to ${ctx.config.maxDocumentBytes} bytes.`,
      { part: 'body' },
    );
  }
  if (type === 'application/json') {
    // PUT does not require valid JSON (the LRS stores documents as sent), but JSON it can read is depth-checked.
    let value: unknown;
    try {
      value = JSON.parse(content.toString('utf8'));
    } catch {
      value = undefined;
    }
    checkJsonDepth(value, 'body', 'The document');
  }
  return {
    content,
    contentType: ctx.req.headers['content-type'] ?? (type || 'application/octet-stream'),
    etag: etagOf(content),
    updated: ctx.now(),
  };
}
