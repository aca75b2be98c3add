import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import type { KeyStore } from '../store/lrs-storage.ts';
import { SCRYPT, toInfo, type LrsKeyInfo } from './lrs-keys.ts';

/** Checks one request's HTTP Basic credentials; `client` names the caller for the failure back-off. */
export type Authenticate = (authorization: string | undefined, client: string) => Promise<LrsKeyInfo>;

export interface AuthenticatorOptions {
  /** Milliseconds clock for the back-off (tests inject one). Default Date.now. */
  clock?: () => number;
  /** Verified credentials remembered (HMAC of key and secret). Default 1,024. */
  cacheSize?: number;
}

/** Consecutive failures a client may make before its back-off starts. */
const FAILURES_BEFORE_BACKOFF = 5;
/** Back-off after the first extra failure; doubles with each further one, up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** Scrypt verifications one client may have running at once; more are refused without work. */
const MAX_PENDING_PER_CLIENT = 2;
/** Clients whose failures are tracked; the oldest are forgotten beyond this. */
const MAX_CLIENTS = 10_000;

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, hash) =>
      error ? reject(error) : resolve(hash),
    ),
  );
}

/**
 * Checks HTTP Basic credentials (RFC 7617) against the key store; resolves to the key or rejects with 401.
 *
 * - scrypt runs on libuv's thread pool (crypto.scrypt), never on the event loop, so wrong secrets cannot stall
 *   other requests.
 * - An unknown or revoked key is verified against a dummy hash: same work, same status and message as a wrong
 *   secret, so answers do not tell which keys exist.
 * - Verified credentials are remembered as an HMAC (per-process random key) of key and secret, in a bounded map,
 *   so scrypt runs once per key and process; the secret itself is never kept.
 * - A client (remote address) that fails FAILURES_BEFORE_BACKOFF times in a row is refused without any scrypt
 *   for a back-off that doubles with each further failure (1 s … 60 s); credentials already verified still pass.
 */
export function createAuthenticator(store: KeyStore, options: AuthenticatorOptions = {}): Authenticate {
  const clock = options.clock ?? Date.now;
  const cacheSize = options.cacheSize ?? 1024;
  const macKey = randomBytes(32);
  const verified = new Map<string, string>();
  const dummySalt = randomBytes(16);
  const dummyHash = randomBytes(SCRYPT.keylen);
  const inFlight = new Map<string, Promise<boolean>>();
  const clients = new Map<string, { failures: number; until: number; pending: number }>();

  const unauthenticated = (why = 'The key is unknown or revoked, or the secret does not match it.') =>
    new LrsError('unauthenticated', `${why} Send HTTP Basic credentials made by \`dlis lrs key create\`.`, {
      part: 'header',
    });
  const clientState = (client: string) => {
    let state = clients.get(client);
    if (!state) {
      if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
      state = { failures: 0, until: 0, pending: 0 };
      clients.set(client, state);
    }
    return state;
  };
  const failed = (client: string) => {
    const state = clientState(client);
    state.failures += 1;
    const extra = state.failures - FAILURES_BEFORE_BACKOFF;
    if (extra >= 0) state.until = clock() + Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** extra);
    return unauthenticated();
  };

  return async (authorization, client) => {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('No credentials were sent.');
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const key = colon < 0 ? decoded : decoded.slice(0, colon);
    const secret = colon < 0 ? '' : decoded.slice(colon + 1);
    const mac = createHmac('sha256', macKey).update(key).update('\0').update(secret).digest('base64');
    const record = store.getKey(key);
    if (verified.get(mac) === key && record && !record.revoked) return toInfo(record);

    // The same credentials arriving together (a client opening several connections) share one scrypt.
    const running = inFlight.get(mac);
    const ok = running
      ? await running
      : await (async () => {
          const state = clientState(client);
          if (state.until > clock() || state.pending >= MAX_PENDING_PER_CLIENT) return false;
          state.pending += 1;
          const usable = record !== undefined && record.revoked === undefined;
          const expected = usable ? Buffer.from(record.hash, 'hex') : dummyHash;
          const check = scryptAsync(secret, usable ? Buffer.from(record.salt, 'hex') : dummySalt).then(
            (actual) => usable && actual.length === expected.length && timingSafeEqual(actual, expected),
          );
          inFlight.set(mac, check);
          try {
            return await check;
          } finally {
            inFlight.delete(mac);
            state.pending -= 1;
          }
        })();
    if (!ok || !record) throw failed(client);
    const state = clientState(client);
    state.failures = 0;
    state.until = 0;
    if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
    verified.set(mac, key);
    return toInfo(record);
  };
}
