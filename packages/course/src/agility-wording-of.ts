import type { AgilityWording, LocalizedText } from '@dlis/agility';
import type { Localized } from './compiled-course.ts';
import type { QuestionnaireParts } from './course-model.ts';

/**
 * The French and English wording of a loaded questionnaire (items, scenario options, background questions): what
 * `npm run agility:wording` writes into @dlis/agility for the built-in model, so reports show it without the course.
 */
export function agilityWordingOf(questionnaire: QuestionnaireParts): AgilityWording {
  const frEn = (l: Localized | LocalizedText): LocalizedText => ({ fr: l.fr ?? '', en: l.en ?? '' });
  const { definition } = questionnaire;
  return {
    items: Object.fromEntries(
      definition.items.flatMap((item) => (item.labels ? [[item.id, frEn(item.labels)]] : [])),
    ),
    scenarioOptions: Object.fromEntries(
      definition.scenarios.map((s) => [
        s.id,
        Object.fromEntries(s.options.flatMap((o) => (o.labels ? [[o.id, frEn(o.labels)]] : []))),
      ]),
    ),
    background: questionnaire.background.map((q) => ({
      id: q.id,
      labels: frEn(q.label),
      options: q.options.map((o) => ({ id: o.id, labels: frEn(o.label) })),
    })),
  };
}
