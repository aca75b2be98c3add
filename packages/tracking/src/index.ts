/** @dlis/tracking: the browser tracking runtime behind the Tracker facade. */
export {
  createLocalTracker,
  createScorm12Tracker,
  createScorm2004Tracker,
  createTracker,
} from './create-tracker.ts';
export { formatScorm12Duration } from './format-scorm12-duration.ts';
export { formatIso8601Duration } from './format-iso8601-duration.ts';
export type {
  FinishMode,
  InteractionRecord,
  InteractionResult,
  InteractionType,
  InteractionValue,
  LearnerState,
  LessonMode,
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
export { browserLocalStorage, createMemoryStore, type KeyValueStore } from './xapi/key-value-store.ts';
export type { BackoffOptions } from './xapi/backoff-delay.ts';
