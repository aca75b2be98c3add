import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ContextExtensionIri } from '@dlis/xapi-profile';
import {
  judgeDocumentRequest,
  judgeStatements,
  judgeToken,
  type Cmi5Session,
  type Judgement,
  type Violation,
} from './cmi5-judge.ts';
import type { TestLrsServer } from './lrs-server.ts';
import { readSiteFile } from './static-server.ts';

/**
 * The LMS side of a cmi5 launch (cmi5 sections 8 and 10): it serves the unzipped package at a sub-path, makes a
 * registration, writes LMS.LaunchData to the State API of the LRS, serves a one-time fetch URL (the first POST
 * gives an auth token made with the LRS library, every later call the cmi5 error JSON), and a returnURL page.
 * The AU's endpoint is this launcher's `/lrs/`, which judges every request as ADL's CATAPULT CTS does
 * (cmi5-judge.ts: per statement, against the session before the request; actor equality; token dead after
 * `terminated`; first statement initialized; context template) before passing it to the LRS. Violations are
 * recorded per launch and answered 401/403, as the CTS answers them.
 */
export interface Cmi5Launcher {
  origin: string;
  /** Prepares one launch (registration, key, LaunchData, fetch URL) and returns its URL. */
  launch(options?: Cmi5LaunchOptions): Promise<Cmi5Launch>;
  close(): Promise<void>;
}

/** One request the AU made to the endpoint, in arrival order, as the launcher judged it. */
export interface Cmi5Request {
  method: string;
  /** `statements`, `activities/state`, `agents/profile`… */
  resource: string;
  /** stateId or profileId of a document request. */
  documentId?: string;
  /** Verbs (last IRI segment) of a statements POST/PUT, in order. */
  verbs: string[];
  /** Session ids of the statements sent. */
  sessions: unknown[];
  status: number;
}

export interface Cmi5LaunchOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** LaunchData moveOn; default the AU's (from cmi5.xml). */
  moveOn?: string;
  /** LaunchData masteryScore 0..1; default the AU's (from cmi5.xml, when it has one). */
  masteryScore?: number;
  /** Launch again in the same registration (a second session of the same attempt). */
  registration?: string;
  /** The actor's display name (`name`, as most LMSs and the CTS send it); default none. */
  actorName?: string;
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  /** The activity id the LMS gave the AU (cmi5 `activityId`). */
  activityId: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  /** The AU's publisher id (cmi5.xml `au/@id`), put in the context template's grouping as cmi5 asks. */
  publisherId: string;
  /** The session id the LMS chose (context template extension). */
  sessionId: string;
  fetchUrl: string;
  returnUrl: string;
  /** How many times the fetch URL was called, and what each call answered. */
  fetchCalls(): { status: number; body: Record<string, unknown> }[];
  /** The requests made with this session's token, in arrival order. */
  requests(): Cmi5Request[];
  /** The cmi5 requirements this session's requests broke (empty: conformant). */
  violations(): Violation[];
  /**
   * From now on this session's statement POSTs get no answer (the connection is reset): passed to the LRS first
   * when `store` (an acknowledgement lost), else lost too. Played on the LMS side, so it also catches what the
   * page sends while it closes, which a route in the page cannot.
   */
  loseStatementAnswers(options: { store: boolean }): void;
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

/** A session as the launcher judges it: its requests, the requirements they broke, a fault being played. */
interface JudgedSession {
  session: Cmi5Session;
  requests: Cmi5Request[];
  violations: Violation[];
  lose?: { store: boolean };
}

/** Where the package is served: a deep sub-path, as LMSs serve content. */
export const CONTENT_PATH = '/lms/content/course-7/au-1/';

/** What the launcher needs of an LRS: the embedded test LRS, or the real `dlis lrs serve` process. */
export type LauncherLrs = Pick<TestLrsServer, 'endpoint' | 'adminAuth' | 'putState'>;

