/**
 * A small fetch-based xAPI 1.0.3 client: only what the player needs to send statements (Communication §2.1,
 * Statement Resource, POST). @xapi/xapi was measured and not used: it inlines axios (~17 KB gzip), see
 * docs/tracking.md, "Sending statements".
 */

import { parseRetryAfter } from '@dlis/xapi-profile';

/** The version header every request carries (xAPI 1.0.3 Part Three §6.2). Statements are also valid 2.0. */
export const XAPI_VERSION = '1.0.3';

export interface XapiClientOptions {
  /** LRS endpoint, e.g. `http://127.0.0.1:8085/xapi` (with or without the trailing slash). */
  endpoint: string;
  /**
   * Value of the `Authorization` header: `basicAuthorization('KEY:SECRET')`, or the ready value a launch gives
   * (xAPI launch `auth`, `Basic <token>` in cmi5).
   */
  authorization: string;
  /** The fetch to use (default: globalThis.fetch); injected so that tests and other runtimes can provide one. */
  fetch?: typeof fetch;
}

/**
 * What became of one POST of statements.
 * - `sent`: 200 or 204, every statement is stored (or was already, with the same content).
 * - `conflict`: 409, a statement id of the batch is already stored; the whole batch was refused (§3.2: a batch
 *   is all or nothing), so nothing of this request was stored.
 * - `retry`: 408, 429, 5xx or no answer (network error, LRS down): worth sending again later;
 *   `retryAfterMs` from a `Retry-After` header when the LRS gave one.
 * - `rejected`: any other status (400 bad statement, 401 wrong credentials, 403 missing scope, 404 wrong
 *   endpoint, 413 too large…): sending the same request again cannot succeed.
 */
export type PostOutcome =
  | { kind: 'sent'; status: number }
  | { kind: 'conflict'; status: 409; detail: string }
  | { kind: 'retry'; status?: number; detail: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; detail: string };

export interface PostOptions {
  /**
   * Let the request outlive the page (`fetch(…, {keepalive: true})`), for `pagehide`. Browsers cap the body of
   * keepalive requests in flight at 64 KiB in total.
   */
  keepalive?: boolean;
  signal?: AbortSignal;
}

export class XapiClient {
  readonly #statementsUrl: string;
  readonly #authorization: string;
  readonly #fetch: typeof fetch;

  constructor(options: XapiClientOptions) {
    this.#statementsUrl = `${options.endpoint.replace(/\/+$/, '')}/statements`;
    this.#authorization = options.authorization;
    // Bound: browsers throw "Illegal invocation" when fetch is called with another `this`.
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * POSTs statements as one JSON array. `statements` may be objects or their JSON text (the queue sends the
   * exact same bytes on every retry). Each statement must carry its own `id`, made by the sender, so that a
   * retry of a batch the LRS stored but whose answer was lost is a no-op (§2.1.3). Never throws for an HTTP or
   * network failure: it returns the outcome (an abort through `signal` is a `retry`).
   */
  async postStatements(
    statements: readonly (object | string)[],
    options: PostOptions = {},
  ): Promise<PostOutcome> {
    const body = `[${statements.map((s) => (typeof s === 'string' ? s : JSON.stringify(s))).join(',')}]`;
    let response: Response;
    try {
      response = await this.#fetch(this.#statementsUrl, {
        method: 'POST',
        headers: {
          Authorization: this.#authorization,
          'Content-Type': 'application/json',
          'X-Experience-API-Version': XAPI_VERSION,
        },
        body,
        keepalive: options.keepalive ?? false,
        signal: options.signal,
        // Credentials travel in the Authorization header, never as cookies of the LRS's origin.
        credentials: 'omit',
      });
    } catch (error) {
      return { kind: 'retry', detail: `No answer from the LRS (${describe(error)}).` };
    }
    const status = response.status;
    if (status === 200 || status === 204) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'sent', status };
    }
    const detail = `The LRS answered ${status}${await errorText(response)}.`;
    if (status === 409) return { kind: 'conflict', status, detail };
    if (status === 408 || status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
      return retryAfterMs === undefined
        ? { kind: 'retry', status, detail }
        : { kind: 'retry', status, detail, retryAfterMs };
    }
    return { kind: 'rejected', status, detail };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/** The start of the LRS's error message (the embedded LRS answers `{"message": …}`), for the status report. */
async function errorText(response: Response): Promise<string> {
  try {
    const text = (await response.text()).trim();
    if (!text) return '';
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
        return `: ${parsed.message.slice(0, 300)}`;
      }
    } catch {
      // Not JSON: use the text.
    }
    return `: ${text.slice(0, 300)}`;
  } catch {
    return '';
  }
}
