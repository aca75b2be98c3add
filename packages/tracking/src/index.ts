/** @dlis/tracking: the browser tracking runtime behind the Tracker facade. */
export {
  createLaunchTracker,
  createLocalTracker,
  createScorm12Tracker,
  createScorm2004Tracker,
  createTracker,
  withXapiReporting,
} from './create-tracker.ts';
export { TrackerFacade } from './tracker-facade.ts';
export { TRACKING_ERROR_CODES, TrackingError, type TrackingErrorCode } from './tracking-error.ts';
export { chooseLanguage, type LanguagePreferences } from './choose-language.ts';
export { formatScorm12Duration } from './format-scorm12-duration.ts';
export { formatIso8601Duration } from './format-iso8601-duration.ts';
export type {
  FinishMode,
  SaveOptions,
  InteractionRecord,
  InteractionResult,
  InteractionType,
  InteractionValue,
  LearnerState,
  LessonMode,
  QuestionnaireOutcome,
  SavedAnswer,
  SavedScenario,
  Score,
  StartInfo,
  SuspendLayout,
  SuspendQuestion,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from './tracker.ts';
export {
  XapiClient,
  XAPI_VERSION,
  type XapiClientOptions,
  type PostOutcome,
  type PostOptions,
} from './xapi/xapi-client.ts';
export { basicAuthorization } from './xapi/basic-authorization.ts';
export {
  DurableQueue,
  type DurableQueueOptions,
  type EnqueueResult,
  type QueueableStatement,
  type StatementSender,
} from './xapi/durable-queue.ts';
export {
  QUEUE_PROBLEM_CODES,
  type QueueProblem,
  type QueueProblemCode,
  type QueueState,
  type QueueStatus,
} from './xapi/queue-status.ts';
export {
  browserLocalStorage,
  browserSessionStorage,
  createMemoryStore,
  type KeyValueStore,
} from './xapi/key-value-store.ts';
export type { XapiTrackingOptions } from './xapi/xapi-tracking-options.ts';
export type { XapiCourse } from './xapi/xapi-course.ts';
export { XapiReporter, type RegistrationOutcomes } from './xapi/xapi-reporter.ts';
export {
  HybridXapiTracker,
  attemptKey,
  hybridCredentials,
  type AttemptRecord,
} from './xapi/hybrid-xapi-tracker.ts';
export { LaunchAdapter } from './xapi/launch-adapter.ts';
export { LEARNER_STATE_ID, type LearnerStateDocument } from './xapi/open-launch.ts';
export { cmi5TokenKey, fetchCmi5Token } from './xapi/fetch-cmi5-token.ts';
export { readLaunchParameters, type LaunchParameters } from './xapi/launch-parameters.ts';
export { LEARNER_PSEUDONYM_KEY } from './xapi/learner-actor.ts';
export { queueKey } from './xapi/create-xapi-reporter.ts';
export type { BackoffOptions } from '@dlis/xapi-profile';
