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
