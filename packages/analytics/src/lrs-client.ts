import {
  backoffDelay,
  parseRetryAfter,
  retryWithBackoff,
  type JsonObject,
  type TryOutcome,
} from '@dlis/xapi-profile';
import { AnalyticsError, AnalyticsErrorCode } from './analytics-error.ts';
import { httpGet, type HttpGetInit, type TextResponse } from './http-get.ts';
import { parseStatementResult } from './statement-result.ts';

/** Where the LRS is and how to talk to it. Only the standard Statements API is used (xAPI 1.0.3 Part Three §2.1). */
export interface LrsConnection {
  /** xAPI endpoint, e.g. `https://lrs.example.org/xapi` (with or without the trailing slash). */
  endpoint: string;
  /** `KEY:SECRET` for HTTP Basic (never echoed), or a full `Basic …` header value; none for an open LRS. */
  auth?: string;
  /** Value of `X-Experience-API-Version`; default `1.0.3`, which 1.0.x and 2.0 LRSs both accept. */
  xapiVersion?: string;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests; defaults to httpGet (node:http, lighter than the global fetch for large pages). */
  fetch?: typeof fetch;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry (for progress lines). */
  onRetry?: (event: RetryEvent) => void;
  signal?: AbortSignal;
}

/** Retries on 429 (after Retry-After when given), 5xx and network errors, with exponential back-off. */
export interface RetryPolicy {
  /** Retries after the first attempt (6). */
  retries: number;
  /** First back-off delay in ms (500); doubled each retry, equal jitter (backoffDelay of @dlis/xapi-profile). */
  baseDelayMs: number;
  /** Longest delay in ms, Retry-After included (60,000). */
  maxDelayMs: number;
}

export interface RetryEvent {
  attempt: number;
  delayMs: number;
  /** `HTTP 503`, `HTTP 429`, or the network error's message. */
  reason: string;
}

/** Filters of GET statements; names as in the spec. */
export interface StatementQuery {
  /** Activity IRI; with `relatedActivities` (default true) also matches parents, groupings, categories. */
  activity?: string;
  relatedActivities?: boolean;
  registration?: string;
  /** ISO 8601 timestamps on `stored`: since exclusive, until inclusive. */
  since?: string;
  until?: string;
  /** Page size asked for (the LRS may return fewer); default: the LRS's. */
  limit?: number;
}

export interface StatementPage {
  statements: JsonObject[];
  /** Absolute URL of the next page, or null on the last page. */
  more: string | null;
  /** `X-Experience-API-Consistent-Through`, when the LRS sent it. */
  consistentThrough: string | undefined;
}

const DEFAULT_RETRY: RetryPolicy = { retries: 6, baseDelayMs: 500, maxDelayMs: 60_000 };

