import type { CompiledCourse } from '@dlis/course/compiled';

/** The manifest itself; never listed as a resource file. */
export const MANIFEST_FILE = 'imsmanifest.xml';

/**
 * `<file href>` values for the SCO resource: every content file of the package, each once, sorted by code
 * point (stable output), as URI references (each path segment percent-encoded, `/` kept).
 * The manifest and the XSD/DTD control files are not content (IMS CP: a resource's `<file>` elements are
 * the files that resource uses); callers pass content files only, but the manifest is dropped here anyway.
 */
export function resourceFileHrefs(files: readonly string[]): string[] {
  const unique = [...new Set(files)].filter((f) => f !== MANIFEST_FILE);
  unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return unique.map((f) => f.split('/').map(encodeURIComponent).join('/'));
}

/** The course title in its default language (falls back to the first language present). */
export function defaultTitle(course: Pick<CompiledCourse, 'title' | 'defaultLanguage'>): string {
  return course.title[course.defaultLanguage] ?? Object.values(course.title)[0] ?? '';
}

/** True when the course has scored questions, i.e. a mastery score means something. */
export function hasAssessment(course: Pick<CompiledCourse, 'assessment'>): boolean {
  return course.assessment.questionIds.length > 0 && course.assessment.maxPoints > 0;
}
