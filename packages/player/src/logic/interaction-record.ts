import type { LanguageTag, Localized, QuestionBlock } from '@dlis/course/compiled';
import type { InteractionRecord, InteractionType } from '@dlis/tracking';
import { localize } from './localize.ts';
import { parseDecimal } from './normalize-answer.ts';
import { correctChoices, scoreQuestion } from './score-question.ts';

type InteractionValue = InteractionRecord['response'];

export { DESCRIPTION_MAX } from '@dlis/course/compiled';

export interface AnswerContext {
  lang: LanguageTag;
  defaultLanguage: LanguageTag;
  /** Milliseconds between the question being shown and the answer. */
  latencyMs: number;
  timestamp: Date;
}

/**
 * The InteractionRecord for one answer (`SavedAnswer.response` encoding): typed response and correct
 * patterns per kind, result from the score ('neutral' for likert and questions without a right answer),
 * weighting = points.
 */
export function buildInteractionRecord(
  question: QuestionBlock,
  response: readonly string[],
  context: AnswerContext,
): InteractionRecord {
  const { type, value, correct } = typedValues(question, cleanResponse(question, response), context.lang);
  const score = scoreQuestion(question, response);
  return {
    id: question.id,
    type,
    description: describe(question.description ?? question.prompt, context),
    response: value,
    correctResponses: correct,
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

function typedValues(
  q: QuestionBlock,
  response: string[],
  lang: LanguageTag,
): { type: InteractionType; value: InteractionValue; correct: InteractionValue[] } {
  switch (q.kind) {
    case 'true-false':
      return {
        type: 'true-false',
        value: { type: 'true-false', value: response[0] === 'true' },
        correct: correctChoices(q).map((id) => ({ type: 'true-false', value: id === 'true' })),
      };
    case 'single-choice':
    case 'multiple-choice': {
      const right = correctChoices(q);
      return {
        type: 'choice',
        value: { type: 'choice', choices: response },
        correct: right.length ? [{ type: 'choice', choices: right }] : [],
      };
    }
    case 'likert':
      return { type: 'likert', value: { type: 'likert', choice: response[0] ?? '' }, correct: [] };
    case 'matching':
      return {
        type: 'matching',
        value: {
          type: 'matching',
          pairs: q.sources.flatMap((s, i) => (response[i] ? [[s.id, response[i]] as [string, string]] : [])),
        },
        correct: [
          { type: 'matching', pairs: q.sources.map((s, i) => [s.id, q.answer[i] ?? ''] as [string, string]) },
        ],
      };
    case 'ordering':
      return {
        type: 'sequencing',
        value: { type: 'sequencing', order: response },
        correct: [{ type: 'sequencing', order: q.items.map((i) => i.id) }],
      };
    case 'fill-in': {
      // The learner's language first (SCORM 2004 keeps only a few patterns), each answer tagged with its language.
      const languages = [lang, ...Object.keys(q.accepted).filter((l) => l !== lang)];
      const seen = new Set<string>();
      const correct: InteractionValue[] = [];
      for (const l of languages) {
        for (const text of q.accepted[l] ?? []) {
          if (seen.has(text)) continue;
          seen.add(text);
          correct.push({ type: 'fill-in', text, caseMatters: q.caseSensitive, lang: l });
        }
      }
      return {
        type: 'fill-in',
        value: { type: 'fill-in', text: response[0] ?? '', caseMatters: q.caseSensitive, lang },
        correct,
      };
    }
    case 'numeric':
      return {
        type: 'numeric',
        value: { type: 'numeric', value: parseDecimal(response[0] ?? '') ?? 0 },
        correct: [
          q.exact !== undefined
            ? { type: 'numeric', value: q.exact }
            : {
                type: 'numeric-range',
                ...(q.min !== undefined ? { min: q.min } : {}),
                ...(q.max !== undefined ? { max: q.max } : {}),
              },
        ],
      };
  }
}