/** The first page's URL: `<endpoint>/statements?…`, oldest first (`ascending=true`) so `since` can resume. */
export function statementsUrl(endpoint: string, query: StatementQuery): string {
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/statements`);
  const p = url.searchParams;
  if (query.activity !== undefined) {
    p.set('activity', query.activity);
    if (query.relatedActivities ?? true) p.set('related_activities', 'true');
  }
  if (query.registration !== undefined) p.set('registration', query.registration);
  if (query.since !== undefined) p.set('since', query.since);
  if (query.until !== undefined) p.set('until', query.until);
  if (query.limit !== undefined) p.set('limit', String(query.limit));
  p.set('ascending', 'true');
  return url.toString();
}

/**
 * Pages of statements, following `more` (relative to the endpoint's origin, or absolute) until the last page. `from`
 * starts at a saved `more` URL instead of the query (resume). The next page is requested as soon as its `more`
 * link can be read from the end of the current body, before that body is parsed and used, so the LRS and this
 * process work at the same time; at most two pages are in memory.
 */
export async function* statementPages(
  connection: LrsConnection,
  query: StatementQuery,
  from?: string,
): AsyncGenerator<StatementPage> {
  let url = from ?? statementsUrl(connection.endpoint, query);
  let pending: Promise<RawPage> | null = fetchRaw(connection, url);
  while (pending !== null) {
    const raw: RawPage = await pending;
    const peeked = peekMore(raw.body, url);
    let prefetched: Promise<RawPage> | null = peeked === null ? null : fetchRaw(connection, peeked);
    // a consumer that stops early must not leave a rejected prefetch unhandled
    prefetched?.catch(() => {});
    const page = parsePage(raw, url);
    if (page.more !== peeked) prefetched = page.more === null ? null : fetchRaw(connection, page.more);
    yield page;
    if (page.more === null) return;
    url = page.more;
    pending = prefetched;
  }
}

interface RawPage {
  /** The body as received (decoded from gzip, deflate or br). */
  body: Buffer;
  /** Hands the body's memory back for reuse, once parsed (parsePage calls it). */
  release: () => void;
  status: number;
  consistentThrough: string | undefined;
}

/** The `more` link at the end of a StatementResult body, without parsing it; null when absent or unclear. */
function peekMore(body: Buffer, base: string): string | null {
  const tail = body.toString('latin1', Math.max(0, body.length - 4096));
  const match = /"more"\s*:\s*"([^"\\]*)"\s*\}\s*$/.exec(tail);
  if (match === null || match[1] === undefined || match[1] === '') return null;
  try {
    return new URL(match[1], base).toString();
  } catch {
    return null;
  }
}

/** GETs one page with retries and parses it; throws AnalyticsError (never with credentials in the message). */
export async function fetchPage(connection: LrsConnection, url: string): Promise<StatementPage> {
  return parsePage(await fetchRaw(connection, url), url);
}

async function fetchRaw(connection: LrsConnection, url: string): Promise<RawPage> {
  const policy = { ...DEFAULT_RETRY, ...connection.retry };
  const doFetch: (url: string, init: HttpGetInit) => Promise<TextResponse> = connection.fetch ?? httpGet;
  const headers: Record<string, string> = {
    'x-experience-api-version': connection.xapiVersion ?? '1.0.3',
    accept: 'application/json',
  };
  const authorization = authHeader(connection.auth);
  if (authorization !== undefined) headers.authorization = authorization;
  const shown = redactUrl(url);
  return retryWithBackoff(
    async (): Promise<TryOutcome<RawPage>> => {
      let response: TextResponse;
      try {
        response = await doFetch(url, {
          headers,
          ...(connection.signal ? { signal: connection.signal } : {}),
        });
      } catch (error) {
        if (connection.signal?.aborted) throw error;
        return { retry: networkReason(error) };
      }
      if (response.ok) {
        return {
          done: {
            body: response.buffer ? await response.buffer() : Buffer.from(await response.arrayBuffer()),
            release: () => response.release?.(),
            status: response.status,
            consistentThrough: response.headers.get('x-experience-api-consistent-through') ?? undefined,
          },
        };
      }
      const status = response.status;
      await response.body?.cancel();
      if (status === 429 || status >= 500) {
        const retryAfterMs =
          status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
        return { retry: `HTTP ${status}`, status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
      }
      if (status === 401 || status === 403) {
        throw new AnalyticsError(
          AnalyticsErrorCode.unauthorized,
          status === 401
            ? `The LRS at ${shown} refused the credentials (HTTP 401); check --auth or DLIS_LRS_AUTH (KEY:SECRET).`
            : `The LRS at ${shown} answered HTTP 403: the key may not read statements; use a key with the statements/read scope.`,
          status,
        );
      }
      throw new AnalyticsError(
        AnalyticsErrorCode.lrsRequest,
        `The LRS at ${shown} answered HTTP ${status} to GET statements; check the endpoint (it ends with the xAPI base, e.g. /xapi) and the filters.`,
        status,
      );
    },
    {
      retries: policy.retries,
      // Retry-After when the LRS sent one, else the shared back-off; never past maxDelayMs.
      delayMs: (retry, retryAfterMs) =>
        Math.min(
          policy.maxDelayMs,
          retryAfterMs ??
            backoffDelay(retry, Math.random, { baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs }),
        ),
      ...(connection.sleep ? { sleep: connection.sleep } : {}),
      ...(connection.onRetry ? { onRetry: connection.onRetry } : {}),
      giveUp: (last, tries) =>
        last.status === undefined
          ? new AnalyticsError(
              AnalyticsErrorCode.lrsUnavailable,
              `The LRS at ${shown} could not be reached after ${tries} attempts (${last.retry}); check the URL and the network, then run again (an export can continue with --resume).`,
            )
          : new AnalyticsError(
              AnalyticsErrorCode.lrsUnavailable,
              `The LRS at ${shown} kept answering HTTP ${last.status} after ${tries} attempts; try again later (an export can continue with --resume).`,
              last.status,
            ),
    },
  );
}

function parsePage(raw: RawPage, url: string): StatementPage {
  // the statements are copies: the body's memory can be reused once parsed
  let body: unknown = parseStatementResult(raw.body);
  if (body === undefined) {
    try {
      body = JSON.parse(raw.body.toString('utf8'));
    } catch {
      body = undefined;
    }
  }
  raw.release();
  const result = body as { statements?: unknown; more?: unknown } | undefined;
  if (typeof result !== 'object' || result === null || !Array.isArray(result.statements)) {
    throw new AnalyticsError(
      AnalyticsErrorCode.lrsResponse,
      `The LRS at ${redactUrl(url)} did not answer with a StatementResult ({"statements": […], "more": …}); is the URL the xAPI endpoint?`,
      raw.status,
    );
  }
  const more =
    typeof result.more === 'string' && result.more !== '' ? new URL(result.more, url).toString() : null;
  return { statements: result.statements as JsonObject[], more, consistentThrough: raw.consistentThrough };
}

/** `KEY:SECRET` → `Basic base64`; a value that already starts with `Basic ` is used as is. */
export function authHeader(auth: string | undefined): string | undefined {
  if (auth === undefined || auth === '') return undefined;
  if (/^basic /i.test(auth)) return auth;
  return `Basic ${Buffer.from(auth, 'utf8').toString('base64')}`;
}

/** The URL without user-info and without the `more` token's bulk, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  return code ?? (cause instanceof Error ? cause.message : String(cause));
}
