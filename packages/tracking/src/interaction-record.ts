// One answer as the standards record it. Pure data: the player makes it at run time from the compiled course,
// whose correct patterns the build made with the adapters' own formatting (correct-patterns.ts).
import type { InteractionValue } from '@dlis/xapi-profile';
import type { CorrectPatterns } from './correct-patterns.ts';

/** SCORM interaction types the player uses (SCORM 2004 names; the 1.2 adapter maps them to 1.2's). */
export type InteractionType =
  'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'numeric' | 'likert';
export type InteractionResult = 'correct' | 'incorrect' | 'neutral';

/** A learner response or a correct-response pattern, typed per interaction type (defined in @dlis/xapi-profile). */
export type { InteractionValue };

/**
 * One answer to one question or one decision in a scenario, as the standards record it.
 * Questions: one interaction per question (2004 updates it when the question is answered again).
 * Scenarios: one interaction per decision, id `<scenario id>.<run>.<step>` made valid by the adapter.
 */
export interface InteractionRecord {
  /** Question id, or scenario decision id (made a valid identifier for each standard by the adapter). */
  id: string;
  type: InteractionType;
  /** Short plain-text description (2004 `description`), in the learner's language. */
  description: string;
  response: InteractionValue;
  /**
   * The correct responses in each standard's format, computed at build time (a question's, a scenario
   * situation's, a questionnaire scenario item's) and written as they are: several for fill-in with several
   * accepted answers, none for likert and answers without a right one.
   */
  correctPatterns: CorrectPatterns;
  /** Matching: the source ids in the question's order, which the response's tokens count from. */
  sources?: readonly string[];
  result: InteractionResult;
  /** Question points (interaction weighting). */
  weighting: number;
  /**
   * Points earned on this answer, out of `max` (the question's points; a scenario decision: the choice's score
   * out of the situation's best). xAPI `result.score` (min 0, scaled raw/max); SCORM sends result/weighting
   * instead. Absent when nothing can be earned (likert, 0 points).
   */
  score?: { raw: number; max: number };
  /** Time from the question being shown to the answer, in milliseconds. */
  latencyMs: number;
  /** When the answer was given. */
  timestamp: Date;
  /**
   * Set for an item of a questionnaire (the digital agility index): the questionnaire id. xAPI then reports the
   * item as `activityIri.questionnaireItem()` with the questionnaire as parent; SCORM records it like a question.
   */
  questionnaire?: string;
}
