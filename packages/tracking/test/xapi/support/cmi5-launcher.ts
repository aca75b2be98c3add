import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLrsKey, createMemoryStorage, serveLrs, type LrsStorage, type RunningLrs } from '@dlis/lrs';
import { uuidV4 } from '@dlis/xapi-profile';
import { basicAuthorization } from '@dlis/tracking';
import type { TrackerFacade, XapiCourse } from '@dlis/tracking';
import { afterEach, beforeEach } from 'vitest';

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);

/** The small course the xAPI tests play: three pages, a question, a scenario (CompiledCourse shape, completed). */
export const course: XapiCourse = {
  id: 'digital-safety',
  version: '1.2.0',
  defaultLanguage: 'en',
  title: { en: 'Digital safety', fr: 'Sécurité numérique' },
  modules: [
    {
      pages: [
        {
          id: 'intro',
          title: { en: 'Introduction' },
          blocks: [
            { type: 'markdown', id: 'm1', html: {} },
            {
              type: 'process',
              id: 'report-steps',
              title: { en: 'Report a hacked account' },
              steps: [
                { id: '1', title: { en: 'Change the password' }, html: {} },
                { id: '2', title: { en: 'Tell the platform' }, html: {} },
              ],
            },
          ],
        },
        {
          id: 'quiz',
          title: { en: 'Quiz' },
          blocks: [
            {
              type: 'question',
              id: 'q-safe-password',
              kind: 'single-choice',
              choices: [
                { id: 'long', label: { en: 'A <em>long</em> passphrase' } },
                { id: 'short', label: { en: 'A short word' } },
              ],
              // What the compiler adds (completeCourse): the interaction, labels as plain text.
              interaction: {
                type: 'choice',
                choices: [
                  { id: 'long', description: { en: 'A long passphrase' } },
                  { id: 'short', description: { en: 'A short word' } },
                ],
              },
            },
            {
              type: 'question-bank',
              id: 'bank',
              questions: [
                {
                  type: 'question',
                  id: 'q-order',
                  kind: 'ordering',
                  items: [
                    { id: 'lock', label: { en: 'Lock' } },
                    { id: 'report', label: { en: 'Report' } },
                  ],
                  interaction: {
                    type: 'sequencing',
                    choices: [
                      { id: 'lock', description: { en: 'Lock' } },
                      { id: 'report', description: { en: 'Report' } },
                    ],
                  },
                },
              ],
            },
          ],
        },
        {
          id: 'call',
          title: { en: 'A phone call' },
          blocks: [
            {
              type: 'scenario',
              id: 'sc-call',
              title: { en: 'The bank calls' },
              situations: [
                {
                  id: 's1',
                  choices: [
                    { id: 'hang-up', label: { en: 'Hang up' } },
                    { id: 'give-code', label: { en: 'Give the code' } },
                  ],
                  interaction: {
                    type: 'choice',
                    choices: [
                      { id: 'hang-up', description: { en: 'Hang up' } },
                      { id: 'give-code', description: { en: 'Give the code' } },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The embedded LRS (memory) with a key that may write statements, state and profiles, and read them back. */
export interface LauncherLrs {
  storage: LrsStorage;
  running: RunningLrs;
  endpoint: string;
  /** `Basic …` of the launcher's own key (the LMS side). */
  authorization: string;
  /** KEY:SECRET base64, as a cmi5 fetch URL hands it out. */
  token: string;
}

export async function startLauncherLrs(
  scopes: readonly string[] = ['statements/write', 'statements/read', 'state', 'profile'],
): Promise<LauncherLrs> {
  const storage = createMemoryStorage();
  const { key, secret } = createLrsKey(storage, { name: 'cmi5 launcher', scopes });
  const running = await serveLrs({ storage, host: '127.0.0.1', port: 0 });
  const authorization = basicAuthorization(`${key}:${secret}`);
  return { storage, running, endpoint: running.endpoint, authorization, token: authorization.slice(6) };
}

/**
 * A fresh launcher LRS for each test of the calling `describe`, and, after each test, the trackers it made
 * disposed and the launches it opened closed (vitest hooks). `lrs` is read inside tests only.
 */
export function launcherPerTest(): {
  readonly lrs: LauncherLrs;
  launches: Cmi5Launch[];
  trackers: TrackerFacade[];
  /** Replaces this test's LRS by one whose key has only these scopes. */
  restartWith(scopes: readonly string[]): Promise<void>;
} {
  let current: LauncherLrs | undefined;
  const launches: Cmi5Launch[] = [];
  const trackers: TrackerFacade[] = [];
  beforeEach(async () => {
    current = await startLauncherLrs();
  });
  afterEach(async () => {
    for (const t of trackers.splice(0)) t.reporter?.queue.dispose();
    for (const l of launches.splice(0)) await l.fetch.close();
    // A test may have closed it already (the LRS going away is what some tests play).
    await current?.running.close().catch(() => undefined);
    current = undefined;
  });
  return {
    get lrs() {
      if (!current) throw new Error('the launcher LRS exists only while a test runs');
      return current;
    },
    launches,
    trackers,
    async restartWith(scopes) {
      await current?.running.close();
      current = await startLauncherLrs(scopes);
    },
  };
}

/** PUT a JSON document to the LRS as the LMS does (State API or Agent Profile API). */
export async function putDocument(
  lrs: LauncherLrs,
  resource: string,
  query: Record<string, string>,
  body: unknown,
) {
  const response = await fetch(`${lrs.endpoint}/${resource}?${new URLSearchParams(query)}`, {
    method: 'PUT',
    headers: {
      Authorization: lrs.authorization,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
      // The Agent Profile API wants a concurrency header (xAPI 1.0.3 Part Three §2.6.1): "create only".
      ...(resource === 'agents/profile' ? { 'If-None-Match': '*' } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 204) {
    throw new Error(`PUT ${resource} answered ${response.status}: ${await response.text()}`);
  }
}

/** GET a JSON document (undefined for 404). */
export async function getDocument(lrs: LauncherLrs, resource: string, query: Record<string, string>) {
  const response = await fetch(`${lrs.endpoint}/${resource}?${new URLSearchParams(query)}`, {
    headers: { Authorization: lrs.authorization, 'X-Experience-API-Version': '1.0.3' },
  });
  if (response.status === 404) return undefined;
  return (await response.json()) as unknown;
}

/**
 * The fetch URL of the LMS side: a tiny node:http server that answers the first POST with
 * `{"auth-token": …}` and every later request with cmi5 error-code 1 (cmi5 8.2.3), counting requests.
 */
export interface FetchServer {
  url: string;
  requests: { method: string }[];
  close(): Promise<void>;
}

export async function startFetchServer(token: string): Promise<FetchServer> {
  const requests: { method: string }[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '' });
    const first = requests.length === 1 && req.method === 'POST';
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify(
        first
          ? { 'auth-token': token }
          : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/fetch?k=${uuidV4(random)}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const PUBLISHER_ID = 'https://example.org/dlis/au/digital-safety';
export const AU_ID = 'https://lms.example.org/activities/au-4711';
export const ACTOR = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.org', name: 'learner-4711' },
};

export interface Cmi5Launch {
  url: string;
  registration: string;
  sessionId: string;
  fetch: FetchServer;
}

/**
 * The LMS side of one cmi5 launch (cmi5 10.1): a new session id, LMS.LaunchData written to the State API, the
 * learner preferences in the Agent Profile, a fetch URL; returns the launch URL (parameters in `order`).
 */
export async function launchCmi5(
  lrs: LauncherLrs,
  options: {
    registration?: string;
    launchData?: Record<string, unknown>;
    languagePreference?: string;
    order?: readonly string[];
  } = {},
): Promise<Cmi5Launch> {
  const registration = options.registration ?? uuidV4(random);
  const sessionId = uuidV4(random);
  const agent = JSON.stringify(ACTOR);
  await putDocument(
    lrs,
    'activities/state',
    { activityId: AU_ID, agent, registration, stateId: 'LMS.LaunchData' },
    {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      ...options.launchData,
    },
  );
  if (options.languagePreference) {
    await putDocument(
      lrs,
      'agents/profile',
      { agent, profileId: 'cmi5LearnerPreferences' },
      { languagePreference: options.languagePreference, audioPreference: 'on' },
    );
  }
  const fetchServer = await startFetchServer(lrs.token);
  const params: Record<string, string> = {
    endpoint: lrs.endpoint,
    fetch: fetchServer.url,
    actor: agent,
    registration,
    activityId: AU_ID,
  };
  const order = options.order ?? Object.keys(params);
  const query = order.map((k) => `${k}=${encodeURIComponent(params[k] ?? '')}`).join('&');
  return {
    url: `https://cdn.example.org/au/index.html?${query}`,
    registration,
    sessionId,
    fetch: fetchServer,
  };
}

/** Every statement of the LRS as stored, ascending by stored time, following `more`. */
export async function storedStatements(lrs: LauncherLrs): Promise<StoredStatement[]> {
  const all: StoredStatement[] = [];
  let url: string | undefined = `${lrs.endpoint}/statements?ascending=true&limit=0`;
  while (url) {
    const response = await fetch(url, {
      headers: { Authorization: lrs.authorization, 'X-Experience-API-Version': '1.0.3' },
    });
    const page = (await response.json()) as { statements: StoredStatement[]; more?: string };
    all.push(...page.statements);
    url = page.more ? new URL(page.more, lrs.endpoint).href : undefined;
  }
  return all.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

export interface StoredStatement {
  id: string;
  timestamp: string;
  actor: Record<string, unknown>;
  verb: { id: string };
  object: { id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown> & { score?: Record<string, number> };
  context?: {
    registration?: string;
    language?: string;
    contextActivities?: Record<string, { id: string }[]>;
    extensions?: Record<string, unknown>;
  };
}

/** The verb's last path segment: `initialized`, `terminated`, … */
export const verbOf = (s: { verb: { id: string } }) => s.verb.id.split('/').pop() ?? '';

/** A fetch that records the statements posted (parsed) and every request (method, URL, Authorization), then really fetches. */
export function statementRecorder() {
  const posted: Record<string, unknown>[] = [];
  const requests: { method: string; url: string; authorization: string | null }[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    requests.push({ method, url, authorization: new Headers(init?.headers).get('authorization') });
    if (method === 'POST' && /\/statements$/.test(url) && typeof init?.body === 'string') {
      posted.push(...(JSON.parse(init.body) as Record<string, unknown>[]));
    }
    return fetch(input, init);
  };
  return { fetch: recorded, posted, requests };
}
