import { randomBytes, scryptSync } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import type { KeyRecord, KeyStore } from '../store/lrs-storage.ts';
import { isLrsScope, LRS_SCOPES, type LrsScope } from './lrs-scopes.ts';

/** scrypt cost (N=2^14, r=8, p=1: Node's defaults, ~50 ms); key length 32 bytes. */
export const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

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
  options: {
    name: string;
    scopes: readonly string[];
    now?: Date;
    /** Chosen credentials (`dlis lrs serve --memory --key KEY:SECRET`); random ones otherwise. */
    credentials?: { key: string; secret: string };
  },
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
  const key = options.credentials?.key ?? randomBytes(12).toString('hex');
  const secret = options.credentials?.secret ?? randomBytes(24).toString('base64url');
  if (!/^[\w.-]{1,128}$/.test(key) || secret.length < 8 || secret.length > 256) {
    throw new LrsError(
      'config',
      'A chosen key is 1–128 letters, digits, "_", "-" or "."; its secret 8–256 characters.',
    );
  }
  if (store.getKey(key)) throw new LrsError('config', `The key "${key}" already exists.`);
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

export function toInfo(r: KeyRecord): LrsKeyInfo {
  return {
    key: r.key,
    name: r.name,
    scopes: r.scopes.filter(isLrsScope),
    created: r.created,
    revoked: r.revoked,
  };
}
