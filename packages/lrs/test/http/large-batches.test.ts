import { describe, expect, test } from 'vitest';
import { openSqliteStorage } from '@dlis/lrs';
import type { LrsStorage } from '@dlis/lrs';
import { statement } from '../support/statements.ts';
import { createTestLrs } from '../support/test-lrs.ts';

/** A real SQLite storage whose writes are counted (every write method is its own transaction or commit). */
function countingStorage(): { storage: LrsStorage; writes: Record<string, number> } {
  const inner = openSqliteStorage(':memory:');
  const writes: Record<string, number> = {};
  const storage = new Proxy(inner, {
    get(target, name: keyof LrsStorage) {
      const value = target[name];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (/^(insert|put|delete)/.test(name)) writes[name] = (writes[name] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { storage, writes };
}

describe('large requests', () => {
  test('a statement with 2,000 new context Activities is stored in one transaction, Activities included', async () => {
    const { storage, writes } = countingStorage();
    const lrs = createTestLrs({ storage });
    const before = { ...writes };
    const grouping = Array.from({ length: 2000 }, (_, i) => ({
      id: `https://dlis.example/activities/g${i}`,
      definition: { name: { fr: `Groupe ${i}` } },
    }));
    const res = await lrs.request({
      method: 'POST',
      url: '/xapi/statements',
      body: statement({ context: { contextActivities: { grouping } } }),
    });
    expect(res.status).toBe(200);
    expect({ ...writes, putKey: 0 }).toEqual({ ...before, putKey: 0, insertStatementBatches: 1 });
    const activity = await lrs.request({
      method: 'GET',
      url: `/xapi/activities?activityId=${encodeURIComponent('https://dlis.example/activities/g1999')}`,
    });
    expect(activity.json()).toMatchObject({ definition: { name: { fr: 'Groupe 1999' } } });
  });

  test('a 2,000-statement batch lets the event loop turn while it is checked and prepared', async () => {
    const lrs = createTestLrs();
    let turns = 0;
    let running = true;
    const tick = () => {
      turns += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    let aboutAnsweredFirst = false;
    const post = lrs
      .request({
        method: 'POST',
        url: '/xapi/statements',
        body: Array.from({ length: 2000 }, () => statement()),
      })
      .then((r) => r.status);
    const about = lrs.request({ method: 'GET', url: '/xapi/about' }).then((r) => {
      aboutAnsweredFirst = true;
      return r.status;
    });
    expect(await post).toBe(200);
    running = false;
    expect(await about).toBe(200);
    expect(aboutAnsweredFirst).toBe(true);
    // Validation and preparation yield every 100 statements: at least 2 × 19 turns of the loop.
    expect(turns).toBeGreaterThanOrEqual(38);
  });
});
