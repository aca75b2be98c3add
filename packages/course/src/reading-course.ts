import type { CompiledCourse } from './compiled-course.ts';

/**
 * Whether the player offers a course its reading tools (search across the course, "print this page"): a
 * course that is read rather than assessed, such as the Guide-outil. That is a course completed when every page
 * was viewed, with no scored question and no questionnaire. Decided from the course itself, so the packager
 * (which ships the search add-on) and the player (which shows the tools) always agree.
 */
export function isReadingCourse(course: CompiledCourse): boolean {
  return (
    course.completion === 'all-pages-viewed' &&
    course.assessment.questionIds.length === 0 &&
    !course.modules.some((m) => m.pages.some((p) => p.blocks.some((b) => b.type === 'questionnaire')))
  );
}
