import { createHash } from 'node:crypto';
import { MESSAGES_GLOBAL } from '../src/i18n/global-catalogs.ts';

/** A catalogue script: its content-hashed file name (`<prefix>-<lang>-<hash>.js`) and its code. */
export interface CatalogScript {
  fileName: string;
  code: string;
}

/**
 * The classic script that registers the UI strings of `lang` on `window[global]` (global-catalogs.ts; by default
 * the player's `DLIS_MESSAGES`, `i18n-<lang>-<hash>.js`): a JSON array of the strings in the order of `keys` (the
 * key order of the catalogue built into the bundle, so the keys need not be downloaded again). One statement:
 * nothing to bundle, and it runs from file:// before the script that reads it.
 */
export function catalogScript<K extends string>(
  lang: string,
  messages: Readonly<Record<K, string>>,
  keys: readonly K[],
  options: { global?: string; prefix?: string } = {},
): CatalogScript {
  const global = options.global ?? MESSAGES_GLOBAL;
  const json = JSON.stringify(keys.map((key) => messages[key])).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
  const code = `(self.${global}=self.${global}||{})[${JSON.stringify(lang)}]=${json};\n`;
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `${options.prefix ?? 'i18n'}-${lang}-${hash}.js`, code };
}
