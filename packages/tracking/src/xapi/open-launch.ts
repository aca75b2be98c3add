import {
  ContextExtensionIri,
  courseActivityIri,
  uuidV4,
  type Agent,
  type RandomSource,
  type StatementContext,
} from '@dlis/xapi-profile';
import type { LessonMode, StartInfo } from '../tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from '../tracking-error.ts';
import { cmi5StartedKey, cmi5TokenKey, fetchCmi5Token } from './fetch-cmi5-token.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { launchAgent, readLaunchLearner, type LaunchParameters } from './launch-parameters.ts';
import { actorKey } from './learner-actor.ts';
import { LrsDocuments, type StateAddress } from './lrs-documents.ts';
import type { RegistrationOutcomes } from './xapi-reporter.ts';
import type { XapiTrackingOptions } from './xapi-tracking-options.ts';

/** stateId of the DLIS learner state in the State API (bookmark + suspend data, what was sent). */
export const LEARNER_STATE_ID = 'dlis-learner-state';
/**
 * stateId of the learner state a last save (pagehide, exit) wrote while a PUT of `dlis-learner-state` was still in
 * flight: two PUTs of one document could reach the LRS in either order, the older one last. A launch reads both
 * and resumes the one with the higher revision (launch-state-saver.ts).
 */
export const LAST_LEARNER_STATE_ID = 'dlis-learner-state-last';

/** The `dlis-learner-state` document (JSON). */
export interface LearnerStateDocument {
  format: 1;
  /** The learner state, in the suspend-data codec (the same string SCORM stores). */
  suspendData?: string;
  /** The registration it belongs to (an xAPI launch without registration: a new one after `ended`). */
  registration?: string;
  outcomes?: RegistrationOutcomes;
  /** Set by finish('normal') when the launch gave no registration: the next launch starts a new attempt. */
  ended?: boolean;
  /** When the state was saved (epoch ms, the player's clock): for people reading it, never compared. */
  savedAt?: number;
  /**
   * How many saves made this state (each save adds one): the copy with the higher revision is the newer one,
   * whatever the clocks say (newest-state.ts).
   */
  revision?: number;
}

/** The cmi5 launch modes (LMS.LaunchData launchMode, cmi5 10.2.2) as the Tracker's modes. */
const LAUNCH_MODES: Record<string, LessonMode> = { Normal: 'normal', Browse: 'browse', Review: 'review' };

/** What a cmi5 or xAPI launch gave, ready for the LaunchAdapter. */
export interface OpenedLaunch {
  endpoint: string;
  authorization: string;
  /** The statement actor (and the agent of State API requests). */
  actor: Agent;
  registration: string;
  /** True when the registration came from the launch URL (cmi5 always). */
  launchRegistration: boolean;
  activityId: string;
  /** cmi5: the LMS's session id (contextTemplate). */
  sessionId?: string;
  mode: LessonMode;
  /** 0–100 (StartInfo); cmi5 LaunchData gives 0..1. */
  masteryScore?: number;
  cmi5?: StatementContext['cmi5'];
  returnUrl?: string;
  /** cmi5 LaunchData moveOn, kept for the record (the AU obligations of cmi5 9.3.3/9.3.4 do not depend on it). */
  moveOn?: string;
  launchParameters?: string;
  language?: string;
  learner: StartInfo['learner'];
  documents: LrsDocuments;
  stateAddress: StateAddress;
  /** The saved learner state of this registration, if any. */
  saved?: LearnerStateDocument;
  /**
   * cmi5: this page continues a session already opened in this browser tab (a reload: `initialized` was queued,
   * sessionStorage `cmi5StartedKey`), so it is not sent again.
   */
  reopened?: boolean;
  /**
   * xAPI launch opened while its LRS gave no answer: the LRS's copy of the state is unknown, so the first save
   * reads it first (its revision) before writing (launch-adapter.ts).
   */
  unverified?: boolean;
  /** cmi5: where this session's token is kept (forgotten once `terminated` is sent: the token dies with it). */
  tokenKey?: string;
}

