import type { CompiledCourse, VariableChoiceBlock } from '@dlis/course/compiled';
import { validVariableValues, visibleCourse } from '@dlis/course/compiled';
import type { InteractionRecord, LearnerState } from '@dlis/tracking';
import { courseRoutes } from './course-routes.ts';
import { launchVariableValues, variableChoiceRecord } from './course-variables.ts';
import type { AnswerContext } from './interaction-record.ts';

/** The learner state and the course the learner sees, after the variable values changed. */
export interface Shown {
  state: LearnerState;
  course: CompiledCourse;
}

/** The state with `values` (checked against the course) as its variables, and the course they show. */
function show(course: CompiledCourse, state: LearnerState, values: Record<string, string>): Shown {
  const variables = validVariableValues(course, values);
  const { variables: _saved, ...rest } = state;
  return {
    state: Object.keys(variables).length > 0 ? { ...rest, variables } : rest,
    course: visibleCourse(course, variables),
  };
}

/**
 * At start: the saved values, else the launch's (the page's URL query, cmi5 `launchParameters`; a value the
 * learner saved wins), and a bookmark on a page these values hide moved to the first page shown.
 */
function start(course: CompiledCourse, state: LearnerState, launchParameters?: string): Shown {
  const launch = { query: globalThis.location?.search ?? '', launchParameters };
  const shown = show(course, state, { ...launchVariableValues(course, launch), ...state.variables });
  const routes = courseRoutes(shown.course);
  if (!routes.includes(shown.state.page)) shown.state = { ...shown.state, page: routes[0] ?? '' };
  return shown;
}

/**
 * The learner chose `value` for `variableId`: the new state and course, and the interaction of the
 * variable-choice block that offers it. Undefined for an unknown variable or value, or a value already set.
 */
function choose(
  course: CompiledCourse,
  state: LearnerState,
  variableId: string,
  value: string,
  context: AnswerContext,
): (Shown & { record?: InteractionRecord }) | undefined {
  const values = { ...state.variables, [variableId]: value };
  if (state.variables?.[variableId] === value) return undefined;
  if (Object.keys(validVariableValues(course, values)).length !== Object.keys(values).length)
    return undefined;
  const block = course.modules
    .flatMap((m) => m.pages)
    .flatMap((p) => p.blocks)
    .find((b): b is VariableChoiceBlock => b.type === 'variable-choice' && b.variable === variableId);
  return {
    ...show(course, state, values),
    ...(block ? { record: variableChoiceRecord(block, value, context) } : {}),
  };
}

/**
 * The conditional-content logic (course variables, `when`), which the blocks add-on lends the core player
 * (conditional-addon.ts): only courses with variables need it, so it stays out of the core script.
 */
export const conditionalContent = { start, choose };

export type ConditionalContent = typeof conditionalContent;
