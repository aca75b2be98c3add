import { assessmentOf } from './assessment-of.ts';
import type {
  CompiledBlock,
  CompiledCourse,
  CompiledPage,
  Condition,
  VariableValues,
} from './compiled-course.ts';

/** Whether content with condition `when` shows for `values`: every variable it names has one of its values. */
export function isShown(when: Condition | undefined, values: VariableValues): boolean {
  if (when === undefined) return true;
  return Object.entries(when).every(([variable, allowed]) => {
    const value = values[variable];
    return value !== undefined && allowed.includes(value);
  });
}

/**
 * The course as a learner with these variable values sees it: hidden pages (and modules left empty), blocks and
 * bank questions removed, a bank's draw capped at the questions it still shows, and the assessment recomputed
 * from what is left, so that navigation, progress, completion and scoring (maxPoints included) count only what
 * the learner is shown. `stateLayout` stays the whole course's: saved state does not depend on the values.
 * A course without variables is returned as it is.
 */
export function visibleCourse(course: CompiledCourse, values: VariableValues): CompiledCourse {
  if (!course.variables?.length) return course;
  const block = (b: CompiledBlock): CompiledBlock[] => {
    if (!isShown(b.when, values)) return [];
    if (b.type !== 'question-bank') return [b];
    const questions = b.questions.filter((q) => isShown(q.when, values));
    return questions.length === 0 ? [] : [{ ...b, questions, draw: Math.min(b.draw, questions.length) }];
  };
  const page = (p: CompiledPage): CompiledPage[] =>
    isShown(p.when, values) ? [{ ...p, blocks: p.blocks.flatMap(block) }] : [];
  const modules = course.modules
    .map((m) => ({ ...m, pages: m.pages.flatMap(page) }))
    .filter((m) => m.pages.length > 0);
  const { feedback, maxAttempts } = course.assessment;
  return { ...course, modules, assessment: assessmentOf(modules, { feedback, maxAttempts }) };
}

/** The values that are values of the course's variables (anything else dropped). */
export function validVariableValues(
  course: Pick<CompiledCourse, 'variables'>,
  values: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> {
  const valid: Record<string, string> = {};
  for (const variable of course.variables ?? []) {
    const value = values?.[variable.id];
    if (typeof value === 'string' && variable.values.some((v) => v.id === value)) valid[variable.id] = value;
  }
  return valid;
}