export async function startCmi5Launcher(options: {
  lrs: LauncherLrs;
  /** The unzipped cmi5 package. */
  packageDir: string;
  au: Cmi5Au;
}): Promise<Cmi5Launcher> {
  const { lrs, packageDir, au } = options;
  const fetches = new Map<
    string,
    { session: Cmi5Session; calls: { status: number; body: Record<string, unknown> }[] }
  >();
  /** Sessions by `Authorization` header value, with their request log and violations. */
  const sessions = new Map<string, JudgedSession>();

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
          body = { 'auth-token': entry.session.token };
          entry.session.fetched = true;
        } else {
          body = { 'error-code': '1', 'error-text': 'Already in use' };
        }
        entry?.calls.push({ status: 200, body });
        return send(200, 'application/json', JSON.stringify(body));
      }
      if (path.startsWith('/lrs/')) {
        return proxy(request, response, path.slice('/lrs/'.length));
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
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
  };
  /** The LRS endpoint as the AU sees it: judged (cmi5-judge.ts), then passed to the LRS. */
  async function proxy(request: IncomingMessage, response: ServerResponse, resource: string) {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      return response.end();
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const entry = sessions.get(request.headers.authorization ?? '');
    const answer = (status: number, message: string) => {
      response.writeHead(status, { ...cors, 'content-type': 'application/json' });
      response.end(JSON.stringify({ message }));
    };
    if (!entry) return answer(401, 'unknown credentials');
    const { session } = entry;
    const method = request.method ?? 'GET';
    const logged: Cmi5Request = { method, resource, verbs: [], sessions: [], status: 0 };
    const documentId = url.searchParams.get('stateId') ?? url.searchParams.get('profileId');
    if (documentId !== null) logged.documentId = documentId;
    entry.requests.push(logged);
    let judgement: Judgement = judgeToken(session) ?? { kind: 'forward', after: {} };
    if (judgement.kind === 'forward') {
      if (resource === 'statements' && (method === 'POST' || method === 'PUT')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8')) as unknown;
        } catch {
          logged.status = 400;
          return answer(400, 'statements are not JSON');
        }
        const list = (Array.isArray(parsed) ? parsed : [parsed]) as {
          verb?: { id?: string };
          context?: { extensions?: Record<string, unknown> };
        }[];
        logged.verbs = list.map((s) => s.verb?.id?.split('/').at(-1) ?? '');
        logged.sessions = list.map((s) => s.context?.extensions?.[ContextExtensionIri.sessionId]);
        judgement = judgeStatements(session, parsed);
      } else if (url.searchParams.has('agent')) {
        judgement = judgeDocumentRequest(session, url.searchParams);
      }
    }
    if (judgement.kind === 'refuse') {
      if (judgement.violation) entry.violations.push(judgement.violation);
      logged.status = judgement.status;
      return answer(judgement.status, judgement.message);
    }
    const lost = resource === 'statements' && method === 'POST' ? entry.lose : undefined;
    if (lost && !lost.store) return void request.socket.destroy();
    const headers: Record<string, string> = { authorization: lrs.adminAuth };
    for (const name of ['content-type', 'x-experience-api-version']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let forwarded: Response;
    try {
      forwarded = await fetch(`${lrs.endpoint}${resource}${url.search}`, {
        method,
        headers,
        ...(body.length > 0 && method !== 'GET' ? { body } : {}),
      });
    } catch {
      // The LRS behind the LMS is down: a gateway error, as an LMS's proxy answers.
      logged.status = 502;
      return answer(502, 'the LRS cannot be reached');
    }
    const text = Buffer.from(await forwarded.arrayBuffer());
    logged.status = forwarded.status;
    if (forwarded.status < 300) Object.assign(session, judgement.after);
    if (lost) return void request.socket.destroy();
    response.writeHead(forwarded.status, {
      ...cors,
      'content-type': forwarded.headers.get('content-type') ?? 'application/json',
    });
    response.end(text);
  }

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
        ...(launchOptions.actorName ? { name: launchOptions.actorName } : {}),
        account: { homePage: `${origin}/lms`, name: 'learner-0042' },
      };
      const sessionId = randomUUID();
      // The token the AU gets is the LMS's: the launcher judges its requests and passes them to the LRS.
      const token = Buffer.from(`session-${sessionId}:${randomUUID()}`).toString('base64');
      const fetchId = randomUUID();
      const contextTemplate = {
        contextActivities: { grouping: [{ id: au.id }] },
        extensions: { [ContextExtensionIri.sessionId]: sessionId },
      };
      // cmi5 9.3.6: a new session of the registration abandons the one that did not terminate.
      for (const other of sessions.values()) {
        if (other.session.registration === registration && !other.session.terminated) {
          other.session.abandoned = true;
        }
      }
      const session: Cmi5Session = {
        token,
        actor,
        registration,
        activityId,
        sessionId,
        contextTemplate,
        fetched: false,
        initialized: false,
        terminated: false,
        abandoned: false,
      };
      const judged: JudgedSession = { session, requests: [], violations: [] };
      sessions.set(`Basic ${token}`, judged);
      fetches.set(fetchId, { session, calls: [] });
      const fetchUrl = `${origin}/lms/fetch/${fetchId}`;
      const returnUrl = `${origin}/lms/return.html`;
      const masteryScore = launchOptions.masteryScore ?? au.masteryScore;
      // cmi5 10.2.1: LMS.LaunchData, written before the launch; the contextTemplate holds the session id and the
      // publisher id (grouping), which the AU must copy into every statement.
      await lrs.putState(
        { activityId, agent: actor, registration, stateId: 'LMS.LaunchData' },
        {
          contextTemplate,
          launchMode: launchOptions.launchMode ?? 'Normal',
          launchMethod: au.launchMethod,
          moveOn: launchOptions.moveOn ?? au.moveOn,
          ...(masteryScore === undefined ? {} : { masteryScore }),
          returnURL: returnUrl,
        },
      );
      const query = new URLSearchParams({
        endpoint: `${origin}/lrs/`,
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
        requests: () => judged.requests,
        violations: () => judged.violations,
        loseStatementAnswers: (lose) => {
          judged.lose = lose;
        },
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
