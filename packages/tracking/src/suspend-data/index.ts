/**
 * @dlis/tracking/suspend-data: the compact, versioned suspend-data codec. Pure (no DOM, no Node), so the build
 * can check the worst-case length of a course against the SCORM limits.
 */
export { encodeLearnerState } from './encode-learner-state.ts';
export { decodeLearnerState } from './decode-learner-state.ts';
export { worstCaseSuspendDataLength } from './worst-case-suspend-data-length.ts';
export { layoutFingerprint } from './layout-fingerprint.ts';
export { SUSPEND_DATA_LIMITS, MAX_SAVED_ATTEMPTS } from './suspend-data-format.ts';
export type { SuspendLayout, SuspendQuestion } from '../learner-state.ts';
