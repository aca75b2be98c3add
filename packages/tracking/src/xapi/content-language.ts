import type { XapiCourse } from './xapi-course.ts';

const primary = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The content language the player will show, by the player's own rule (player logic/choose-language.ts): the
 * learner's preference from the LMS or launch, then the browser's languages, then the course default; a wish
 * matches a course language on its primary subtag (`fr-CA` → `fr`). Used for the statements sent before the
 * player has told the tracker its choice (`Tracker.setLanguage`), so `initialized` carries the right language.
 */
export function contentLanguage(
  course: Pick<XapiCourse, 'defaultLanguage' | 'languages'>,
  learner: string | undefined,
  browser: readonly string[] = [],
): string {
  const available = course.languages?.length ? course.languages : [course.defaultLanguage];
  for (const wish of [learner, ...browser]) {
    if (!wish) continue;
    const exact = available.find((tag) => tag.toLowerCase() === wish.trim().toLowerCase());
    if (exact) return exact;
    const match = available.find((tag) => primary(tag) === primary(wish));
    if (match) return match;
  }
  return course.defaultLanguage;
}

/** navigator.languages, or none outside a browser. */
export function browserLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}
