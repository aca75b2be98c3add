import type { QuestionWithoutTexts } from './compiled-course.ts';
import type { LocalizedSource, QuestionBlockSource } from './course-source.ts';
import { conditionOf } from './condition.ts';
import { questionKind } from './kinds/question-kinds.ts';
import { localized } from './localized.ts';

export { localized } from './localized.ts';

/**
 * A checked question source → its model (compiled shape, texts still Markdown), defaults applied: the fields
 * every question has here, the kind's own fields from its module (kinds/<kind>/).
 */
export function buildQuestion(q: QuestionBlockSource, languages: readonly string[]): QuestionWithoutTexts {
  const loc = (s: LocalizedSource) => localized(s, languages);
  const kind = questionKind(q.kind);
  return {
    type: 'question' as const,
    id: q.id,
    prompt: loc(q.prompt),
    scored: kind.scorable ? (q.scored ?? true) : false,
    points: q.points ?? 1,
    maxAttempts: q.maxAttempts ?? 0,
    feedback: {
      ...(q.feedback?.correct ? { correct: loc(q.feedback.correct) } : {}),
      ...(q.feedback?.incorrect ? { incorrect: loc(q.feedback.incorrect) } : {}),
    },
    ...conditionOf(q.when),
    kind: q.kind,
    ...kind.build(q, languages),
  } as QuestionWithoutTexts;
}
