import type { CompiledCourse } from './compiled-course.ts';

/**
 * The order of pages, questions and choices that the suspend-data codec writes compact state against
 * (@dlis/tracking SuspendLayout): every page and every question (scored or not) in course order, each
 * question with its choice ids in display order. Pure and browser-safe.
 */
export function learnerStateLayout(course: CompiledCourse): {
  pages: string[];
  questions: { id: string; choices: string[] }[];
} {
  const pages = course.modules.flatMap((m) => m.pages);
  return {
    pages: pages.map((p) => p.id),
    questions: pages.flatMap((p) =>
      p.blocks.flatMap((b) =>
        b.type === 'question' ? [{ id: b.id, choices: b.choices.map((c) => c.id) }] : [],
      ),
    ),
  };
}
