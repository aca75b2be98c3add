/**
 * Exposes the player modules that the block add-ons (addon-blocks.ts, addon-scenario.ts) share with the player
 * script on `globalThis.DLIS_HOST`, next to Lit (lit-host.ts): the add-on build maps these modules to this
 * global (build/addon-vite-config.ts, ADDON_HOST_MODULES) instead of bundling a second copy of each.
 */
import * as unsafeHtml from 'lit/directives/unsafe-html.js';
import * as blockElement from './components/block-element.ts';
import { playerEvent } from './events.ts';
import { ADDON_HOST_GLOBAL } from './host-globals.ts';
import * as en from './i18n/en.ts';
import * as messages from './i18n/messages.ts';
import { decimalPlaces, normalizeAnswer, parseDecimal } from './logic/normalize-answer.ts';
import { hashSeed, mulberry32, seededShuffle } from './logic/prng.ts';
import * as scenarioRun from './logic/scenario-run.ts';
import { correctChoices, scoreQuestion } from './logic/score-question.ts';
import * as theme from './theme.ts';

export { ADDON_HOST_GLOBAL };

(globalThis as Record<string, unknown>)[ADDON_HOST_GLOBAL] = {
  unsafeHtml,
  blockElement,
  // Only what add-ons import from events.ts: the whole namespace would keep the public PlayerEvent table in
  // every player script (an add-on importing another export of events.ts must be added here).
  events: { playerEvent },
  // The built-in English catalogue: the default `messages` of the question element (questions add-on).
  en,
  messages,
  // Scoring, shared by the questions and results add-ons with the player's own tracking: the exports add-ons
  // use, as for events.ts.
  normalizeAnswer: { decimalPlaces, normalizeAnswer, parseDecimal },
  prng: { hashSeed, mulberry32, seededShuffle },
  scenarioRun,
  scoreQuestion: { correctChoices, scoreQuestion },
  theme,
};
