import { LrsError } from '../lrs-error.ts';
import { decodeUtf8, parseJsonText } from './json-limits.ts';
import type { InsertBatch } from './group-commit.ts';
import type { MoreTokens } from './more-token.ts';
import type { LrsKeyInfo } from '../auth/lrs-keys.ts';
import type { LrsStorage } from '../store/lrs-storage.ts';
import type { XapiVersion } from '../xapi-version.ts';
import type { ResolvedLrsConfig } from './lrs-config.ts';

/** A request as the router sees it: parsed URL, lower-case headers, the whole body. */
export interface LrsRequest {
  method: string;
  /** Path below the base path, e.g. "/statements". */
  path: string;
  query: URLSearchParams;
  /** The query string as received ("?a=b" or ""), to check its encoding. */
  rawQuery: string;
  headers: Record<string, string | undefined>;
  body: Buffer;
  /** Remote address of the caller (failure back-off). */
  client: string;
}

export interface LrsResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/** What a route handler receives once version and credentials are checked. */
export interface RouteContext {
  req: LrsRequest;
  version: XapiVersion;
  key: LrsKeyInfo;
  storage: LrsStorage;
  config: ResolvedLrsConfig;
  /** Monotonic "now" in UTC ISO (stored timestamps never go backwards). */
  now(): string;
  /** Stores a batch through the app's group commit; resolves after the commit. */
  insert: InsertBatch;
  /** Signs and checks the `more` paging tokens. */
  moreTokens: MoreTokens;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): LrsResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function noContent(headers: Record<string, string> = {}): LrsResponse {
  return { status: 204, headers };
}

/**
 * Rejects query parameters the resource does not define (1.0.3 Part Three §1.5: "The LRS MUST reject with 400 any
 * request … with parameters it does not recognize").
 */
export function checkParams(query: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(query.keys())) {
    if (!allowed.includes(name)) {
      throw new LrsError(
        'badRequest',
        `Unknown query parameter "${name}"; this resource accepts: ${allowed.join(', ')}.`,
        {
          part: 'query',
        },
      );
    }
  }
}

export function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value === '') {
    throw new LrsError('badRequest', `The query parameter "${name}" is required here.`, { part: 'query' });
  }
  return value;
}

/** Parses a JSON body: 400 when it is not UTF-8 or not JSON, LRS_E_TOO_DEEP when nested too deep. */
export function parseJsonBody(req: LrsRequest): unknown {
  return parseJsonText(decodeUtf8(req.body, 'body'), 'body', 'The body');
}

/** Media type without parameters, lower case ("application/json"). */
export function mediaType(req: LrsRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
