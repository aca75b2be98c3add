import { validVariableValues, type CompiledCourse, type VariableChoiceBlock } from '@dlis/course/compiled';
import type { InteractionRecord } from '@dlis/tracking';
import { describe, NO_CORRECT_PATTERNS, type AnswerContext } from './interaction-record.ts';

/** Where a launch may give variable values: the page's URL query, and cmi5 LaunchData launchParameters. */
export interface LaunchSources {
  /** `location.search` of the package page (`?country=be`). */
  query?: string;
  /** cmi5 launchParameters: a JSON object (`{"country":"be"}`) or a query string (`country=be`). */
  launchParameters?: string;
}

/**
 * The values the launch gives the course variables that name a `launchParameter`: cmi5 launchParameters win
 * over the URL query; a value that is not one of the variable's is ignored.
 */
export function launchVariableValues(
  course: Pick<CompiledCourse, 'variables'>,
  sources: LaunchSources,
): Record<string, string> {
  const query = new URLSearchParams(sources.query ?? '');
  const parameters = parseLaunchParameters(sources.launchParameters);
  const given: Record<string, string> = {};
  for (const variable of course.variables ?? []) {
    const name = variable.launchParameter;
    if (name === undefined) continue;
    const value = parameters[name] ?? query.get(name) ?? undefined;
    if (value !== undefined) given[variable.id] = value;
  }
  return validVariableValues(course, given);
}

function parseLaunchParameters(text: string | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    }
  } catch {
    // Not JSON: read it as a query string.
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * A learner's choice of a variable value as an interaction: a neutral `choice` (no right answer, weight 0) whose
 * id is the block's, so SCORM interactions and xAPI `answered` statements record it like a question.
 */
export function variableChoiceRecord(
  block: VariableChoiceBlock,
  value: string,
  context: AnswerContext,
): InteractionRecord {
  return {
    id: block.id,
    type: 'choice',
    description: describe(block.description ?? block.prompt, context),
    response: { type: 'choice', choices: [value] },
    correctPatterns: NO_CORRECT_PATTERNS,
    result: 'neutral',
    weighting: 0,
    latencyMs: Math.max(0, Math.round(context.latencyMs)),
    timestamp: context.timestamp,
  };
}
