import type { Localized } from './compiled-course.ts';

/** Only the course languages, in their declared order (so the output does not depend on YAML key order). */
export function localized<T>(source: Record<string, T>, languages: readonly string[]): Localized<T> {
  return Object.fromEntries(languages.map((l) => [l, source[l]!]));
}
