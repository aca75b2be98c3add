import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLrsKey, openSqliteStorage, serveLrs, type LrsStorage, type RunningLrs } from '@dlis/lrs';
import type { Statement } from '@dlis/xapi-profile';

/**
 * The embedded LRS (`dlis lrs serve`, the same library) on 127.0.0.1 with a SQLite file, CORS open to any origin
 * (the package is served from another port). It can be stopped and started again on the same port with the same
 * database: the outage test's LRS going down and coming back.
 */
export interface TestLrsServer {
  /** xAPI endpoint with its trailing `/`, e.g. `http://127.0.0.1:41234/xapi/`. */
  endpoint: string;
  /** The storage of the running LRS (keys are made with the LRS library on it). */
  storage(): LrsStorage;
  /** `Basic …` of a key with scope `all`, for the test's own queries. */
  adminAuth: string;
  /** A new key with these scopes; returns its key and secret. */
  makeKey(name: string, scopes: string[]): { key: string; secret: string };
  /** Stops listening (connections refused), keeps the database file. */
  stop(): Promise<void>;
  /** Starts again on the same port with the same database. */
  start(): Promise<void>;
  running(): boolean;
  /** Every statement, oldest stored first (paged through `more`), optionally of one registration. */
  statements(query?: { registration?: string }): Promise<Statement[]>;
  /** Writes a state document as the LMS does (PUT, JSON). */
  putState(address: StateAddress, document: unknown): Promise<void>;
  close(): Promise<void>;
}

export interface StateAddress {
  activityId: string;
  agent: unknown;
  registration: string;
  stateId: string;
}

export function basicAuth(key: string, secret: string): string {
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

/** Every statement of the LRS at `endpoint`, oldest stored first (paged through `more`), optionally of one registration. */
export async function readStatements(
  endpoint: string,
  authorization: string,
  query: { registration?: string } = {},
): Promise<Statement[]> {
  const headers = { authorization, 'x-experience-api-version': '1.0.3' };
  const url = new URL('statements', endpoint);
  url.searchParams.set('ascending', 'true');
  url.searchParams.set('limit', '200');
  if (query.registration) url.searchParams.set('registration', query.registration);
  const all: Statement[] = [];
  let next: string | undefined = url.href;
  while (next) {
    const response = await fetch(next, { headers });
    if (response.status !== 200)
      throw new Error(`GET statements: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { statements: Statement[]; more?: string };
    all.push(...page.statements);
    next = page.more ? new URL(page.more, endpoint).href : undefined;
  }
  return all;
}

export async function startTestLrs(): Promise<TestLrsServer> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-e2e-lrs-'));
  const dbFile = join(dir, 'lrs.sqlite');
  let storage = openSqliteStorage(dbFile);
  let port = 0;
  let running: RunningLrs | undefined;
  const listen = async () => {
    running = await serveLrs({ storage, host: '127.0.0.1', port, corsOrigins: '*' });
    port = Number(new URL(running.endpoint).port);
  };
  await listen();
  const endpoint = `${running!.endpoint.replace(/\/+$/, '')}/`;
  const admin = createLrsKey(storage, { name: 'e2e admin', scopes: ['all'] });
  const adminAuth = basicAuth(admin.key, admin.secret);

  return {
    endpoint,
    storage: () => storage,
    adminAuth,
    makeKey(name, scopes) {
      const { key, secret } = createLrsKey(storage, { name, scopes });
      return { key, secret };
    },
    async stop() {
      await running?.close();
      running = undefined;
    },
    async start() {
      if (running) return;
      storage = openSqliteStorage(dbFile);
      await listen();
    },
    running: () => running !== undefined,
    statements: (query = {}) => readStatements(endpoint, adminAuth, query),
    putState: (address, document) => putStateDocument(endpoint, adminAuth, address, document),
    async close() {
      await running?.close();
      running = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** PUTs a State API document (an LMS writing LMS.LaunchData); throws unless the LRS answers 204. */
export async function putStateDocument(
  endpoint: string,
  authorization: string,
  address: StateAddress,
  document: unknown,
): Promise<void> {
  const url = new URL('activities/state', endpoint);
  url.searchParams.set('activityId', address.activityId);
  url.searchParams.set('agent', JSON.stringify(address.agent));
  url.searchParams.set('registration', address.registration);
  url.searchParams.set('stateId', address.stateId);
  const response = await fetch(url, {
    method: 'PUT',
    headers: {
      authorization,
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    },
    body: JSON.stringify(document),
  });
  if (response.status !== 204) throw new Error(`PUT state: ${response.status} ${await response.text()}`);
}
