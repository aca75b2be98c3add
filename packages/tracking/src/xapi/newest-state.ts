import type { KeyValueStore } from './key-value-store.ts';
import { readMirror, takeOfflineState } from './launch-mirror.ts';
import type { LearnerStateDocument } from './open-launch.ts';

/**
 * Which copy of the learner state a launch resumes: the LRS's (State API) or this browser's (launch-mirror.ts).
 *
 * "Newer" never compares clocks (the browser's and another device's need not agree): every save adds one to the
 * state's `revision`, carried in both copies. The copy with the higher revision has seen more saves along the
 * same history and wins; on a tie the LRS's wins. So a state the learner reached while the LRS was down (saves
 * that failed, kept in this browser) is resumed and sent, and an older copy never overwrites a newer one.
 * Copies that went apart (two devices offline at once from the same state) are not merged: the one with more
 * saves wins.
 */
export interface ChosenState {
  document: LearnerStateDocument;
  /** This browser's copy won: the LRS must be given it (PUT). */
  push: boolean;
}

export function chooseNewestState(
  saved: LearnerStateDocument | undefined,
  store: KeyValueStore,
  courseId: string,
  match: { registration: string; learner: string | undefined },
): ChosenState {
  const lrsRevision = saved?.revision ?? 0;
  const base: LearnerStateDocument = {
    format: 1,
    registration: match.registration,
    outcomes: { ...saved?.outcomes },
    ...(saved?.suspendData ? { suspendData: saved.suspendData } : {}),
    ...(saved?.savedAt !== undefined ? { savedAt: saved.savedAt } : {}),
    revision: lrsRevision,
  };
  const mirror = readMirror(store, courseId);
  const same = mirror && mirror.registration === match.registration && mirror.learner === match.learner;
  // A launch that could not reach its LRS handed the state to the local adapter (launch-mirror.ts goOffline).
  const offline = takeOfflineState(store, courseId, { ...match, lrsRevision });
  if (offline !== undefined && same) {
    return {
      document: {
        ...base,
        suspendData: offline,
        outcomes: { ...base.outcomes, ...mirror.outcomes },
        revision: Math.max(lrsRevision, mirror.revision ?? 0) + 1,
      },
      push: true,
    };
  }
  if (same && (mirror.revision ?? 0) > lrsRevision) {
    return {
      document: {
        ...base,
        ...(mirror.suspendData ? { suspendData: mirror.suspendData } : {}),
        outcomes: { ...base.outcomes, ...mirror.outcomes },
        savedAt: mirror.savedAt,
        revision: mirror.revision ?? 0,
      },
      push: true,
    };
  }
  return { document: base, push: false };
}
