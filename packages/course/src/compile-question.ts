import type { Localized, QuestionWithoutTexts } from './compiled-course.ts';
import { conditionOf } from './condition.ts';

/**
 * A question model (texts in inline Markdown) → compiled question (sanitised HTML), before its plain texts
 * (completeCourse adds them). `inline` renders a Markdown map, `text` only keeps the package languages
 * (true-false labels are already plain text).
 */
export function compileQuestion(
  q: QuestionWithoutTexts,
  inline: (l: Localized) => Localized,
  text: (l: Localized) => Localized,
): QuestionWithoutTexts {
  const common = {
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
  };
  const labelled = (items: { id: string; label: Localized }[]) =>
    items.map((it) => ({ id: it.id, label: inline(it.label) }));
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
      return {
        ...common,
        kind: q.kind,
        choices: q.choices.map((c) => ({
          id: c.id,
          label: q.kind === 'true-false' ? text(c.label) : inline(c.label),
          correct: c.correct,
          weight: c.weight,
          ...(c.feedback ? { feedback: inline(c.feedback) } : {}),
        })),
      };
    case 'matching':
      return {
        ...common,
        kind: q.kind,
        sources: labelled(q.sources),
        targets: labelled(q.targets),
        answer: [...q.answer],
      };
    case 'ordering':
      return { ...common, kind: q.kind, items: labelled(q.items) };
    case 'fill-in': {
      const accepted = text(q.accepted as unknown as Localized) as unknown as Localized<string[]>;
      return {
        ...common,
        kind: q.kind,
        accepted: Object.fromEntries(Object.entries(accepted).map(([l, a]) => [l, a.map((s) => s.trim())])),
        caseSensitive: q.caseSensitive,
        accentSensitive: q.accentSensitive,
        maxLength: q.maxLength,
      };
    }
    case 'numeric':
      return {
        ...common,
        kind: q.kind,
        ...(q.exact !== undefined ? { exact: q.exact } : {}),
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.unit ? { unit: text(q.unit) } : {}),
        decimals: q.decimals,
      };
    case 'likert':
      return { ...common, kind: q.kind, scale: labelled(q.scale) };
  }
}
