import { chooseLanguage } from '../choose-language.ts';
import type { XapiCourse } from './xapi-course.ts';

/**
 * The content language the player will show, by the player's rule (chooseLanguage): the
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
  return chooseLanguage(available, course.defaultLanguage, { learner, browser });
}

/** navigator.languages, or none outside a browser. */
export function browserLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}
