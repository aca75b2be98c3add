import { TRACKING_ERROR_CODES, TrackingError } from '../tracking-error.ts';
import type { KeyValueStore } from './key-value-store.ts';

/** sessionStorage key of the token a fetch URL gave: a reload in the same session reuses it (cmi5 8.2.1). */
export function cmi5TokenKey(fetchUrl: string): string {
  return `dlis:cmi5-token:${fetchUrl}`;
}

/**
 * sessionStorage key set once this tab's session has queued `initialized`: a reload goes on with the same session
 * and does not send it again (a token alone does not say so: a start that waited for its LMS holds the token
 * before `initialized` is queued).
 */
export function cmi5StartedKey(fetchUrl: string): string {
  return `dlis:cmi5-started:${fetchUrl}`;
}

/**
 * The `Authorization` header value for a cmi5 session: `Basic <auth-token>` from one POST to the fetch URL
 * (cmi5 8.2: POST, never GET; 200 with `{"auth-token": …}`, or 200 with `{"error-code", "error-text"}`).
 * The URL is one-time: the token is kept in `session` (sessionStorage) and reused on a reload instead of a
 * second POST. Throws TrackingError `TRACKING_E_CMI5_FETCH` with the LMS's error text otherwise.
 */
export async function fetchCmi5Token(
  fetchUrl: string,
  options: { fetch?: typeof fetch; session?: KeyValueStore } = {},
): Promise<string> {
  const key = cmi5TokenKey(fetchUrl);
  const kept = safeGet(options.session, key);
  if (kept) return kept;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let body: unknown;
  // No answer or a 5xx: the LMS may not have handed the token out, so a later launch can ask again (transient).
  let transient = true;
  try {
    const response = await doFetch(fetchUrl, { method: 'POST', credentials: 'omit' });
    if (response.status !== 200) {
      transient = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new Error(`status ${response.status}`);
    }
    transient = false;
    body = await response.json();
  } catch (error) {
    throw new TrackingError(
      TRACKING_ERROR_CODES.cmi5Fetch,
      `The cmi5 fetch URL gave no auth token (${error instanceof Error ? error.message : String(error)}). ` +
        'Launch the course again from the LMS.',
      { transient },
    );
  }
  const record = (body ?? {}) as Record<string, unknown>;
  const token = record['auth-token'];
  if (typeof token !== 'string' || token === '') {
    const code = String(record['error-code'] ?? '?');
    const text = String(record['error-text'] ?? 'no auth-token in the answer');
    throw new TrackingError(
      TRACKING_ERROR_CODES.cmi5Fetch,
      `The cmi5 fetch URL refused the token (error-code ${code}: ${text}). Launch the course again from the LMS.`,
    );
  }
  const authorization = `Basic ${token}`;
  try {
    options.session?.setItem(key, authorization);
  } catch {
    // No session storage: a reload will ask again, and the LMS will refuse (error-code 1).
  }
  return authorization;
}

function safeGet(store: KeyValueStore | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Marks this tab's cmi5 session started (`initialized` queued): a reload does not send it again. */
export function markCmi5Started(session: KeyValueStore | undefined, fetchUrl: string): void {
  try {
    session?.setItem(cmi5StartedKey(fetchUrl), '1');
  } catch {
    // no session storage: a reload asks the fetch URL again and is refused (local)
  }
}

/**
 * Forgets this tab's cmi5 session once `terminated` is sent: the token dies with it, so a reload must not use it
 * (it asks the fetch URL anew and is refused).
 */
export function forgetCmi5Session(session: KeyValueStore | undefined, fetchUrl: string): void {
  try {
    session?.removeItem(cmi5TokenKey(fetchUrl));
    session?.removeItem(cmi5StartedKey(fetchUrl));
  } catch {
    // nothing kept
  }
}
