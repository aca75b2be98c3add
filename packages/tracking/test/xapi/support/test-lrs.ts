import { createLrsKey, createMemoryStorage, serveLrs, type LrsStorage, type RunningLrs } from '@dlis/lrs';
import { uuidV4 } from '@dlis/xapi-profile';
import { basicAuthorization } from '@dlis/tracking';
import type { DurableQueue } from '@dlis/tracking';
import type { QueueStatus } from '@dlis/tracking';

/** A real embedded LRS on 127.0.0.1 with in-memory storage and a read+write key. */
export interface TestLrs {
  storage: LrsStorage;
  running: RunningLrs;
  endpoint: string;
  port: number;
  /** `Basic …` for a key with statements/write and statements/read. */
  authorization: string;
}

export async function startTestLrs(): Promise<TestLrs> {
  const storage = createMemoryStorage();
  const { key, secret } = createLrsKey(storage, {
    name: 'queue tests',
    scopes: ['statements/write', 'statements/read'],
  });
  const running = await serveLrs({ storage, host: '127.0.0.1', port: 0 });
  return {
    storage,
    running,
    endpoint: running.endpoint,
    port: Number(new URL(running.endpoint).port),
    authorization: basicAuthorization(`${key}:${secret}`),
  };
}

/** Serves the same storage again on the same port (an LRS restarted after an outage). */
export async function restartTestLrs(lrs: TestLrs): Promise<TestLrs> {
  const running = await serveLrs({ storage: lrs.storage, host: '127.0.0.1', port: lrs.port });
  return { ...lrs, running };
}

interface StoredStatement {
  id: string;
  timestamp: string;
  object: { id: string };
}

/** Every statement in the LRS, in stored order (GET statements?ascending=true, following `more`). */
export async function fetchStoredStatements(lrs: TestLrs): Promise<StoredStatement[]> {
  const all: StoredStatement[] = [];
  let url: string | undefined = `${lrs.endpoint}/statements?ascending=true&limit=0`;
  while (url) {
    const response = await fetch(url, {
      headers: { Authorization: lrs.authorization, 'X-Experience-API-Version': '1.0.3' },
    });
    if (response.status !== 200) throw new Error(`GET statements answered ${response.status}`);
    const page = (await response.json()) as { statements: StoredStatement[]; more?: string };
    all.push(...page.statements);
    url = page.more ? new URL(page.more, lrs.endpoint).href : undefined;
  }
  return all;
}

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);
const BASE_TIME = Date.parse('2026-11-28T10:00:00.000Z');

/** A small valid statement whose timestamp is `second` seconds after a fixed past time. */
export function makeStatement(second: number, page = `p${second}`) {
  return {
    id: uuidV4(random),
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-4711' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: `https://w3id.org/dlis/xapi/courses/test/pages/${page}` },
    timestamp: new Date(BASE_TIME + second * 1000).toISOString(),
  } as const;
}

/** Resolves with the first status (current or later) that `accept` takes. */
export function waitForStatus(
  queue: DurableQueue,
  accept: (status: QueueStatus) => boolean,
): Promise<QueueStatus> {
  if (accept(queue.status)) return Promise.resolve(queue.status);
  return new Promise((resolve) => {
    const off = queue.onStatus((status) => {
      if (accept(status)) {
        off();
        resolve(status);
      }
    });
  });
}

/** A fetch that records what was posted (statement ids per request, keepalive) and then really fetches. */
export function recordingFetch() {
  const posts: { ids: string[]; keepalive: boolean; status?: number }[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { id: string }[]) : [];
    const post: { ids: string[]; keepalive: boolean; status?: number } = {
      ids: body.map((s) => s.id),
      keepalive: init?.keepalive === true,
    };
    posts.push(post);
    const response = await fetch(input, init);
    post.status = response.status;
    return response;
  };
  /** Ids the LRS acknowledged, one entry per acknowledgement. */
  const acknowledged = () => posts.filter((p) => p.status === 200 || p.status === 204).flatMap((p) => p.ids);
  return { fetch: wrapped, posts, acknowledged };
}
