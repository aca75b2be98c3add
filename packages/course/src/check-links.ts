/** What became of one address. */
export type LinkVerdict =
  | { kind: 'ok'; status: number }
  | { kind: 'moved'; status: number; location: string }
  | { kind: 'broken'; status: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'unreachable'; reason: string };

export interface CheckLinksOptions {
  /** Time allowed to each request (and each redirect) before the address counts as not answering. */
  timeoutMs: number;
  /** Requests at once. */
  concurrency?: number;
  /** The fetch to use (the global one by default). */
  fetch?: typeof fetch;
}

/** Redirects followed before giving up: a loop is not a working address. */
const MAX_REDIRECTS = 5;

/**
 * Asks every distinct address once (HEAD, then GET when the server refuses HEAD), following redirects by hand:
 * a 2xx at the first try is `ok`; a 2xx after redirects is `moved` (with the final address, to put in the course
 * instead); 4xx and 5xx are `broken`; no answer within `timeoutMs` is `timeout`; a network error (no such host,
 * connection refused, offline) is `unreachable`.
 */
export async function checkLinks(
  urls: readonly string[],
  options: CheckLinksOptions,
): Promise<Map<string, LinkVerdict>> {
  const distinct = [...new Set(urls)];
  const verdicts = new Map<string, LinkVerdict>();
  let next = 0;
  const lane = async () => {
    while (next < distinct.length) {
      const url = distinct[next++]!;
      verdicts.set(url, await checkOne(url, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, distinct.length) }, lane));
  return verdicts;
}

async function checkOne(url: string, options: CheckLinksOptions): Promise<LinkVerdict> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await request(current, 'HEAD', options);
      if (response.status === 405 || response.status === 501)
        response = await request(current, 'GET', options);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return { kind: 'timeout', ms: options.timeoutMs };
      }
      return { kind: 'unreachable', reason: networkReason(error) };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      continue;
    }
    if (response.status >= 400) return { kind: 'broken', status: response.status };
    return current === url
      ? { kind: 'ok', status: response.status }
      : { kind: 'moved', status: response.status, location: current };
  }
  return { kind: 'unreachable', reason: `more than ${MAX_REDIRECTS} redirects` };
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckLinksOptions): Promise<Response> {
  const response = await (options.fetch ?? fetch)(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': 'dlis check-links (DLIS course toolkit)' },
  });
  // The body is not needed: release the connection.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** The cause of a fetch failure, in a few words (`getaddrinfo ENOTFOUND example.org`, `ECONNREFUSED`). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.message ?? cause?.code ?? (error instanceof Error ? error.message : String(error));
}
