/**
 * @dlis/tracking/correct-patterns: a question's correct responses in the format of each standard, made at build
 * time (@dlis/course, each question kind's `correct`) with the adapters' own formatting, so that the player and
 * the adapters only read them. Pure (no DOM, no Node).
 */
import { formatInteractionValue } from '@dlis/xapi-profile';
import { matchingSources } from './adapters/interaction-options.ts';
import { scorm12Patterns } from './adapters/scorm12/interactions.ts';
import { scorm2004Patterns } from './adapters/scorm2004/interactions.ts';
import type { InteractionType, InteractionValue } from './interaction-record.ts';

/**
 * cmi.interactions.n.correct_responses.k.pattern of SCORM 1.2 and 2004 (those with a form in each, 2004's at
 * most its SPM) and xAPI's correctResponsesPattern, in order.
 */
export interface CorrectPatterns {
  scorm12: string[];
  scorm2004: string[];
  xapi: string[];
}

/**
 * The patterns of correct responses `values` of an interaction of `type`; `options` are the ids its tokens count
 * from (the question's choices, items or targets: its learner-state layout), none for text questions.
 */
export function correctPatterns(
  type: InteractionType,
  values: readonly InteractionValue[],
  options: readonly string[] | undefined,
): CorrectPatterns {
  // Matching: the sources of the correct pairs, in the question's order.
  const context = { options, sources: matchingSources({ correctResponses: values }) };
  return {
    scorm12: scorm12Patterns(values, context),
    scorm2004: scorm2004Patterns(type, values, context),
    xapi: values.map((v) => formatInteractionValue(v, true)),
  };
}

export type { InteractionType, InteractionValue };
