import { dirname } from 'node:path';
import type { AgilityDefinition, LocalizedText } from '@dlis/agility';
import type { Localized } from './compiled-course.ts';
import type { Body, QuestionnaireParts } from './course-model.ts';
import type { LocalizedSource } from './course-source.ts';
import type { QuestionnaireFileSource } from './questionnaire-source.ts';

/** The notice's Markdown per language, and the file it was read from (absent: written in the questionnaire file). */
export type NoticeTexts = Record<string, { markdown: string; file?: string }>;

/**
 * A checked questionnaire file → the model parts: the scoring model with the item, option and background wording
 * filled in (course languages only), and the Markdown bodies. Options keep the model's order.
 */
export function buildQuestionnaireParts(
  data: unknown,
  model: AgilityDefinition,
  notice: NoticeTexts,
  languages: readonly string[],
  courseDir: string,
): QuestionnaireParts {
  const source = data as QuestionnaireFileSource;
  const loc = (s: LocalizedSource): Localized => Object.fromEntries(languages.map((l) => [l, s[l]!]));
  // The definition's texts are typed fr + en (the DLIS convention); a course carries its own languages.
  const labels = (s: LocalizedSource) => loc(s) as unknown as LocalizedText;
  const body = (s: LocalizedSource): Body =>
    Object.fromEntries(languages.map((l) => [l, { markdown: s[l]!, baseDir: courseDir }]));

  const definition: AgilityDefinition = {
    ...model,
    items: model.items.map((item) => ({ ...item, labels: labels(source.items[item.id]!) })),
    scenarios: model.scenarios.map((scenario) => ({
      ...scenario,
      options: scenario.options.map((option) => ({
        ...option,
        labels: labels(source.scenarios[scenario.id]!.options[option.id]!.label),
      })),
    })),
    background: source.background.map((q) => ({
      id: q.id,
      labels: labels(q.label),
      options: q.options.map((o) => ({ id: o.id, labels: labels(o.label) })),
    })),
  };
  const scenarioPrompts: Record<string, Body> = {};
  const scenarioFeedback: Record<string, Record<string, Localized>> = {};
  for (const scenario of model.scenarios) {
    const s = source.scenarios[scenario.id]!;
    scenarioPrompts[scenario.id] = body(s.prompt);
    scenarioFeedback[scenario.id] = Object.fromEntries(
      scenario.options.map((o) => [o.id, loc(s.options[o.id]!.feedback)]),
    );
  }
  const dimensionIntros: Record<string, Body> = {};
  for (const d of model.dimensions) {
    const intro = source.dimensions?.[d.id]?.intro;
    if (intro) dimensionIntros[d.id] = body(intro);
  }
  return {
    definition,
    scenarioPrompts,
    scenarioFeedback,
    dimensionIntros,
    background: source.background.map((q) => ({
      id: q.id,
      label: loc(q.label),
      options: q.options.map((o) => ({ id: o.id, label: loc(o.label) })),
      required: q.required ?? false,
      ...(q.askedIf ? { askedIf: { question: q.askedIf.question, anyOf: [...q.askedIf.anyOf] } } : {}),
      ...(q.country ? { country: true } : {}),
    })),
    consent: {
      notice: Object.fromEntries(
        languages.map((l) => {
          const text = notice[l]!;
          return [l, { markdown: text.markdown, baseDir: text.file ? dirname(text.file) : courseDir }];
        }),
      ),
      diagnostic: loc(source.consent.diagnostic),
      research: loc(source.consent.research),
    },
  };
}
