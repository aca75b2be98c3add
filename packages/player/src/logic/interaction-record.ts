import type { CorrectPatterns, LanguageTag, Localized, QuestionBlock } from '@dlis/course/compiled';
import type { InteractionRecord } from '@dlis/tracking';
import { localize } from './localize.ts';
import { parseDecimal } from './normalize-answer.ts';
import { scoreQuestion } from './score-question.ts';

type InteractionValue = InteractionRecord['response'];

export { DESCRIPTION_MAX } from '@dlis/course/compiled';

/** The patterns of an answer without a right one (likert, opinion choices, variable choices, self items). */
export const NO_CORRECT_PATTERNS: CorrectPatterns = { scorm12: [], scorm2004: [], xapi: [] };

export interface AnswerContext {
  lang: LanguageTag;
  defaultLanguage: LanguageTag;
  /** Milliseconds between the question being shown and the answer. */
  latencyMs: number;
  timestamp: Date;
}

/**
 * The InteractionRecord for one answer (`SavedAnswer.response` encoding): the typed response, the correct
 * patterns computed at build time (`correctPatterns`), result from the score ('neutral' for likert and
 * questions without a right answer), weighting = points.
 */
export function buildInteractionRecord(
  question: QuestionBlock,
  response: readonly string[],
  context: AnswerContext,
): InteractionRecord {
  const score = scoreQuestion(question, response);
  return {
    id: question.id,
    type: question.interaction.type,
    description: describe(question.description ?? question.prompt, context),
    response: typedResponse(question, cleanResponse(question, response), context.lang),
    correctPatterns: patternsFor(question, context),
    ...(question.kind === 'matching' ? { sources: question.sources.map((s) => s.id) } : {}),
    result: score.neutral ? 'neutral' : score.correct ? 'correct' : 'incorrect',
    weighting: question.points,
    ...(score.maxScore > 0 ? { score: { raw: score.score, max: score.maxScore } } : {}),
    latencyMs: Math.max(0, Math.round(context.latencyMs)),
    timestamp: context.timestamp,
  };
}

/**
 * The interaction description in the learner's language: the `description` computed at build time (plain text
 * of the prompt or situation, already cut to DESCRIPTION_MAX), or the prompt itself when it has none.
 */
export function describe(
  description: Localized,
  context: Pick<AnswerContext, 'lang' | 'defaultLanguage'>,
): string {
  return localize(description, context.lang, context.defaultLanguage);
}

/** The response with unknown ids dropped; choices in course order, so the pattern does not depend on clicks. */
export function cleanResponse(question: QuestionBlock, response: readonly string[]): string[] {
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
      return question.choices.map((c) => c.id).filter((id) => response.includes(id));
    case 'likert':
      return question.scale
        .map((s) => s.id)
        .filter((id) => response.includes(id))
        .slice(0, 1);
    case 'ordering': {
      const known = new Set(question.items.map((i) => i.id));
      return response.filter((id) => known.has(id));
    }
    case 'matching': {
      const known = new Set(question.targets.map((t) => t.id));
      return question.sources.map((_, i) => (known.has(response[i] ?? '') ? (response[i] as string) : ''));
    }
    case 'fill-in':
      return [(response[0] ?? '').slice(0, question.maxLength)];
    case 'numeric':
      return [response[0] ?? ''];
  }
}

/** The learner's response, typed for its interaction (the correct ones are in the compiled question). */
function typedResponse(q: QuestionBlock, response: string[], lang: LanguageTag): InteractionValue {
  switch (q.kind) {
    case 'true-false':
      return { type: 'true-false', value: response[0] === 'true' };
    case 'single-choice':
    case 'multiple-choice':
      return { type: 'choice', choices: response };
    case 'likert':
      return { type: 'likert', choice: response[0] ?? '' };
    case 'matching':
      return {
        type: 'matching',
        pairs: q.sources.flatMap((s, i) => (response[i] ? [[s.id, response[i]] as [string, string]] : [])),
      };
    case 'ordering':
      return { type: 'sequencing', order: response };
    case 'fill-in':
      return { type: 'fill-in', text: response[0] ?? '', caseMatters: q.caseSensitive, lang };
    case 'numeric':
      return { type: 'numeric', value: parseDecimal(response[0] ?? '') ?? 0 };
  }
}

/** The correct patterns computed at build time, for the learner's language when they depend on it. */
function patternsFor(q: QuestionBlock, context: AnswerContext): CorrectPatterns {
  const patterns = q.correctPatterns;
  if (!('byLanguage' in patterns)) return patterns;
  return (
    patterns.byLanguage[context.lang] ?? patterns.byLanguage[context.defaultLanguage] ?? NO_CORRECT_PATTERNS
  );
}
