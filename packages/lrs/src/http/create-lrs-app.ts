import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthenticator } from '../auth/authenticator.ts';
import { LrsError } from '../lrs-error.ts';
import { parseXapiVersion, XAPI_VERSIONS, type XapiVersion } from '../xapi-version.ts';
import { activitiesRoute, agentsRoute } from './activities-agents-route.ts';
import { DOCUMENT_RESOURCES, documentsRoute } from './documents-route.ts';
import { errorResponse } from './error-response.ts';
import { resolveLrsConfig, type LrsUserConfig, type ResolvedLrsConfig } from './lrs-config.ts';
import { json, type LrsRequest, type LrsResponse, type RouteContext } from './lrs-request.ts';
import { statementsRoute } from './statements-route.ts';
import { createGroupCommit } from './group-commit.ts';
import { createMoreTokens } from './more-token.ts';
import { checkQueryEncoding, decodeUtf8 } from './json-limits.ts';

/** A request for `inject()`: no socket, no port. */
export interface InjectRequest {
  method: string;
  /** Full path with query, e.g. "/xapi/statements?limit=2". */
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Remote address the request is treated as coming from (failure back-off). Default "inject". */
  client?: string;
}

export interface InjectResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  json<T = unknown>(): T;
}

export interface LrsApp {
  readonly config: ResolvedLrsConfig;
  /** node:http request listener; reads the body up to maxBodyBytes (else 413). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Runs a request through the app without listening (tests). */
  inject(request: InjectRequest): Promise<InjectResponse>;
}

const ROUTES: Record<string, (ctx: RouteContext) => LrsResponse | Promise<LrsResponse>> = {
  '/statements': statementsRoute,
  '/activities/state': (ctx) => documentsRoute(ctx, DOCUMENT_RESOURCES.state),
  '/activities/profile': (ctx) => documentsRoute(ctx, DOCUMENT_RESOURCES.activityProfile),
  '/agents/profile': (ctx) => documentsRoute(ctx, DOCUMENT_RESOURCES.agentProfile),
  '/activities': activitiesRoute,
  '/agents': agentsRoute,
};

const CORS_HEADERS = {
  'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language',
  'access-control-expose-headers':
    'ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through',
  'access-control-max-age': '600',
};

