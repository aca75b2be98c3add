import { localStorageKey, type LocalRecord } from '../adapters/local/local-adapter.ts';
import type { KeyValueStore } from './key-value-store.ts';
import type { RegistrationOutcomes } from './xapi-reporter.ts';
import { readLaunchLearner, type LaunchParameters } from './launch-parameters.ts';

/** localStorage key of the copy of a cmi5 / xAPI launch's learner state kept in this browser. */
export function launchMirrorKey(courseId: string): string {
  return `dlis:launch-mirror:${courseId}`;
}

/**
 * The last learner state a launch saved to the LRS, kept in this browser too, so that a launch whose LMS or LRS
 * cannot be reached starts from it (the local adapter takes over) and the next launch that reaches the LRS
 * sends what the learner did meanwhile.
 */
export interface LaunchMirror {
  registration: string;
  /** Account name or mbox of the launch actor. */
  learner: string;
  suspendData?: string;
  /** When the state was saved (epoch ms, this browser's clock): for people reading it, never compared. */
  savedAt: number;
  /** The state's revision (LearnerStateDocument.revision): what tells the newer of two copies. */
  revision?: number;
  /** What the attempt already sent (completed, passed), with the state. */
  outcomes?: RegistrationOutcomes;
  /** Set when a launch went offline from this state: the local adapter holds the newer state. */
  offline?: boolean;
}

/** The learner a launch names (account name, else mbox), for matching a mirror. */
export function launchLearnerKey(params: LaunchParameters): string | undefined {
  const learner = readLaunchLearner(params.actor);
  return learner?.account?.name ?? learner?.mbox;
}

export function readMirror(store: KeyValueStore, courseId: string): LaunchMirror | undefined {
  try {
    const data = JSON.parse(
      store.getItem(launchMirrorKey(courseId)) ?? 'null',
    ) as Partial<LaunchMirror> | null;
    if (!data || typeof data.registration !== 'string' || typeof data.learner !== 'string') return undefined;
    return {
      ...data,
      registration: data.registration,
      learner: data.learner,
      savedAt: Number(data.savedAt) || 0,
    };
  } catch {
    return undefined;
  }
}

export function writeMirror(store: KeyValueStore, courseId: string, mirror: LaunchMirror): void {
  try {
    store.setItem(launchMirrorKey(courseId), JSON.stringify(mirror));
  } catch {
    // Without storage there is no offline copy; the LRS copy is the only one (as before).
  }
}

/**
 * The launch cannot reach its LMS or LRS: when this browser holds the state of the same learner and
 * registration (`registration` from the launch, else the mirror's), hands it to the local adapter (its record
 * `dlis:<courseId>`) and marks the mirror offline, so that the next launch that reaches the LRS sends the state
 * the learner reaches meanwhile. Without a matching mirror nothing is handed over (the local adapter's record is
 * not known to be this attempt's, so it is never sent).
 */
export function goOffline(store: KeyValueStore, courseId: string, params: LaunchParameters): boolean {
  const mirror = readMirror(store, courseId);
  const learner = launchLearnerKey(params);
  const registration = params.registration ?? mirror?.registration;
  if (!mirror || mirror.learner !== learner || mirror.registration !== registration) return false;
  const record: LocalRecord = {
    format: 1,
    ...(mirror.suspendData ? { suspendData: mirror.suspendData } : {}),
    completion: 'incomplete',
    success: 'unknown',
  };
  try {
    store.setItem(localStorageKey(courseId), JSON.stringify(record));
  } catch {
    return false;
  }
  writeMirror(store, courseId, { ...mirror, offline: true });
  return true;
}

/**
 * The state the learner reached offline, to send now: when the mirror of this learner and registration is
 * offline and the LRS copy is not newer (a higher revision: saved from elsewhere since) than the state the
 * offline session started from. Clears the mark.
 */
export function takeOfflineState(
  store: KeyValueStore,
  courseId: string,
  match: { registration: string; learner: string | undefined; lrsRevision: number | undefined },
): string | undefined {
  const mirror = readMirror(store, courseId);
  if (!mirror?.offline || mirror.registration !== match.registration || mirror.learner !== match.learner) {
    return undefined;
  }
  writeMirror(store, courseId, { ...mirror, offline: false });
  if ((match.lrsRevision ?? 0) > (mirror.revision ?? 0)) return undefined;
  try {
    const local = JSON.parse(store.getItem(localStorageKey(courseId)) ?? 'null') as LocalRecord | null;
    return local?.suspendData;
  } catch {
    return undefined;
  }
}

/** The attempt an offline xAPI launch goes on with: the launch's registration, else this browser's copy's. */
export function offlineAttempt(
  store: KeyValueStore,
  courseId: string,
  params: LaunchParameters,
): { registration?: string } {
  const mirror = readMirror(store, courseId);
  const registration =
    params.registration ?? (mirror?.learner === launchLearnerKey(params) ? mirror?.registration : undefined);
  return registration ? { registration } : {};
}
