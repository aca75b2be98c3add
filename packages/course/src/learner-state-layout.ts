import type { SuspendLayout, SuspendQuestion } from '@dlis/tracking/suspend-data';
import type { CompiledCourse } from './compiled-course.ts';
import { compiledBlockKind } from './kinds/compiled-block-kinds.ts';

/** Where one answer is written: choice ids, an order, matches or a bounded text. */
export type LayoutQuestion = SuspendQuestion;

/** The learner state layout the suspend-data codec of @dlis/tracking writes compact state against. */
export type LearnerStateLayout = SuspendLayout;

/**
 * The order of pages, questions, checklists, banks and scenarios that the suspend-data codec writes compact
 * state against (@dlis/tracking SuspendLayout), all in course order. Questions include every bank candidate
 * (scored or not); a scenario run is bounded by maxSteps = 2 × its number of situations (a run may go back
 * through a loop, but a learner who visits every situation twice is past any sensible path). Pure and
 * browser-safe; compileCourse stores it as `CompiledCourse.stateLayout`, which is what the player and the
 * packager read. Course variables (conditional content) come last, each one value index.
 */
export function learnerStateLayout(
  course: Pick<CompiledCourse, 'modules' | 'variables'>,
): LearnerStateLayout {
  const pages = course.modules.flatMap((m) => m.pages);
  // What each block keeps is its kind's (kinds/<kind>/<kind>-compiled.ts `layout`), gathered in course order.
  const parts = pages.flatMap((p) => p.blocks).map((b) => compiledBlockKind(b.type).layout?.(b) ?? {});
  return {
    pages: pages.map((p) => p.id),
    questions: parts.flatMap((part) => part.questions ?? []),
    checklists: parts.flatMap((part) => part.checklists ?? []),
    banks: parts.flatMap((part) => part.banks ?? []),
    scenarios: parts.flatMap((part) => part.scenarios ?? []),
    ...(course.variables?.length
      ? { variables: course.variables.map((v) => ({ id: v.id, values: v.values.map((value) => value.id) })) }
      : {}),
  };
}
