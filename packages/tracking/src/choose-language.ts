/** A BCP 47 language tag (`fr`, `pt-BR`). */
type LanguageTag = string;

export interface LanguagePreferences {
  /** The learner's preference from the LMS (SCORM `cmi.student_preference.language` / `cmi.learner_preference.language`). */
  learner?: string;
  /** The browser's preferences, most wanted first (navigator.languages). */
  browser?: readonly string[];
}

const primary = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The one rule for the language a package shows, used by the player (its content language) and by the xAPI reporter
 * (the language of the first statements, sent before the player has said its choice). The package language to show: the learner's LMS preference, then the browser's languages, then the course
 * default. A wish matches a package language when their primary subtags are equal (`fr-CA` → `fr`).
 */
export function chooseLanguage(
  available: readonly LanguageTag[],
  defaultLanguage: LanguageTag,
  prefs: LanguagePreferences,
): LanguageTag {
  const wishes = [prefs.learner, ...(prefs.browser ?? [])];
  for (const wish of wishes) {
    if (!wish) continue;
    const exact = available.find((tag) => tag.toLowerCase() === wish.trim().toLowerCase());
    if (exact) return exact;
    const match = available.find((tag) => primary(tag) === primary(wish));
    if (match) return match;
  }
  return defaultLanguage;
}
