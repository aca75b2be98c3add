import type { LanguageTag } from '@dlis/course/compiled';
import type { XapiMessages } from './xapi-messages.ts';

/**
 * Every xAPI news catalogue, by language tag: the files of this folder named after their tag (`de.ts` exporting
 * `de`), like the UI catalogues. All of them ship inside the xAPI player scripts (a few hundred bytes each).
 */
export const xapiCatalogs: Readonly<Record<LanguageTag, XapiMessages>> = collect(
  import.meta.glob<Record<string, XapiMessages>>(['./??.ts', './??-??.ts'], { eager: true }),
);

function collect(modules: Record<string, Record<string, XapiMessages>>): Record<LanguageTag, XapiMessages> {
  const out: Record<LanguageTag, XapiMessages> = {};
  for (const [path, module] of Object.entries(modules)) {
    const tag = path.slice(2, -3);
    const messages = module[tag];
    if (messages) out[tag] = messages;
  }
  return out;
}
