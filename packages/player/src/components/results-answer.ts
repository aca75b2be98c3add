import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Localized, QuestionBlock } from '@dlis/course/compiled';

/**
 * What the learner answered to `question`, for the results page: choice labels (sanitised inline HTML from the
 * build), "source → target" pairs, the items in the learner's order, or the typed text. `t` localizes.
 */
export function answerOf(
  question: QuestionBlock,
  response: readonly string[],
  t: (text: Localized) => string,
): TemplateResult | typeof nothing {
  const labelOf = (
    list: readonly { id: string; label: Localized }[],
    id: string,
    texts = {} as Record<string, Localized>,
  ) => {
    const label = texts[id] ?? list.find((item) => item.id === id)?.label;
    return label ? t(label) : '';
  };
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
    case 'likert': {
      const options = question.kind === 'likert' ? question.scale : question.choices;
      const picked = options.filter((o) => response.includes(o.id));
      return picked.length
        ? html`${picked.map((o, i) => html`${i ? '; ' : ''}${unsafeHTML(t(o.label))}`)}`
        : nothing;
    }
    case 'matching':
      return html`${question.sources.map(
        (s, i) =>
          html`${i ? '; ' : ''}${unsafeHTML(t(s.label))} →
          ${labelOf(question.targets, response[i] ?? '', question.labelTexts) || '—'}`,
      )}`;
    case 'ordering':
      return html`${response.map(
        (id, i) => html`${i ? ', ' : ''}${i + 1}. ${labelOf(question.items, id, question.labelTexts)}`,
      )}`;
    default:
      return response[0] ? html`${response[0]}` : nothing;
  }
}

/** The designer's feedback on each choice the learner picked (single/multiple-choice), for the results page. */
export function choiceFeedbackOf(question: QuestionBlock, response: readonly string[]): Localized[] {
  if (question.kind !== 'single-choice' && question.kind !== 'multiple-choice') return [];
  return question.choices.flatMap((c) => (c.feedback && response.includes(c.id) ? [c.feedback] : []));
}
