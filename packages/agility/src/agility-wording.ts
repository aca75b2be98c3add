import type { AgilityDefinition, BackgroundQuestion, LocalizedText } from './agility-definition.ts';

/**
 * The texts of a questionnaire that researchers read beside the data (item wording, option labels, background
 * questions), kept apart from the scoring values. The DLIS model's comes from the agility-index course
 * (dlis-agility-wording.ts, generated).
 */
export interface AgilityWording {
  /** Self-assessment item id → its wording. */
  readonly items: Readonly<Record<string, LocalizedText>>;
  /** Scenario id → option id → the option's label. */
  readonly scenarioOptions: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>;
  readonly background: readonly BackgroundQuestion[];
}

/** `definition` with the wording's labels on its items and options, and its background questions. */
export function withWording(definition: AgilityDefinition, wording: AgilityWording): AgilityDefinition {
  const label = (labels: LocalizedText | undefined) => (labels === undefined ? {} : { labels });
  return {
    ...definition,
    items: definition.items.map((item) => ({ ...item, ...label(wording.items[item.id]) })),
    scenarios: definition.scenarios.map((scenario) => ({
      ...scenario,
      options: scenario.options.map((option) => ({
        ...option,
        ...label(wording.scenarioOptions[scenario.id]?.[option.id]),
      })),
    })),
    background: wording.background,
  };
}
