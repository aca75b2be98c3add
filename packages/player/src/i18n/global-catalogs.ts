import type { LanguageTag } from '@dlis/course/compiled';
import type { Messages } from './messages.ts';

/**
 * Global the catalogue scripts of a package (`i18n-<lang>-<hash>.js`, classic scripts placed before the player
 * script) register their UI strings on: `window.DLIS_MESSAGES[lang] = {…}`.
 */
export const MESSAGES_GLOBAL = 'DLIS_MESSAGES';

/**
 * The catalogues found on `registered` (the value of the global): each object of strings becomes a full
 * catalogue, a missing or non-string key taking the string of `fallback`. Anything else is ignored, so a broken
 * or missing catalogue script leaves the player in the fallback language instead of failing.
 */
export function readGlobalCatalogs(registered: unknown, fallback: Messages): Record<LanguageTag, Messages> {
  const out: Record<LanguageTag, Messages> = {};
  if (typeof registered !== 'object' || registered === null) return out;
  for (const [tag, value] of Object.entries(registered)) {
    if (typeof value !== 'object' || value === null) continue;
    const messages = { ...fallback };
    for (const key of Object.keys(fallback) as (keyof Messages)[]) {
      const text: unknown = (value as Record<string, unknown>)[key];
      if (typeof text === 'string') messages[key] = text;
    }
    out[tag] = messages;
  }
  return out;
}
