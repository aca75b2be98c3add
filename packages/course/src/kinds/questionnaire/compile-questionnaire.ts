import type { LocalizedText } from '@dlis/agility';
import type { Localized } from '../../compiled-course.ts';
import type { QuestionnaireBlock } from '../../compiled-questionnaire.ts';
import type { MarkdownText, QuestionnaireBlockModel } from '../../course-model.ts';

/** The compiler's renderers, restricted to the package languages. */
export interface QuestionnaireRenderers {
  /** Plain text, kept as is. */
  text: (l: Localized) => Localized;
  /** Inline Markdown → sanitised inline HTML. */
  inline: (l: Localized) => Localized;
  /** Markdown → sanitised block HTML. */
  blockHtml: (l: Localized<MarkdownText>) => Localized;
}

const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/**
 * The questionnaire block as the player runs it: wording in the package languages only, Markdown rendered to
 * sanitised HTML (prompts, intros, notice, feedback). The scoring values of `definition` are untouched.
 */
export function compileQuestionnaire(
  b: QuestionnaireBlockModel,
  { text, inline, blockHtml }: QuestionnaireRenderers,
): Omit<QuestionnaireBlock, 'interactions' | 'interactionScales' | 'correctPatterns'> {
  // Item and option labels are plain text in the package languages (typed fr + en by @dlis/agility).
  const labels = (l: LocalizedText | undefined) => (l ? { labels: text(l) as unknown as LocalizedText } : {});
  // The background questions are the block's own `background` below: not carried twice in course.json.
  const { background: _background, ...scoring } = b.definition;
  return {
    type: 'questionnaire',
    id: b.id,
    definition: {
      ...scoring,
      items: scoring.items.map((item) => ({ ...item, ...labels(item.labels) })),
      scenarios: scoring.scenarios.map((s) => ({
        ...s,
        options: s.options.map((o) => ({ ...o, ...labels(o.labels) })),
      })),
    },
    scenarioPrompts: mapValues(b.scenarioPrompts, blockHtml),
    scenarioFeedback: mapValues(b.scenarioFeedback, (options) => mapValues(options, inline)),
    dimensionIntros: mapValues(b.dimensionIntros, blockHtml),
    background: b.background.map((q) => ({
      ...q,
      label: text(q.label),
      options: q.options.map((o) => ({ id: o.id, label: text(o.label) })),
    })),
    consent: {
      notice: blockHtml(b.consent.notice),
      diagnostic: text(b.consent.diagnostic),
      research: text(b.consent.research),
    },
    resourceLinks: { ...b.resourceLinks },
  };
}
