import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ContextExtensionIri } from '@dlis/xapi-profile';
import type { TestLrsServer } from './lrs-server.ts';
import { readSiteFile } from './static-server.ts';

/**
 * The LMS side of a cmi5 launch (cmi5 sections 8 and 10), small on purpose: it serves the unzipped package at a
 * sub-path, makes a registration, writes LMS.LaunchData to the State API of the LRS, serves a one-time fetch URL
 * (the first POST gives an auth token made with the LRS library, every later call the cmi5 error JSON), and a
 * returnURL page. It does NOT judge the statements: the tests read them from the LRS.
 */
export interface Cmi5Launcher {
  origin: string;
  /** Prepares one launch (registration, key, LaunchData, fetch URL) and returns its URL. */
  launch(options?: Cmi5LaunchOptions): Promise<Cmi5Launch>;
  close(): Promise<void>;
}

export interface Cmi5LaunchOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** LaunchData moveOn; default the AU's (from cmi5.xml). */
  moveOn?: string;
  /** LaunchData masteryScore 0..1; default the AU's (from cmi5.xml, when it has one). */
  masteryScore?: number;
  /** Launch again in the same registration (a second session of the same attempt). */
  registration?: string;
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  /** The activity id the LMS gave the AU (cmi5 `activityId`). */
  activityId: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  /** The AU's publisher id (cmi5.xml `au/@id`), put in the context template's grouping as cmi5 asks. */
  publisherId: string;
  /** The session id the LMS chose (context template extension). */
  sessionId: string;
  fetchUrl: string;
  returnUrl: string;
  /** How many times the fetch URL was called, and what each call answered. */
  fetchCalls(): { status: number; body: Record<string, unknown> }[];
}

/** The AU of a cmi5.xml, as an LMS reads it on import. */
export interface Cmi5Au {
  id: string;
  moveOn: string;
  masteryScore?: number;
  launchMethod: string;
  url: string;
}

/** Reads the (single) AU of a DLIS cmi5.xml: attribute order and quoting as the packager writes them. */
export function readCmi5Au(xml: string): Cmi5Au {
  const au = /<au\s([^>]*)>([\s\S]*?)<\/au>/.exec(xml);
  if (!au) throw new Error('cmi5.xml has no <au>');
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(au[1]!)?.[1];
  const mastery = attr('masteryScore');
  return {
    id: attr('id')!,
    moveOn: attr('moveOn') ?? 'NotApplicable',
    ...(mastery === undefined ? {} : { masteryScore: Number(mastery) }),
    launchMethod: attr('launchMethod') ?? 'AnyWindow',
    url: /<url>([^<]*)<\/url>/.exec(au[2]!)![1]!,
  };
}

/** Where the package is served: a deep sub-path, as LMSs serve content. */
export const CONTENT_PATH = '/lms/content/course-7/au-1/';

export async function startCmi5Launcher(options: {
  lrs: TestLrsServer;
  /** The unzipped cmi5 package. */
  packageDir: string;
  au: Cmi5Au;
}): Promise<Cmi5Launcher> {
  const { lrs, packageDir, au } = options;
  const fetches = new Map<
    string,
    { token: string; calls: { status: number; body: Record<string, unknown> }[] }
  >();

  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const send = (status: number, type: string, body: string | Buffer) => {
        response.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*' });
        response.end(body);
      };
      if (path.startsWith('/lms/fetch/')) {
        const entry = fetches.get(path.slice('/lms/fetch/'.length));
        if (request.method === 'OPTIONS') {
          response.writeHead(204, {
            'access-control-allow-origin': '*',
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': '*',
          });
          return response.end();
        }
        // cmi5 8.2.3: POST only; the first call gives the token, later calls error-code 1 (already in use).
        let body: Record<string, unknown>;
        if (!entry || request.method !== 'POST') {
          body = { 'error-code': '3', 'error-text': 'General Application Error' };
        } else if (entry.calls.length === 0) {
          body = { 'auth-token': entry.token };
        } else {
          body = { 'error-code': '1', 'error-text': 'Already in use' };
        }
        entry?.calls.push({ status: 200, body });
        return send(200, 'application/json', JSON.stringify(body));
      }
      if (path === '/lms/return.html') {
        return send(
          200,
          'text/html; charset=utf-8',
          '<!doctype html><title>LMS</title><h1>Back in the LMS</h1>',
        );
      }
      const found = path.startsWith(CONTENT_PATH)
        ? await readSiteFile(packageDir, path.slice(CONTENT_PATH.length))
        : undefined;
      if (found) return send(200, found.type, found.body);
      send(404, 'text/plain', 'not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('launcher has no port');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    async launch(launchOptions = {}) {
      const registration = launchOptions.registration ?? randomUUID();
      const activityId = `${origin}/lms/activities/course-7/au-1`;
      const actor = {
        objectType: 'Agent' as const,
        account: { homePage: `${origin}/lms`, name: 'learner-0042' },
      };
      const sessionId = randomUUID();
      const { key, secret } = lrs.makeKey(`cmi5 session ${sessionId}`, [
        'statements/write',
        'statements/read/mine',
        'state',
        'profile',
      ]);
      const fetchId = randomUUID();
      fetches.set(fetchId, { token: Buffer.from(`${key}:${secret}`).toString('base64'), calls: [] });
      const fetchUrl = `${origin}/lms/fetch/${fetchId}`;
      const returnUrl = `${origin}/lms/return.html`;
      const masteryScore = launchOptions.masteryScore ?? au.masteryScore;
      // cmi5 10.2.1: LMS.LaunchData, written before the launch; the contextTemplate holds the session id and the
      // publisher id (grouping), which the AU must copy into every statement.
      await lrs.putState(
        { activityId, agent: actor, registration, stateId: 'LMS.LaunchData' },
        {
          contextTemplate: {
            contextActivities: { grouping: [{ id: au.id }] },
            extensions: { [ContextExtensionIri.sessionId]: sessionId },
          },
          launchMode: launchOptions.launchMode ?? 'Normal',
          launchMethod: au.launchMethod,
          moveOn: launchOptions.moveOn ?? au.moveOn,
          ...(masteryScore === undefined ? {} : { masteryScore }),
          returnURL: returnUrl,
        },
      );
      const query = new URLSearchParams({
        endpoint: lrs.endpoint,
        fetch: fetchUrl,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return {
        url: `${origin}${CONTENT_PATH}${au.url}?${query.toString()}`,
        registration,
        activityId,
        actor,
        publisherId: au.id,
        sessionId,
        fetchUrl,
        returnUrl,
        fetchCalls: () => fetches.get(fetchId)!.calls,
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
