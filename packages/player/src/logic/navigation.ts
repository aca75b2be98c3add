import type { CompiledCourse } from '@dlis/course/compiled';
import { courseRoutes } from './course-routes.ts';

/** The route after `current`, or undefined on the last one (or when `current` is unknown). */
export function nextRoute(course: CompiledCourse, current: string): string | undefined {
  const routes = courseRoutes(course);
  const i = routes.indexOf(current);
  return i < 0 ? undefined : routes[i + 1];
}

/** The route before `current`, or undefined on the first one (or when `current` is unknown). */
export function previousRoute(course: CompiledCourse, current: string): string | undefined {
  const routes = courseRoutes(course);
  const i = routes.indexOf(current);
  return i <= 0 ? undefined : routes[i - 1];
}

/** Whether `route` is a page or the result page of this course. */
export function isRoute(course: CompiledCourse, route: string): boolean {
  return courseRoutes(course).includes(route);
}
