import type { LanguageTag, QuestionBlock } from '@dlis/course/compiled';
import type { InteractionRecord } from '@dlis/tracking';
import { htmlToText, truncate } from './html-to-text.ts';
import { localize } from './localize.ts';
import { correctResponse, scoreQuestion } from './score-question.ts';

/** Longest interaction description sent (SCORM 2004 `description` is a localized string of 250 chars). */
export const DESCRIPTION_MAX = 250;

export interface AnswerContext {
  lang: LanguageTag;
  defaultLanguage: LanguageTag;
  /** Milliseconds between the question being shown and the answer. */
  latencyMs: number;
  timestamp: Date;
}

/**
 * The InteractionRecord for one answer: type from the question kind, result from the selection
 * ('neutral' when the question has no correct choice, e.g. an opinion question), weighting = points.
 */
export function buildInteractionRecord(
  question: QuestionBlock,
  response: readonly string[],
  context: AnswerContext,
): InteractionRecord {
  const expected = correctResponse(question);
  const known = question.choices.map((c) => c.id).filter((id) => response.includes(id));
  const result =
    expected.length === 0 ? 'neutral' : scoreQuestion(question, known).correct ? 'correct' : 'incorrect';
  return {
    id: question.id,
    type: question.kind === 'true-false' ? 'true-false' : 'choice',
    description: truncate(
      htmlToText(localize(question.prompt, context.lang, context.defaultLanguage)),
      DESCRIPTION_MAX,
    ),
    response: known,
    correctResponse: expected,
    result,
    weighting: question.points,
    latencyMs: Math.max(0, Math.round(context.latencyMs)),
    timestamp: context.timestamp,
  };
}
