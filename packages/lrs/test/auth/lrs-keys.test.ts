import { describe, expect, test } from 'vitest';
import { createLrsKey, listLrsKeys, revokeLrsKey } from '../../src/auth/lrs-keys.ts';
import { LrsError } from '../../src/lrs-error.ts';
import { createMemoryStorage } from '../../src/store/memory-storage.ts';
import { agent, statement } from '../support/statements.ts';
import { basic, createTestLrs } from '../support/test-lrs.ts';

const ana = encodeURIComponent(JSON.stringify(agent('ana')));
const activityId = encodeURIComponent('https://dlis.example/a');

/** One request per resource and method, with what each needs to succeed. */
const REQUESTS = {
  postStatement: { method: 'POST', url: '/xapi/statements', body: statement } as const,
  getStatements: { method: 'GET', url: '/xapi/statements' } as const,
  putState: {
    method: 'PUT',
    url: `/xapi/activities/state?activityId=${activityId}&agent=${ana}&stateId=s`,
  } as const,
  getState: { method: 'GET', url: `/xapi/activities/state?activityId=${activityId}&agent=${ana}` } as const,
  putProfile: {
    method: 'PUT',
    url: `/xapi/activities/profile?activityId=${activityId}&profileId=p`,
  } as const,
  getActivity: { method: 'GET', url: `/xapi/activities?activityId=${activityId}` } as const,
};
type Op = keyof typeof REQUESTS;

describe('authentication', () => {
  test('no, malformed, wrong or revoked credentials → 401 with a Basic challenge', async () => {
    const lrs = createTestLrs();
    const { key, secret } = createLrsKey(lrs.storage, { name: 'rev', scopes: ['all'] });
    const get = (authorization?: string) =>
      lrs.app.inject({
        method: 'GET',
        url: '/xapi/statements',
        headers: { 'x-experience-api-version': '1.0.3', ...(authorization ? { authorization } : {}) },
      });
    const none = await get();
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic/);
    expect((await get('Bearer abc')).status).toBe(401);
    expect((await get(basic(key, 'wrong'))).status).toBe(401);
    expect((await get(basic('nokey', secret))).status).toBe(401);
    expect((await get(basic(key, secret))).status).toBe(200);
    revokeLrsKey(lrs.storage, key);
    expect((await get(basic(key, secret))).status).toBe(401);
  });

  test('the secret is stored only as a salted scrypt hash and never listed', () => {
    const storage = createMemoryStorage();
    const { key, secret, info } = createLrsKey(storage, { name: 'n', scopes: ['statements/write'] });
    const record = storage.getKey(key)!;
    expect(JSON.stringify(record)).not.toContain(secret);
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(listLrsKeys(storage))).not.toContain(record.hash);
    expect(info.scopes).toEqual(['statements/write']);
    expect(() => createLrsKey(storage, { name: 'n', scopes: ['root'] })).toThrow(LrsError);
    expect(() => createLrsKey(storage, { name: ' ', scopes: ['all'] })).toThrow(/needs a name/);
  });
});

describe('authorisation: 403 outside the scopes', () => {
  const allowed: Record<string, Op[]> = {
    'statements/write': ['postStatement'],
    'statements/read': ['getStatements', 'getActivity'],
    'statements/read/mine': ['getStatements'],
    state: ['putState', 'getState'],
    define: ['getActivity'],
    profile: ['putProfile'],
    'all/read': ['getStatements', 'getState', 'getActivity'],
    all: Object.keys(REQUESTS) as Op[],
  };
  test.each(Object.entries(allowed))('scope %s', async (scope, ops) => {
    const lrs = createTestLrs();
    const auth = lrs.keyWith(scope);
    for (const op of Object.keys(REQUESTS) as Op[]) {
      const r = REQUESTS[op];
      const body = 'body' in r ? r.body() : { any: 'document' };
      const headers: Record<string, string> = { authorization: auth };
      if (op === 'putProfile') headers['if-none-match'] = '*';
      const res = await lrs.request({
        method: r.method,
        url: r.url,
        headers,
        ...(r.method === 'GET' ? {} : { body }),
      });
      expect([op, res.status]).toEqual([
        op,
        ops.includes(op) ? (r.method === 'GET' ? 200 : r.method === 'POST' ? 200 : 204) : 403,
      ]);
    }
  });

  test('statements/read/mine only sees statements stored with the same key', async () => {
    const lrs = createTestLrs();
    const writerA = lrs.keyWith('statements/write', 'statements/read/mine');
    const writerB = lrs.keyWith('statements/write');
    const mine = statement();
    await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: mine,
      headers: { authorization: writerA },
    });
    const theirs = statement();
    await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: theirs,
      headers: { authorization: writerB },
    });
    const seen = await lrs.request({
      method: 'GET',
      url: '/xapi/statements',
      headers: { authorization: writerA },
    });
    expect(seen.json<{ statements: { id: string }[] }>().statements.map((s) => s.id)).toEqual([mine.id]);
    const other = await lrs.request({
      method: 'GET',
      url: `/xapi/statements?statementId=${String(theirs.id)}`,
      headers: { authorization: writerA },
    });
    expect(other.status).toBe(404);
  });
});
