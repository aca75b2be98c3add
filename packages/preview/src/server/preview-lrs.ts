import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLrsApp, createLrsKey, createMemoryStorage } from '@dlis/lrs';
import { validateStatementAgainstProfile } from '@dlis/xapi-profile';

/** Where the preview mounts the embedded LRS's xAPI endpoint (same origin as the course: no CORS). */
export const XAPI_BASE_PATH = '/__dlis/xapi';
const FETCH_PATH = '/__dlis/cmi5-fetch/';

/** One statement as the player sent it (without `stored` and `authority`), with the DLIS xAPI Profile's verdict. */
export interface CheckedStatement {
  statement: Record<string, unknown>;
  valid: boolean;
  /** The template it matched, when exactly one. */
  template?: string;
  failures: { path: string; message: string }[];
}

/** The query string of a cmi5 or xAPI launch (the parameters the player's launch adapter reads). */
export type LaunchQuery = Record<string, string>;

/** What a launch needs to know about the course and the page that launches it. */
export interface LaunchInput {
  /** Origin of the preview server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  activityId: string;
  /** cmi5: the AU's publisher id (cmi5.xml `au/@id`). */
  auId: string;
  /** cmi5 launchMode. */
  mode: 'Normal' | 'Review';
  /** cmi5 moveOn (the course's `tracking.cmi5.moveOn`). */
  moveOn: string;
  /** cmi5 masteryScore, 0..1, when the course has one. */
  masteryScore?: number;
}

/**
 * The embedded LRS (packages/lrs) in memory, for the xapi and cmi5 targets of the preview: its endpoint under
 * `/__dlis/xapi/`, a key with scope all, a small cmi5 launcher (registration, LMS.LaunchData in the State API, a
 * one-time fetch URL) and a switch that makes the endpoint answer 503, as an LRS that is down.
 */
export interface PreviewLrs {
  /** Handles `/__dlis/xapi/*` and `/__dlis/cmi5-fetch/*`; false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Query of a new launch of `activityId` in the current attempt (`mode`: cmi5 launchMode). */
  launch(target: 'xapi' | 'cmi5', input: LaunchInput): Promise<LaunchQuery>;
  /** A new registration: the next launch starts a new attempt. */
  newAttempt(): void;
  setOutage(down: boolean): void;
  outage(): boolean;
  /** Requests refused with 503 since the outage began (the player's retries show here). */
  refused(): number;
  /** Every statement of the current attempt, oldest first, as sent, each checked against the DLIS profile. */
  statements(): Promise<CheckedStatement[]>;
  /** Called after the LRS stored statements. */
  onStatements(listener: () => void): () => void;
  /** Called after each request the simulated outage refused. */
  onRefused(listener: (refused: number) => void): () => void;
  close(): void;
}

const XAPI_HEADERS = { 'x-experience-api-version': '1.0.3' };

export function createPreviewLrs(): PreviewLrs {
  const storage = createMemoryStorage();
  const app = createLrsApp({ storage, basePath: XAPI_BASE_PATH });
  const key = createLrsKey(storage, { name: 'dlis preview', scopes: ['all'] });
  const token = Buffer.from(`${key.key}:${key.secret}`, 'utf8').toString('base64');
  const authorization = `Basic ${token}`;
  const fetchUrls = new Set<string>();
  const listeners = new Set<() => void>();
  const refusedListeners = new Set<(refused: number) => void>();
  let registration = randomUUID();
  let down = false;
  let refused = 0;

  const actorFor = (origin: string) => ({
    objectType: 'Agent',
    account: { homePage: `${origin}/`, name: 'preview-learner' },
  });

  return {
    handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://preview').pathname;
      if (path.startsWith(FETCH_PATH)) {
        // cmi5 8.2.3: POST only; the first call gives the token, later ones error-code 1 (already in use).
        const id = path.slice(FETCH_PATH.length);
        const first = req.method === 'POST' && fetchUrls.delete(id);
        res.writeHead(down ? 503 : 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            first && !down ? { 'auth-token': token } : { 'error-code': '1', 'error-text': 'Already in use' },
          ),
        );
        return true;
      }
      if (!path.startsWith(`${XAPI_BASE_PATH}/`) && path !== XAPI_BASE_PATH) return false;
      if (down) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
        res.end(JSON.stringify({ message: 'dlis preview: simulated LRS outage' }));
        refused += 1;
        for (const listener of refusedListeners) listener(refused);
        return true;
      }
      const storing = /\/statements$/.test(path) && (req.method === 'POST' || req.method === 'PUT');
      if (storing) {
        res.once('finish', () => {
          if (res.statusCode < 300) for (const listener of listeners) listener();
        });
      }
      app.handle(req, res);
      return true;
    },
    async launch(target, input): Promise<LaunchQuery> {
      const actor = actorFor(input.origin);
      if (target === 'xapi') {
        const query: LaunchQuery = {
          endpoint: `${input.origin}${XAPI_BASE_PATH}/`,
          auth: authorization,
          actor: JSON.stringify(actor),
          registration,
          activity_id: input.activityId,
        };
        return query;
      }
      const fetchId = randomUUID();
      fetchUrls.add(fetchId);
      const launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ id: input.auId }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
        },
        launchMode: input.mode,
        launchMethod: 'AnyWindow',
        moveOn: input.moveOn,
        ...(input.masteryScore === undefined ? {} : { masteryScore: input.masteryScore }),
      };
      const state = new URLSearchParams({
        activityId: input.activityId,
        agent: JSON.stringify(actor),
        registration,
        stateId: 'LMS.LaunchData',
      });
      const put = await app.inject({
        method: 'PUT',
        url: `${XAPI_BASE_PATH}/activities/state?${state.toString()}`,
        headers: { ...XAPI_HEADERS, authorization, 'content-type': 'application/json' },
        body: JSON.stringify(launchData),
      });
      if (put.status !== 204) throw new Error(`LMS.LaunchData: LRS answered ${put.status} ${put.body}`);
      return {
        endpoint: `${input.origin}${XAPI_BASE_PATH}/`,
        fetch: `${input.origin}${FETCH_PATH}${fetchId}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: input.activityId,
      };
    },
    newAttempt() {
      registration = randomUUID();
    },
    setOutage(value) {
      if (value && !down) refused = 0;
      down = value;
    },
    outage: () => down,
    refused: () => refused,
    async statements() {
      const found: Record<string, unknown>[] = [];
      let url: string | undefined =
        `${XAPI_BASE_PATH}/statements?ascending=true&limit=500&registration=${registration}`;
      while (url) {
        const page = await app.inject({ method: 'GET', url, headers: { ...XAPI_HEADERS, authorization } });
        if (page.status !== 200) throw new Error(`GET statements: LRS answered ${page.status} ${page.body}`);
        const body = page.json<{ statements: Record<string, unknown>[]; more?: string }>();
        found.push(...body.statements);
        url = body.more || undefined;
      }
      return found.map((stored) => {
        // As the player sent it: without the properties the LRS adds on storing (xAPI 1.0.3 §2.4.8, §2.4.9).
        const { stored: _stored, authority: _authority, ...statement } = stored;
        const check = validateStatementAgainstProfile(statement);
        return {
          statement,
          valid: check.valid,
          ...(check.template ? { template: check.template } : {}),
          failures: check.failures,
        };
      });
    },
    onStatements(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRefused(listener) {
      refusedListeners.add(listener);
      return () => refusedListeners.delete(listener);
    },
    close: () => storage.close(),
  };
}
