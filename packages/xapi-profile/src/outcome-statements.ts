import { ActivityTypeIri, ContextExtensionIri, ResultExtensionIri } from './iris.ts';
import { makeStatement } from './make-statement.ts';
import { buildContext, courseContextActivity, type StatementContext } from './statement-context.ts';
import { courseActivity, type TimedEvent } from './session-statements.ts';
import { formatDuration } from './format-duration.ts';
import type { Activity, LanguageMap, Score, Statement } from './xapi-statement.ts';

export interface CourseOutcomeEvent extends TimedEvent {
  /** Time since the session started, in milliseconds (cmi5: duration of the session so far). */
  durationMs: number;
}

export interface AssessmentOutcomeEvent extends CourseOutcomeEvent {
  /** Assessment score; `scaled` in [0, 1]. Left out when the course has no scored assessment. */
  score?: Required<Score>;
}

/** What `completed` a questionnaire reports: the digital agility result (see @dlis/agility `AgilityResult`). */
export interface QuestionnaireCompletedEvent extends CourseOutcomeEvent {
  /** Activity id (`activityIri.questionnaire()`) and title of the questionnaire. */
  questionnaireActivityId: string;
  name: LanguageMap;
  /** Index 0..100, or null when too few dimensions were scored. */
  index: number | null;
  /** Level id, or null. */
  level: number | null;
  /** Score 0..100 of each dimension (null when not scored), by dimension id. */
  dimensions: Record<string, number | null>;
  /** The scoring model that produced the result. */
  model: { id: string; version: string };
  /** Whether the respondent agreed to donate their answers to research (a choice separate from taking the test). */
  researchConsent: boolean;
  /**
   * Background answers (BRIEF.md §3.6) by question id, option ids only. Sent only when `researchConsent` is true:
   * the builder drops them otherwise.
   */
  background?: Record<string, string>;
}

/** `completed` the course (cmi5-defined, moveOn): completion true and the duration; never a score or success. */
export function buildCompleted(ctx: StatementContext, event: CourseOutcomeEvent): Statement {
  return makeStatement(
    ctx,
    'completed',
    courseActivity(ctx),
    event.timestamp,
    buildContext(ctx, { cmi5: 'moveOn' }),
    { completion: true, duration: formatDuration(event.durationMs) },
  );
}

/** `passed` the course (cmi5-defined, moveOn): success true, the score, the duration, the mastery score (cmi5). */
export function buildPassed(ctx: StatementContext, event: AssessmentOutcomeEvent): Statement {
  return judged(ctx, 'passed', event);
}

/** `failed` the course (cmi5-defined, moveOn): success false, the score, the duration, the mastery score (cmi5). */
export function buildFailed(ctx: StatementContext, event: AssessmentOutcomeEvent): Statement {
  return judged(ctx, 'failed', event);
}

/**
 * `completed` the digital agility questionnaire: the index, level, dimension scores and model version as result
 * extensions; the index also as the score (raw 0..100, scaled 0..1) when there is one. Parent: the course.
 */
export function buildQuestionnaireCompleted(
  ctx: StatementContext,
  event: QuestionnaireCompletedEvent,
): Statement {
  const object: Activity = {
    objectType: 'Activity',
    id: event.questionnaireActivityId,
    definition: { type: ActivityTypeIri.questionnaire, name: event.name },
  };
  const score =
    event.index === null
      ? {}
      : { score: { scaled: round4(event.index / 100), raw: event.index, min: 0, max: 100 } };
  return makeStatement(
    ctx,
    'completed',
    object,
    event.timestamp,
    buildContext(ctx, {
      parent: [courseContextActivity(ctx)],
      extensions: {
        [ContextExtensionIri.researchConsent]: event.researchConsent,
        ...(event.researchConsent && event.background
          ? { [ContextExtensionIri.agilityBackground]: { ...event.background } }
          : {}),
      },
    }),
    {
      ...score,
      completion: true,
      duration: formatDuration(event.durationMs),
      extensions: {
        [ResultExtensionIri.agilityIndex]: event.index,
        [ResultExtensionIri.agilityLevel]: event.level,
        [ResultExtensionIri.agilityDimensions]: { ...event.dimensions },
        [ResultExtensionIri.agilityModel]: { id: event.model.id, version: event.model.version },
      },
    },
  );
}

function judged(ctx: StatementContext, verb: 'passed' | 'failed', event: AssessmentOutcomeEvent): Statement {
  const score =
    event.score === undefined ? {} : { score: { ...event.score, scaled: round4(event.score.scaled) } };
  return makeStatement(
    ctx,
    verb,
    courseActivity(ctx),
    event.timestamp,
    buildContext(ctx, { cmi5: 'moveOn', masteryScore: true }),
    { ...score, success: verb === 'passed', duration: formatDuration(event.durationMs) },
  );
}

/** Scaled scores to 4 decimals, as SCORM 2004 does, so both report the same number. */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
