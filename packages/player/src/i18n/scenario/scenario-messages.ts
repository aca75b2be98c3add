import type { LanguageTag } from '@dlis/course/compiled';
import { catalogFor, collectCatalogs } from '../addon-catalogs.ts';
import { SCENARIO_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the UI strings of the scenario add-on (addon-scenario.ts); scenario/fr.ts is the reference. */
export type ScenarioMessageKey = keyof typeof fr;

/** A catalogue of the scenario add-on (addon-scenario.ts): exactly the keys of scenario/fr.ts. */
export type ScenarioMessages = Record<ScenarioMessageKey, string>;

/**
 * Every catalogue of the scenario add-on (addon-scenario.ts), by language tag. In sources, the files of this folder; in the add-on bundle
 * (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a package
 * ships for its languages only (before the add-on script), when the add-on script runs.
 */
export const scenarioCatalogs: Readonly<Record<LanguageTag, ScenarioMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[SCENARIO_MESSAGES_GLOBAL], en),
      en,
    }
  : collectCatalogs(
      import.meta.glob<Record<string, ScenarioMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
    );

/** The strings of the scenario add-on (addon-scenario.ts) for a content language (same rules as messagesFor). */
export function scenarioMessagesFor(lang: LanguageTag): ScenarioMessages {
  return catalogFor(scenarioCatalogs, lang, en);
}
