import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import type { KeyRecord, KeyStore } from '../store/lrs-storage.ts';
import { isLrsScope, LRS_SCOPES, type LrsScope } from './lrs-scopes.ts';

/** scrypt cost (N=2^14, r=8, p=1: Node's defaults, ~50 ms); key length 32 bytes. */
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

/** A key as shown to people: never the secret or its hash. */
export interface LrsKeyInfo {
  key: string;
  name: string;
  scopes: LrsScope[];
  created: string;
  revoked: string | undefined;
}

function hashSecret(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
}

/**
 * Creates a key with the given scopes. The secret is returned once and only its salted scrypt hash is stored.
 * Throws LRS_E_CONFIG for an empty name or an unknown scope.
 */
export function createLrsKey(
  store: KeyStore,
  options: { name: string; scopes: readonly string[]; now?: Date },
): { key: string; secret: string; info: LrsKeyInfo } {
  const name = options.name.trim();
  if (!name)
    throw new LrsError('config', 'A key needs a name (--name), so you can recognise it in `key list`.');
  const unknown = options.scopes.filter((s) => !isLrsScope(s));
  if (unknown.length > 0 || options.scopes.length === 0) {
    throw new LrsError(
      'config',
      `Unknown scope "${unknown.join(', ')}". Choose among: ${LRS_SCOPES.join(', ')}.`,
    );
  }
  const key = randomBytes(12).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16);
  const record: KeyRecord = {
    key,
    name,
    scopes: [...new Set(options.scopes)],
    salt: salt.toString('hex'),
    hash: hashSecret(secret, salt).toString('hex'),
    created: (options.now ?? new Date()).toISOString(),
    revoked: undefined,
  };
  store.putKey(record);
  return { key, secret, info: toInfo(record) };
}

export function listLrsKeys(store: KeyStore): LrsKeyInfo[] {
  return store.listKeys().map(toInfo);
}

/** Revokes a key: later requests with it get 401. Throws LRS_E_NOT_FOUND for an unknown key. */
export function revokeLrsKey(store: KeyStore, key: string, now = new Date()): LrsKeyInfo {
  const record = store.getKey(key);
  if (!record)
    throw new LrsError('notFound', `No key "${key}" in this LRS. Run \`dlis lrs key list\` to see them.`);
  const revoked = { ...record, revoked: record.revoked ?? now.toISOString() };
  store.putKey(revoked);
  return toInfo(revoked);
}

function toInfo(r: KeyRecord): LrsKeyInfo {
  return {
    key: r.key,
    name: r.name,
    scopes: r.scopes.filter(isLrsScope),
    created: r.created,
    revoked: r.revoked,
  };
}

/**
 * Checks HTTP Basic credentials (RFC 7617) against the key store; returns the key or throws 401. Verified
 * secrets are remembered as a SHA-256 in memory so scrypt runs once per key and process, not per request.
 */
export function createAuthenticator(store: KeyStore): (authorization: string | undefined) => LrsKeyInfo {
  const verified = new Map<string, Buffer>();
  const unauthenticated = (why: string) =>
    new LrsError('unauthenticated', `${why} Send HTTP Basic credentials made by \`dlis lrs key create\`.`, {
      part: 'header',
    });
  return (authorization) => {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('No credentials were sent.');
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const key = colon < 0 ? decoded : decoded.slice(0, colon);
    const secret = colon < 0 ? '' : decoded.slice(colon + 1);
    const record = store.getKey(key);
    if (!record || record.revoked) throw unauthenticated('The key is unknown or revoked.');
    const fast = createHash('sha256').update(secret).digest();
    const cached = verified.get(key);
    if (cached && timingSafeEqual(cached, fast)) return toInfo(record);
    const expected = Buffer.from(record.hash, 'hex');
    const actual = hashSecret(secret, Buffer.from(record.salt, 'hex'));
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw unauthenticated('The secret does not match the key.');
    }
    verified.set(key, fast);
    return toInfo(record);
  };
}
