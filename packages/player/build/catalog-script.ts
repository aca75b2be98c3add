import { createHash } from 'node:crypto';
import { MESSAGES_GLOBAL } from '../src/i18n/global-catalogs.ts';
import type { MessageKey, Messages } from '../src/i18n/messages.ts';

/** A catalogue script: its content-hashed file name (`i18n-<lang>-<hash>.js`) and its code. */
export interface CatalogScript {
  fileName: string;
  code: string;
}

/**
 * The classic script that registers the UI strings of `lang` on `window.DLIS_MESSAGES` (global-catalogs.ts):
 * a JSON array of the strings in the order of `keys` (the key order of the catalogue built into the player, so
 * the keys need not be downloaded again). One statement: nothing to bundle, and it runs from file:// before the
 * player script.
 */
export function catalogScript(lang: string, messages: Messages, keys: readonly MessageKey[]): CatalogScript {
  const json = JSON.stringify(keys.map((key) => messages[key])).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  const code = `(self.${MESSAGES_GLOBAL}=self.${MESSAGES_GLOBAL}||{})[${JSON.stringify(lang)}]=${json};\n`;
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `i18n-${lang}-${hash}.js`, code };
}
