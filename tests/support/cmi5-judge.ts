import { isDeepStrictEqual } from 'node:util';

/**
 * The LMS's judgement of the AU's xAPI requests, as strict as ADL's CATAPULT cmi5 Content Test Suite (its player's
 * LRS proxy): every request is judged against the session as it stood BEFORE the request, each statement of a
 * batch on its own, and a batch with one bad statement is refused whole (nothing of it reaches the LRS). The
 * requirement ids are the cmi5 specification's, as the CTS reports them.
 */
export interface Cmi5Session {
  token: string;
  actor: unknown;
  registration: string;
  activityId: string;
  sessionId: string;
  contextTemplate: ContextTemplate;
  fetched: boolean;
  initialized: boolean;
  terminated: boolean;
  /** A later launch of the same registration began before this session terminated (cmi5 9.3.6). */
  abandoned: boolean;
}

export interface ContextTemplate {
  contextActivities?: Record<string, { id: string }[]>;
  extensions?: Record<string, unknown>;
}

export interface Violation {
  /** cmi5 requirement id, e.g. `9.3.0.0-4`. */
  requirement: string;
  detail: string;
}

/** What the proxy must answer: go on (forward), or refuse with a status (and, for a spec breach, a violation). */
export type Judgement =
  | { kind: 'forward'; after: Partial<Pick<Cmi5Session, 'initialized' | 'terminated'>> }
  | { kind: 'refuse'; status: number; violation?: Violation; message: string };

const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

interface JudgedStatement {
  id?: string;
  actor?: unknown;
  verb?: { id?: string };
  context?: {
    registration?: string;
    contextActivities?: Record<string, { id: string }[] | undefined>;
    extensions?: Record<string, unknown>;
  };
}

/** 8.1.2.0-2: the token is limited to its session (fetched, not terminated; abandoned: refused, no breach). */
export function judgeToken(session: Cmi5Session): Judgement | undefined {
  if (!session.fetched) return refuse(401, '8.1.2.0-2', 'Token not yet fetched');
  if (session.terminated) return refuse(401, '8.1.2.0-2', 'Session terminated');
  if (session.abandoned) return { kind: 'refuse', status: 403, message: '8.1.2.0-2 (Session abandoned)' };
  return undefined;
}

/** A State API or Agent Profile request: its `agent` must be the launch actor (8.1.3.0-3). */
export function judgeDocumentRequest(session: Cmi5Session, query: URLSearchParams): Judgement {
  const agent = query.get('agent');
  let parsed: unknown;
  try {
    parsed = agent === null ? undefined : (JSON.parse(agent) as unknown);
  } catch {
    return { kind: 'refuse', status: 400, message: 'agent is not JSON' };
  }
  if (!isDeepStrictEqual(parsed, session.actor)) {
    return refuse(403, '8.1.3.0-3', `agent ${agent ?? '(none)'} is not the launch actor`);
  }
  return { kind: 'forward', after: {} };
}

/** A POST/PUT of statements, each against the session before the request. */
export function judgeStatements(session: Cmi5Session, body: unknown): Judgement {
  const statements = (Array.isArray(body) ? body : [body]) as JudgedStatement[];
  const seen = new Set<string>();
  for (const st of statements) {
    const id = st.id ?? '(no id)';
    const verb = st.verb?.id ?? '';
    if (!isDeepStrictEqual(st.actor, session.actor)) {
      return refuse(403, '8.1.3.0-3', `${id}: actor ${JSON.stringify(st.actor)} is not the launch actor`);
    }
    const context = st.context;
    if (!context?.contextActivities) return refuse(403, '10.2.1.0-6', `${id}: no contextActivities`);
    const template = templateProblem(context, session.contextTemplate);
    if (template) return refuse(403, '10.2.1.0-6', `${id}: context does not match template: ${template}`);
    if (context.registration !== session.registration) {
      return refuse(403, '9.6.1.0-1', `${id}: registration does not match`);
    }
    if (!session.initialized && verb !== VERB.initialized) {
      return refuse(403, '9.3.0.0-4', `${id}: ${verb} before initialized`);
    }
    if (session.terminated) return refuse(403, '9.3.0.0-5', `${id}: after terminated`);
    const defined = (context.contextActivities['category'] ?? []).some((a) => a.id === CMI5_CATEGORY);
    if (defined && (verb === VERB.initialized || verb === VERB.terminated)) {
      if ((verb === VERB.initialized && session.initialized) || seen.has(verb)) {
        return refuse(403, '9.3.0.0-2', `${id}: ${verb} twice in the session`);
      }
      seen.add(verb);
    }
  }
  return {
    kind: 'forward',
    after: {
      ...(seen.has(VERB.initialized) ? { initialized: true } : {}),
      ...(seen.has(VERB.terminated) ? { terminated: true } : {}),
    },
  };
}

/** What differs from the context template (cmi5 10.2.1: contextActivities lists by position, extensions by value). */
function templateProblem(
  context: NonNullable<JudgedStatement['context']>,
  template: ContextTemplate,
): string | undefined {
  for (const [list, expected] of Object.entries(template.contextActivities ?? {})) {
    const provided = context.contextActivities?.[list] ?? [];
    for (let i = 0; i < expected.length; i += 1) {
      if (provided[i]?.id !== expected[i]?.id) return `contextActivities.${list}[${i}] differs`;
    }
  }
  for (const [key, value] of Object.entries(template.extensions ?? {})) {
    if (!isDeepStrictEqual(context.extensions?.[key], value)) return `extension ${key} differs`;
  }
  return undefined;
}

function refuse(status: number, requirement: string, detail: string): Judgement {
  return { kind: 'refuse', status, violation: { requirement, detail }, message: `${requirement}: ${detail}` };
}
