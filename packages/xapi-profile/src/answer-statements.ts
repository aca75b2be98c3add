import { ActivityTypeIri, ContextExtensionIri } from './iris.ts';
import { makeStatement } from './make-statement.ts';
import { buildContext, courseContextActivity, type StatementContext } from './statement-context.ts';
import type { TimedEvent } from './session-statements.ts';
import { formatDuration } from './format-duration.ts';
import type {
  Activity,
  ContextActivity,
  InteractionComponent,
  LanguageMap,
  Score,
  Statement,
  XapiInteractionType,
} from './xapi-statement.ts';

/**
 * One answer, as xAPI records an interaction (xAPI 1.0.3 §2.4.4.1 for the definition, §2.4.5 for the result).
 * `response` and `correctResponsesPattern` use xAPI's syntax (`formatInteractionValue()`).
 */
export interface AnswerEvent extends TimedEvent {
  /** Activity id of the question (`activityIri.question()`) or of the scenario situation. */
  activityId: string;
  interactionType: XapiInteractionType;
  /** The question text, in the learner's language. */
  name: LanguageMap;
  description?: LanguageMap;
  /** Components by interaction type: choice/sequencing `choices`, likert `scale`, matching `source` + `target`. */
  choices?: InteractionComponent[];
  scale?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  /** Correct patterns; left out when the question has none (likert, a scenario where all choices score alike). */
  correctResponsesPattern?: string[];
  response: string;
  /** Left out for neutral answers (likert, scenario decisions without a best choice). */
  success?: boolean;
  score?: Score;
  /** Time from the question being shown to the answer, in milliseconds. */
  durationMs: number;
}

export interface QuestionAnsweredEvent extends AnswerEvent {
  /** The page the question is on (parent). */
  page: { activityId: string; name?: LanguageMap };
}

export interface ScenarioDecisionEvent extends AnswerEvent {
  /** The scenario (parent). */
  scenario: { activityId: string; name?: LanguageMap };
  /** Run (1 for the first, +1 per replay) and step (1 for the first decision) of this decision. */
  run: number;
  step: number;
}

export interface QuestionnaireItemAnsweredEvent extends AnswerEvent {
  /** The questionnaire (parent); `activityId` from `activityIri.questionnaire()`. */
  questionnaire: { activityId: string; name?: LanguageMap };
}

/**
 * `answered` one item of the digital agility questionnaire (a self-assessment item as a likert interaction whose
 * response is the scale point `1`…`5` or `na`; a scenario item as a choice interaction whose response is the
 * option id): object the item (`activityIri.questionnaireItem()`), parent the questionnaire, grouping the course.
 */
export function buildQuestionnaireItemAnswered(
  ctx: StatementContext,
  event: QuestionnaireItemAnsweredEvent,
): Statement {
  const parent = contextActivity(
    event.questionnaire.activityId,
    ActivityTypeIri.questionnaire,
    event.questionnaire.name,
  );
  return answered(
    ctx,
    event,
    buildContext(ctx, { parent: [parent], grouping: [courseContextActivity(ctx)] }),
  );
}

/** `answered` a question: object the interaction, parent the page, grouping the course. */
export function buildQuestionAnswered(ctx: StatementContext, event: QuestionAnsweredEvent): Statement {
  const parent = contextActivity(event.page.activityId, ActivityTypeIri.lesson, event.page.name);
  return answered(
    ctx,
    event,
    buildContext(ctx, { parent: [parent], grouping: [courseContextActivity(ctx)] }),
  );
}

/** `answered` a decision in a branching scenario: parent the scenario, run and step as context extensions. */
export function buildScenarioDecision(ctx: StatementContext, event: ScenarioDecisionEvent): Statement {
  const parent = contextActivity(event.scenario.activityId, ActivityTypeIri.scenario, event.scenario.name);
  const context = buildContext(ctx, {
    parent: [parent],
    grouping: [courseContextActivity(ctx)],
    extensions: {
      [ContextExtensionIri.scenarioRun]: event.run,
      [ContextExtensionIri.scenarioStep]: event.step,
    },
  });
  return answered(ctx, event, context);
}

function answered(
  ctx: StatementContext,
  event: AnswerEvent,
  context: ReturnType<typeof buildContext>,
): Statement {
  const object: Activity = {
    objectType: 'Activity',
    id: event.activityId,
    definition: {
      type: ActivityTypeIri.interaction,
      name: event.name,
      ...(event.description ? { description: event.description } : {}),
      interactionType: event.interactionType,
      ...(event.correctResponsesPattern && event.correctResponsesPattern.length > 0
        ? { correctResponsesPattern: event.correctResponsesPattern }
        : {}),
      ...nonEmpty('choices', event.choices),
      ...nonEmpty('scale', event.scale),
      ...nonEmpty('source', event.source),
      ...nonEmpty('target', event.target),
    },
  };
  return makeStatement(ctx, 'answered', object, event.timestamp, context, {
    ...(event.score ? { score: event.score } : {}),
    ...(event.success !== undefined ? { success: event.success } : {}),
    response: event.response,
    duration: formatDuration(event.durationMs),
  });
}

function contextActivity(id: string, type: string, name?: LanguageMap): ContextActivity {
  return { objectType: 'Activity', id, definition: { type, ...(name ? { name } : {}) } };
}

/** xAPI forbids empty arrays where components are given: leave them out. */
function nonEmpty<K extends string>(key: K, list: InteractionComponent[] | undefined) {
  return list && list.length > 0 ? ({ [key]: list } as Record<K, InteractionComponent[]>) : {};
}
