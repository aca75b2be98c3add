import type { LanguageTag } from '@dlis/course/compiled';
import type { Messages } from './messages.ts';

/**
 * Global the catalogue scripts of a package (`i18n-<lang>-<hash>.js`, classic scripts placed before the player
 * script) register their UI strings on: `window.DLIS_MESSAGES[lang] = [strings in the key order of en.ts]`.
 */
export const MESSAGES_GLOBAL = 'DLIS_MESSAGES';

/**
 * The same for the agility add-on's strings (i18n/agility, issue 6): its catalogue scripts
 * (`addon-agility-i18n-<lang>-<hash>.js`, placed before the add-on script) register on this global.
 */
export const AGILITY_MESSAGES_GLOBAL = 'DLIS_AGILITY_MESSAGES';

/** The same for the blocks add-on's strings (i18n/blocks, `addon-blocks-i18n-<lang>-<hash>.js`). */
export const BLOCKS_MESSAGES_GLOBAL = 'DLIS_BLOCKS_MESSAGES';

/** The same for the scenario add-on's strings (i18n/scenario, `addon-scenario-i18n-<lang>-<hash>.js`). */
export const SCENARIO_MESSAGES_GLOBAL = 'DLIS_SCENARIO_MESSAGES';

/** The same for the visual-a add-on's strings (i18n/visual-a, `addon-visual-a-i18n-<lang>-<hash>.js`). */
export const VISUAL_A_MESSAGES_GLOBAL = 'DLIS_VISUAL_A_MESSAGES';
/** The same for the visual-b add-on's strings (i18n/visual-b, `addon-visual-b-i18n-<lang>-<hash>.js`). */
export const VISUAL_B_MESSAGES_GLOBAL = 'DLIS_VISUAL_B_MESSAGES';

/** The same for the results add-on's strings (i18n/results, `addon-results-i18n-<lang>-<hash>.js`). */
export const RESULTS_MESSAGES_GLOBAL = 'DLIS_RESULTS_MESSAGES';

/**
 * The catalogues found on `registered` (the value of the global). A catalogue is either an array of strings in
 * the key order of `fallback` (what the catalogue scripts of a build register: no keys to download), or an
 * object of strings by key. A missing or non-string entry takes the string of `fallback`. An array of another
 * length (a catalogue script of another build) and anything else are ignored, so a broken or missing catalogue
 * script leaves the player in the fallback language instead of failing.
 */
export function readGlobalCatalogs<M extends Record<string, string> = Messages>(
  registered: unknown,
  fallback: M,
): Record<LanguageTag, M> {
  const out: Record<LanguageTag, M> = {};
  if (typeof registered !== 'object' || registered === null) return out;
  const keys = Object.keys(fallback);
  for (const [tag, value] of Object.entries(registered)) {
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value) && value.length !== keys.length) continue;
    const messages: Record<string, string> = { ...fallback };
    keys.forEach((key, i) => {
      const text: unknown = Array.isArray(value) ? value[i] : (value as Record<string, unknown>)[key];
      if (typeof text === 'string') messages[key] = text;
    });
    out[tag] = messages as M;
  }
  return out;
}
