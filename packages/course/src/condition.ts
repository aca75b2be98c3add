import type { Condition } from './compiled-course.ts';
import type { ConditionSource } from './course-source.ts';

/** A `when` as written (one value or a list per variable) → its compiled form (a list per variable). */
export function normalizeCondition(source: ConditionSource): Condition {
  return Object.fromEntries(
    Object.entries(source).map(([variable, values]) => [
      variable,
      typeof values === 'string' ? [values] : [...values],
    ]),
  );
}

/** `{ when }` to spread into a page, block or question (nothing when it has no condition). */
export function conditionOf(when: Condition | ConditionSource | undefined): { when?: Condition } {
  return when === undefined ? {} : { when: normalizeCondition(when) };
}
