import { describe, expect, test } from 'vitest';
import { createLrsKey, listLrsKeys, revokeLrsKey } from '@dlis/lrs';
import { LrsError } from '@dlis/lrs';
import { createMemoryStorage } from '@dlis/lrs';
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

describe('credential checks under attack', () => {
  const get = (lrs: ReturnType<typeof createTestLrs>, authorization: string, client = 'inject') =>
    lrs.app.inject({
      method: 'GET',
      url: '/xapi/statements',
      client,
      headers: { 'x-experience-api-version': '1.0.3', authorization },
    });

  test('concurrent wrong secrets do not hold up a request with valid credentials', async () => {
    const lrs = createTestLrs();
    const { key } = createLrsKey(lrs.storage, { name: 'victim', scopes: ['all'] });
    expect((await get(lrs, lrs.auth)).status).toBe(200);
    const finished: string[] = [];
    const wrong = Array.from({ length: 8 }, (_, i) =>
      get(lrs, basic(key, `wrong-${i}`), `attacker-${i}`).then((r) => {
        finished.push(`wrong ${r.status}`);
      }),
    );
    const valid = get(lrs, lrs.auth).then((r) => {
      finished.push(`valid ${r.status}`);
    });
    await Promise.all([...wrong, valid]);
    // scrypt of the wrong secrets runs on the thread pool: the valid request is answered before any of them.
    expect(finished[0]).toBe('valid 200');
    expect(finished.filter((f) => f === 'wrong 401')).toHaveLength(8);
  });

  test('an unknown key and a wrong secret get the same status and body', async () => {
    const lrs = createTestLrs();
    const { key, secret } = createLrsKey(lrs.storage, { name: 'real', scopes: ['all'] });
    const wrongSecret = await get(lrs, basic(key, 'not-the-secret'), 'a');
    const unknownKey = await get(lrs, basic('0123456789abcdef01234567', secret), 'b');
    const revoked = createLrsKey(lrs.storage, { name: 'gone', scopes: ['all'] });
    revokeLrsKey(lrs.storage, revoked.key);
    const revokedKey = await get(lrs, basic(revoked.key, revoked.secret), 'c');
    for (const r of [wrongSecret, unknownKey, revokedKey]) {
      expect([r.status, r.body]).toEqual([wrongSecret.status, wrongSecret.body]);
    }
    expect(wrongSecret.status).toBe(401);
  });

  test('a client failing repeatedly is refused for a growing back-off; verified keys still pass', async () => {
    let now = 0;
    const lrs = createTestLrs({ auth: { clock: () => now } });
    const fresh = createLrsKey(lrs.storage, { name: 'fresh', scopes: ['all'] });
    expect((await get(lrs, lrs.auth, 'attacker')).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await get(lrs, basic(fresh.key, 'bad'), 'attacker')).status).toBe(401);
    // In back-off: even right but not yet verified credentials are refused, without running scrypt.
    expect((await get(lrs, basic(fresh.key, fresh.secret), 'attacker')).status).toBe(401);
    expect((await get(lrs, lrs.auth, 'attacker')).status).toBe(200);
    expect((await get(lrs, basic(fresh.key, fresh.secret), 'neighbour')).status).toBe(200);
    now += 60_001;
    expect((await get(lrs, basic(fresh.key, fresh.secret), 'attacker')).status).toBe(200);
  });
});
