import type { CompiledCourse } from '@dlis/course/compiled';
import { coursePages } from './course-routes.ts';

/** Course progress 0..1: pages of the course visited / pages of the course. Unknown ids are ignored. */
export function progressMeasure(course: CompiledCourse, visited: readonly string[]): number {
  const pages = coursePages(course);
  if (pages.length === 0) return 1;
  const seen = new Set(visited);
  return pages.filter((ref) => seen.has(ref.page.id)).length / pages.length;
}

/** How many pages of the course are among `visited`. */
export function visitedCount(course: CompiledCourse, visited: readonly string[]): number {
  const seen = new Set(visited);
  return coursePages(course).filter((ref) => seen.has(ref.page.id)).length;
}
