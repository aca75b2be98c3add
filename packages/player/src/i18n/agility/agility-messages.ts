import type { LanguageTag } from '@dlis/course/compiled';
import { AGILITY_MESSAGES_GLOBAL, readGlobalCatalogs } from '../global-catalogs.ts';
import type { Messages } from '../messages.ts';
import { en } from './en.ts';
import type { fr } from './fr.ts';

/** The keys of the agility add-on's UI strings; agility/fr.ts is the reference. */
export type AgilityMessageKey = keyof typeof fr;

/** An add-on catalogue: exactly the keys of agility/fr.ts. */
export type AgilityMessages = Record<AgilityMessageKey, string>;

/** What the questionnaire and results render with: the player's strings (next, previous…) and the add-on's. */
export type QuestionnaireMessages = Messages & AgilityMessages;

/**
 * Every add-on catalogue, by language tag. In sources, the files of this folder; in the add-on bundle
 * (`DLIS_EXTERNAL_UI_CATALOGS`), English built in and the others read from the catalogue scripts a package ships
 * for its languages only, when the add-on script runs.
 */
export const agilityCatalogs: Readonly<Record<LanguageTag, AgilityMessages>> = import.meta.env
  .DLIS_EXTERNAL_UI_CATALOGS
  ? {
      ...readGlobalCatalogs((globalThis as Record<string, unknown>)[AGILITY_MESSAGES_GLOBAL], en),
      en,
    }
  : collect(import.meta.glob<Record<string, AgilityMessages>>(['./??.ts', './??-??.ts'], { eager: true }));

function collect(
  modules: Record<string, Record<string, AgilityMessages>>,
): Record<LanguageTag, AgilityMessages> {
  const out: Record<LanguageTag, AgilityMessages> = {};
  for (const [path, module] of Object.entries(modules)) {
    const tag = path.slice(2, -3);
    const messages = module[tag];
    if (messages) out[tag] = messages;
  }
  return out;
}

/** The add-on's strings for a content language: same tag, else same primary subtag, else English (as messagesFor). */
export function agilityMessagesFor(lang: LanguageTag): AgilityMessages {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return agilityCatalogs[lang] ?? agilityCatalogs[primary] ?? en;
}
