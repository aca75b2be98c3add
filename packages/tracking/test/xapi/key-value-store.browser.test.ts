import { afterEach, describe, expect, it } from 'vitest';
import { DurableQueue } from '@dlis/tracking';
import { browserLocalStorage, createMemoryStore } from '@dlis/tracking';
import type { PostOutcome } from '@dlis/tracking';

const KEY = 'dlis:xapi-queue:browser-test';
const statement = (id: string, second: number) => ({
  id,
  timestamp: new Date(Date.UTC(2026, 10, 28, 10, 0, second)).toISOString(),
});

describe('KeyValueStore in Chromium', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('browserLocalStorage() is the page localStorage', () => {
    const store = browserLocalStorage();
    expect(store).toBe(localStorage);
    store?.setItem(KEY, 'x');
    expect(localStorage.getItem(KEY)).toBe('x');
  });

  it('a queue over localStorage writes before sending, and a new queue (reload) reads it back', async () => {
    const store = browserLocalStorage() ?? createMemoryStore();
    // No LRS in this test (the node tests use the real one): a sender that is never reached.
    const never = { postStatements: (): Promise<PostOutcome> => new Promise(() => undefined) };
    const first = new DurableQueue({ client: never, store, key: KEY, resume: false, sendDelayMs: 60_000 });
    first.enqueue(statement('b0b0b0b0-0000-4000-8000-000000000002', 2));
    first.enqueue(statement('a0a0a0a0-0000-4000-8000-000000000001', 1));
    first.dispose();
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { statements: { id: string }[] };
    expect(saved.statements.map((s) => s.id)).toEqual([
      'a0a0a0a0-0000-4000-8000-000000000001',
      'b0b0b0b0-0000-4000-8000-000000000002',
    ]);

    const sent: string[][] = [];
    const ok = {
      postStatements: async (batch: readonly string[]): Promise<PostOutcome> => {
        sent.push(batch.map((s) => (JSON.parse(s) as { id: string }).id));
        return { kind: 'sent', status: 200 };
      },
    };
    const second = new DurableQueue({ client: ok, store, key: KEY, resume: false });
    expect(second.status.pending).toBe(2);
    await second.flush();
    expect(sent).toEqual([saved.statements.map((s) => s.id)]);
    expect(localStorage.getItem(KEY)).toBeNull();
    second.dispose();
  });
});
