import type { Localized, QuestionWithoutTexts } from './compiled-course.ts';
import { conditionOf } from './condition.ts';
import { questionKind } from './kinds/question-kinds.ts';

/**
 * A question model (texts in inline Markdown) → compiled question (sanitised HTML), before its plain texts
 * (completeCourse adds them). `inline` renders a Markdown map, `text` only keeps the package languages
 * (true-false labels are already plain text). The kind's own fields are its module's (kinds/<kind>/).
 */
export function compileQuestion(
  q: QuestionWithoutTexts,
  inline: (l: Localized) => Localized,
  text: (l: Localized) => Localized,
): QuestionWithoutTexts {
  return {
    type: 'question' as const,
    id: q.id,
    prompt: inline(q.prompt),
    scored: q.scored,
    points: q.points,
    maxAttempts: q.maxAttempts,
    feedback: {
      ...(q.feedback.correct ? { correct: inline(q.feedback.correct) } : {}),
      ...(q.feedback.incorrect ? { incorrect: inline(q.feedback.incorrect) } : {}),
    },
    ...conditionOf(q.when),
    kind: q.kind,
    ...questionKind(q.kind).compile(q, { inline, text }),
  } as QuestionWithoutTexts;
}