/** Builds the LRS request handler (fastify habit: build separately from listening). */
export function createLrsApp(userConfig: LrsUserConfig): LrsApp {
  const config = resolveLrsConfig(userConfig);
  const authenticate = createAuthenticator(config.storage, config.auth);
  const insert = createGroupCommit(config.storage);
  const moreTokens = createMoreTokens();
  // Stored times never go backwards, even across a restart with the clock set back: time-bounded queries read
  // stored order as seq order.
  let lastNow = config.storage.lastStored() ?? '';
  const now = () => {
    const t = new Date().toISOString();
    lastNow = t > lastNow ? t : lastNow;
    return lastNow;
  };

  const dispatch = async (raw: LrsRequest): Promise<LrsResponse> => {
    let version: XapiVersion = config.fallbackVersion;
    const origin = raw.headers.origin;
    const cors: Record<string, string> =
      origin && (config.corsOrigins === '*' || config.corsOrigins.includes(origin))
        ? { 'access-control-allow-origin': origin, vary: 'Origin', ...CORS_HEADERS }
        : {};
    let response: LrsResponse;
    try {
      if (raw.method === 'OPTIONS') {
        response = { status: 204, headers: {} };
      } else {
        checkQueryEncoding(raw.rawQuery, 'query');
        const req = alternateSyntax(raw);
        if (req.path === '/about') {
          if (req.method !== 'GET' && req.method !== 'HEAD')
            throw new LrsError('methodNotAllowed', 'About only answers GET.');
          response = json(200, { version: [...XAPI_VERSIONS], extensions: {} });
        } else {
          const route = ROUTES[req.path];
          if (!route) throw new LrsError('notFound', `No xAPI resource at "${config.basePath}${req.path}".`);
          version = parseXapiVersion(req.headers['x-experience-api-version']);
          if (version === '2.0.0' && req !== raw) {
            throw new LrsError(
              'badRequest',
              'xAPI 2.0 removed the alternate request syntax (method=…); send a normal request.',
            );
          }
          const key = await authenticate(req.headers.authorization, raw.client);
          response = await route({
            req,
            version,
            key,
            storage: config.storage,
            config,
            now,
            insert,
            moreTokens,
          });
        }
        if (req.method === 'HEAD') response = { ...response, body: undefined };
      }
    } catch (error) {
      response = errorResponse(error, config.log);
    }
    // 1.0.3 Part Three §2.1.3: every GET of statements carries X-Experience-API-Consistent-Through, errors too.
    const consistent: Record<string, string> =
      raw.path === '/statements' &&
      (raw.method === 'GET' || raw.method === 'HEAD' || raw.query.get('method') === 'GET')
        ? { 'x-experience-api-consistent-through': now() }
        : {};
    return {
      ...response,
      headers: { ...consistent, ...response.headers, 'x-experience-api-version': version, ...cors },
    };
  };

  const toLrsRequest = (
    method: string,
    url: string,
    headers: Record<string, string | undefined>,
    body: Buffer,
    client: string,
  ) => {
    const parsed = new URL(url, 'http://lrs.invalid');
    const path = parsed.pathname.startsWith(config.basePath)
      ? parsed.pathname.slice(config.basePath.length)
      : '/-';
    return {
      method: method.toUpperCase(),
      path: path.replace(/\/+$/, '') || '/',
      query: parsed.searchParams,
      rawQuery: url.includes('?') ? url.slice(url.indexOf('?')) : '',
      headers,
      body,
      client,
    };
  };

  return {
    config,
    handle(req, res) {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > config.maxBodyBytes) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on('end', () => {
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
        );
        const answer = tooLarge
          ? Promise.resolve(
              errorResponse(
                new LrsError(
                  'payloadTooLarge',
                  `The body exceeds ${config.maxBodyBytes} bytes; send smaller batches.`,
                ),
                config.log,
              ),
            )
          : dispatch(
              toLrsRequest(
                req.method ?? 'GET',
                req.url ?? '/',
                headers,
                Buffer.concat(chunks),
                req.socket.remoteAddress ?? 'unknown',
              ),
            );
        void answer
          .catch((error: unknown) => errorResponse(error, config.log))
          .then((response) => {
            res.writeHead(response.status, response.headers);
            res.end(response.body);
          });
      });
    },
    async inject(request) {
      const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      );
      let body: Buffer;
      if (request.body === undefined) body = Buffer.alloc(0);
      else if (typeof request.body === 'string' || Buffer.isBuffer(request.body))
        body = Buffer.from(request.body);
      else {
        body = Buffer.from(JSON.stringify(request.body));
        headers['content-type'] ??= 'application/json';
      }
      const response =
        body.length > config.maxBodyBytes
          ? errorResponse(
              new LrsError('payloadTooLarge', `The body exceeds ${config.maxBodyBytes} bytes.`),
              config.log,
            )
          : await dispatch(
              toLrsRequest(request.method, request.url, headers, body, request.client ?? 'inject'),
            );
      const text = response.body === undefined ? '' : Buffer.from(response.body).toString('utf8');
      return {
        status: response.status,
        headers: response.headers,
        body: text,
        json: <T>() => JSON.parse(text) as T,
      };
    },
  };
}

/**
 * 1.0.3 Part Three §1.3 (Alternate Request Syntax): POST ?method=X with a form body carrying the headers, the
 * content and the other parameters is handled as the request it encodes.
 */
function alternateSyntax(req: LrsRequest): LrsRequest {
  const method = req.query.get('method');
  if (method === null) return req;
  if (req.method !== 'POST')
    throw new LrsError('badRequest', 'The method parameter is only allowed with POST.', { part: 'query' });
  if ([...req.query.keys()].some((k) => k !== 'method')) {
    throw new LrsError('badRequest', 'With method=…, every other parameter goes in the form body.', {
      part: 'query',
    });
  }
  if (!['GET', 'PUT', 'POST', 'DELETE'].includes(method.toUpperCase())) {
    throw new LrsError('badRequest', `method must be GET, PUT, POST or DELETE, got "${method}".`, {
      part: 'query',
    });
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new LrsError('badRequest', 'With method=…, the body must be application/x-www-form-urlencoded.', {
      part: 'header',
    });
  }
  const formText = decodeUtf8(req.body, 'body');
  checkQueryEncoding(formText, 'body');
  const form = new URLSearchParams(formText);
  const headers: Record<string, string | undefined> = { ...req.headers, 'content-type': undefined };
  const query = new URLSearchParams();
  let content = '';
  const HEADER_FIELDS = [
    'authorization',
    'x-experience-api-version',
    'content-type',
    'content-length',
    'if-match',
    'if-none-match',
  ];
  for (const [name, value] of form) {
    if (HEADER_FIELDS.includes(name.toLowerCase())) headers[name.toLowerCase()] = value;
    else if (name === 'content') content = value;
    else query.append(name, value);
  }
  // The form's content is JSON unless the form says otherwise (Content-Type field).
  if (content !== '') headers['content-type'] ??= 'application/json';
  return {
    method: method.toUpperCase(),
    path: req.path,
    query,
    rawQuery: '',
    headers,
    body: Buffer.from(content),
    client: req.client,
  };
}