export interface LaunchEnvironment {
  xapi: XapiTrackingOptions;
  courseId: string;
  fetch?: typeof fetch | undefined;
  session?: KeyValueStore | undefined;
  store: KeyValueStore;
  random: RandomSource;
  launchUrl: string;
}

/**
 * A cmi5 launch (cmi5 8, 10, 11): endpoint, fetch, actor, registration and activityId from the URL; the auth
 * token from one POST to the fetch URL; LMS.LaunchData and cmi5LearnerPreferences from the LRS; the saved
 * learner state of the registration. Throws TRACKING_E_INITIALIZE when the URL is not a cmi5 launch.
 */
export async function openCmi5Launch(
  params: LaunchParameters,
  env: LaunchEnvironment,
): Promise<OpenedLaunch> {
  const missing = (['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const).filter(
    (name) => params[name] === undefined,
  );
  if (missing.length > 0) throw notLaunched(`cmi5 launch parameters missing: ${missing.join(', ')}`);
  const { endpoint, fetch: fetchUrl, registration, activityId } = params as Required<LaunchParameters>;
  const learner = readLaunchLearner(params.actor);
  if (!learner?.account) throw notLaunched('the cmi5 actor has no account (cmi5 9.2)');
  // The launch actor as given, in statements and document requests alike (cmi5 8.1.3, 9.2, 10.1, 11).
  const actor = launchAgent(params.actor)!;
  const tokenKey = cmi5TokenKey(fetchUrl);
  let reopened = false;
  try {
    reopened = Boolean(env.session?.getItem(cmi5StartedKey(fetchUrl)));
  } catch {
    // unreadable session storage: a new session
  }
  const authorization = await fetchCmi5Token(fetchUrl, {
    ...(env.fetch ? { fetch: env.fetch } : {}),
    ...(env.session ? { session: env.session } : {}),
  });
  const documents = new LrsDocuments({ endpoint, authorization, ...(env.fetch ? { fetch: env.fetch } : {}) });
  const agent = actor;
  const launchData = await documents.getState({ activityId, agent, registration, stateId: 'LMS.LaunchData' });
  if (!launchData || typeof launchData !== 'object') throw notLaunched('no LMS.LaunchData state document');
  const data = launchData as Record<string, unknown>;
  const prefs = (await documents.getAgentProfile(agent, 'cmi5LearnerPreferences').catch(() => undefined)) as
    { languagePreference?: unknown } | undefined;
  const stateAddress: StateAddress = { activityId, agent, registration, stateId: LEARNER_STATE_ID };
  const saved = await readLearnerState(documents, stateAddress);
  const named = env.xapi.identity === 'named';
  const template = (data['contextTemplate'] ?? {}) as NonNullable<
    NonNullable<StatementContext['cmi5']>['contextTemplate']
  >;
  const sessionId = template.extensions?.[ContextExtensionIri.sessionId];
  const mastery = typeof data['masteryScore'] === 'number' ? data['masteryScore'] : undefined;
  const language =
    typeof prefs?.languagePreference === 'string'
      ? prefs.languagePreference.split(',')[0]?.trim() || undefined
      : undefined;
  return {
    endpoint,
    authorization,
    actor,
    registration,
    launchRegistration: true,
    activityId,
    ...(typeof sessionId === 'string' ? { sessionId } : {}),
    mode: LAUNCH_MODES[String(data['launchMode'])] ?? 'normal',
    ...(mastery !== undefined ? { masteryScore: Math.round(mastery * 10_000) / 100 } : {}),
    cmi5: { contextTemplate: template, ...(mastery !== undefined ? { masteryScore: mastery } : {}) },
    ...(typeof data['returnURL'] === 'string' ? { returnUrl: data['returnURL'] } : {}),
    ...(typeof data['moveOn'] === 'string' ? { moveOn: data['moveOn'] } : {}),
    ...(typeof data['launchParameters'] === 'string' ? { launchParameters: data['launchParameters'] } : {}),
    ...(language ? { language } : {}),
    learner: {
      id: learner.account.name,
      ...(named && learner.displayName ? { name: learner.displayName } : {}),
      ...(language ? { language } : {}),
    },
    documents,
    stateAddress,
    ...(saved ? { saved } : {}),
    reopened,
    tokenKey,
  };
}

/**
 * An xAPI launch ("Tin Can launch"): endpoint, auth and actor from the URL (registration and activity_id
 * optional). The actor is the launch's, verbatim (launchAgent): the LMS made that identity and looks its
 * learner's statements up by it. The learner state lives in the State API under that actor, so it is found
 * again from any device. Without a launch registration, the saved document's is
 * reused until its attempt ended. Throws TRACKING_E_INITIALIZE when the URL is not an xAPI launch.
 */
export async function openXapiLaunch(
  params: LaunchParameters,
  env: LaunchEnvironment,
  offline?: { registration?: string },
): Promise<OpenedLaunch> {
  const missing = (['endpoint', 'auth', 'actor'] as const).filter((name) => params[name] === undefined);
  if (missing.length > 0) throw notLaunched(`xAPI launch parameters missing: ${missing.join(', ')}`);
  const learner = readLaunchLearner(params.actor);
  const actor = launchAgent(params.actor);
  if (!learner || !actor) throw notLaunched('the xAPI launch actor names nobody (account or mbox)');
  const endpoint = params.endpoint ?? '';
  const authorization = params.auth ?? '';
  const documents = new LrsDocuments({ endpoint, authorization, ...(env.fetch ? { fetch: env.fetch } : {}) });
  const activityId = params.activityId ?? courseActivityIri(env.courseId);
  const stateAddress: StateAddress = {
    activityId,
    agent: actor,
    ...(params.registration ? { registration: params.registration } : {}),
    stateId: LEARNER_STATE_ID,
  };
  // Offline (the LRS gave no answer): no saved document yet; the attempt of this browser's copy goes on.
  let saved = offline ? undefined : await readLearnerState(documents, stateAddress);
  let registration =
    params.registration ?? offline?.registration ?? (offline ? uuidV4(env.random) : undefined);
  if (!registration) {
    registration = saved?.registration && !saved.ended ? saved.registration : uuidV4(env.random);
    if (saved?.registration !== registration) saved = undefined;
  }
  const named = env.xapi.identity === 'named';
  return {
    endpoint,
    authorization,
    actor,
    registration,
    launchRegistration: params.registration !== undefined,
    activityId,
    mode: 'normal',
    learner: {
      id: actorKey(actor),
      ...(named && learner.displayName ? { name: learner.displayName } : {}),
    },
    documents,
    stateAddress,
    ...(saved ? { saved } : {}),
    ...(offline ? { unverified: true } : {}),
  };
}

/**
 * The saved learner state: `dlis-learner-state` or, when a last save had to go beside a PUT in flight,
 * `dlis-learner-state-last`, whichever has the higher revision (on a tie the first: it was written later).
 */
export async function readLearnerState(
  documents: LrsDocuments,
  address: StateAddress,
): Promise<LearnerStateDocument | undefined> {
  const [main, last] = (
    await Promise.all([
      documents.getState(address),
      documents.getState({ ...address, stateId: LAST_LEARNER_STATE_ID }),
    ])
  ).map(asDocument);
  if (!main || !last) return main ?? last;
  return (last.revision ?? 0) > (main.revision ?? 0) ? last : main;
}

function asDocument(value: unknown): LearnerStateDocument | undefined {
  if (!value || typeof value !== 'object' || (value as { format?: unknown }).format !== 1) return undefined;
  return value as LearnerStateDocument;
}

function notLaunched(reason: string): TrackingError {
  return new TrackingError(
    TRACKING_ERROR_CODES.initialize,
    `Not launched by an LMS (${reason}): progress is kept in this browser only.`,
  );
}
