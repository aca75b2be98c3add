import type { Agent } from '@dlis/xapi-profile';

/**
 * The launch parameters in the query string of the package's index.html:
 * - cmi5 (cmi5 8.1): `endpoint`, `fetch`, `actor`, `registration`, `activityId`;
 * - xAPI launch ("Tin Can launch", RusticiSoftware launch/lms_lrs.md): `endpoint`, `auth`, `actor`, `registration`,
 *   `activity_id`.
 * Any order; values URL-encoded. `actor` is JSON, parsed here (undefined when absent or not JSON).
 */
export interface LaunchParameters {
  endpoint?: string;
  /** xAPI launch: the ready `Authorization` header value. */
  auth?: string;
  /** cmi5: the one-time URL that gives the auth token (cmi5 8.2). */
  fetch?: string;
  actor?: unknown;
  registration?: string;
  /** cmi5 `activityId`, or xAPI launch `activity_id`. */
  activityId?: string;
}

/** Reads the launch parameters of `url` (an absolute URL, usually `location.href`). */
export function readLaunchParameters(url: string): LaunchParameters {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return {};
  }
  const get = (name: string) => {
    const value = query.get(name);
    return value === null || value === '' ? undefined : value;
  };
  const params: LaunchParameters = {};
  const endpoint = get('endpoint');
  if (endpoint) params.endpoint = endpoint;
  const auth = get('auth');
  if (auth) params.auth = auth;
  const fetchUrl = get('fetch');
  if (fetchUrl) params.fetch = fetchUrl;
  const registration = get('registration');
  if (registration) params.registration = registration;
  const activityId = get('activityId') ?? get('activity_id');
  if (activityId) params.activityId = activityId;
  const actor = get('actor');
  if (actor) {
    try {
      params.actor = JSON.parse(actor) as unknown;
    } catch {
      // Not JSON: treated as no actor.
    }
  }
  return params;
}

/** Who the launch says the learner is, whatever the actor's shape (xAPI 1.0.3 or the older Tin Can arrays). */
export interface LaunchLearner {
  account?: { homePage: string; name: string };
  /** `mailto:` IRI. */
  mbox?: string;
  displayName?: string;
}

/**
 * Reads an actor of a launch: `{"account": {"homePage", "name"}}`, `{"mbox": "mailto:…"}`, and the Tin Can 0.9
 * forms some launchers still send (`{"mbox": ["mailto:…"], "name": ["…"]}`,
 * `{"account": [{"accountServiceHomePage", "accountName"}]}`). Undefined when it names nobody.
 */
export function readLaunchLearner(actor: unknown): LaunchLearner | undefined {
  if (!actor || typeof actor !== 'object') return undefined;
  const a = actor as Record<string, unknown>;
  const learner: LaunchLearner = {};
  const name = first(a['name']);
  if (typeof name === 'string' && name !== '') learner.displayName = name;
  const mbox = first(a['mbox']);
  if (typeof mbox === 'string' && mbox !== '') {
    learner.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  }
  const account = first(a['account']) as Record<string, unknown> | undefined;
  if (account && typeof account === 'object') {
    const homePage = account['homePage'] ?? account['accountServiceHomePage'];
    const accountName = account['name'] ?? account['accountName'];
    if (typeof homePage === 'string' && typeof accountName === 'string' && accountName !== '') {
      learner.account = { homePage, name: accountName };
    }
  }
  return learner.account || learner.mbox ? learner : undefined;
}

/**
 * The launch actor as the statements' and State API's agent (cmi5 8.1.3 "the AU MUST use the actor value in xAPI
 * requests"; the xAPI launch likewise): an xAPI 1.0.3 Agent is kept verbatim (name, account or mbox, whatever
 * it holds), so that the LMS finds its learner's statements and a conformance check by deep equality passes.
 * Only the Tin Can 0.9 array forms, which no 1.0.3 LRS accepts, are rewritten into the 1.0.3 shape.
 * Undefined when it names nobody.
 */
export function launchAgent(actor: unknown): Agent | undefined {
  const learner = readLaunchLearner(actor);
  if (!learner) return undefined;
  const a = actor as Record<string, unknown>;
  const modern =
    !Array.isArray(a['name']) &&
    !Array.isArray(a['mbox']) &&
    !Array.isArray(a['account']) &&
    (learner.account === undefined ||
      (a['account'] as Record<string, unknown>)['homePage'] === learner.account.homePage) &&
    (learner.mbox === undefined || a['mbox'] === learner.mbox);
  if (modern) return actor as Agent;
  const name = learner.displayName ? { name: learner.displayName } : {};
  return learner.mbox
    ? { objectType: 'Agent', mbox: learner.mbox, ...name }
    : { objectType: 'Agent', account: learner.account!, ...name };
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}
