export {
  ActivityTypeIri,
  CategoryIri,
  ContextExtensionIri,
  DLIS_BASE_IRI,
  PatternIri,
  ProfileIri,
  ProfileSpecIri,
  ResultExtensionIri,
  TemplateIri,
  VerbIri,
  type TemplateName,
  type VerbName,
} from './iris.ts';
export { activityIri, courseActivityIri } from './activity-iris.ts';
export { dlisProfile } from './dlis-profile.ts';
export type {
  Pattern,
  ProfileConcept,
  ProfileDocument,
  RulePresence,
  StatementTemplate,
  StatementTemplateRule,
} from './profile-document.ts';
export type {
  Account,
  Activity,
  ActivityDefinition,
  Agent,
  Context,
  ContextActivities,
  ContextActivity,
  InteractionComponent,
  LanguageMap,
  Result,
  Score,
  Statement,
  Verb,
  XapiInteractionType,
} from './xapi-statement.ts';
export { createActor, type IdentityOptIn } from './actor.ts';
export { agentKey } from './agent-key.ts';
export { uuidV4, type RandomSource } from './uuid-v4.ts';
export { formatDuration } from './format-duration.ts';
export { formatInteractionValue, type InteractionValue } from './format-interaction-value.ts';
export type { StatementContext } from './statement-context.ts';
export {
  buildExperiencedPage,
  buildExperiencedProcess,
  buildInitialized,
  buildProgressed,
  buildResumed,
  buildSuspended,
  buildTerminated,
  type PageViewedEvent,
  type ProcessExperiencedEvent,
  type ProgressEvent,
  type SessionEndEvent,
  type TimedEvent,
} from './session-statements.ts';
export {
  buildCompleted,
  buildFailed,
  buildPassed,
  buildQuestionnaireCompleted,
  type AssessmentOutcomeEvent,
  type CourseOutcomeEvent,
  type QuestionnaireCompletedEvent,
} from './outcome-statements.ts';
export {
  buildQuestionAnswered,
  buildQuestionnaireItemAnswered,
  buildScenarioDecision,
  type AnswerEvent,
  type QuestionAnsweredEvent,
  type QuestionnaireItemAnsweredEvent,
  type ScenarioDecisionEvent,
} from './answer-statements.ts';
export { evaluateJsonPath, JsonPathError } from './json-path.ts';
export { validateStatementStructure, type StatementFailure } from './validate-statement-structure.ts';
export { validateStatement, VOIDED_VERB } from './validation/validate-statement.ts';
export { validateActor } from './validation/validate-actor.ts';
export { StatementValidationError } from './validation/statement-validation-error.ts';
export { XAPI_VERSIONS, type XapiVersion } from './validation/xapi-version.ts';
export type { JsonObject } from './validation/statement-checker.ts';
export { isIri, isTimestamp, isUuid } from './validation/xapi-formats.ts';
export {
  validateStatementAgainstProfile,
  type ProfileValidation,
} from './validate-statement-against-profile.ts';
export {
  validateStatementSequence,
  type PatternOutcome,
  type SequenceValidation,
  type SessionPatternCheck,
} from './validate-statement-sequence.ts';
export {
  backoffDelay,
  DEFAULT_BACKOFF,
  parseRetryAfter,
  retryWithBackoff,
  RetryTimer,
  systemTimers,
  type BackoffOptions,
  type RetryLoopOptions,
  type RetryTimers,
  type TryOutcome,
} from './retry-backoff.ts';
