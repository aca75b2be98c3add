import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import { SUSPEND_DATA_LIMITS, worstCaseSuspendDataLength } from '@dlis/tracking/suspend-data';
import { SuspendDataBudgetError } from './errors.ts';

/**
 * Refuses a SCORM 1.2 package whose learner state could outgrow `cmi.suspend_data` (4,096 characters): an LMS
 * would truncate or reject it, and the learner would lose progress. The check uses the codec's worst case for
 * this course's layout (`CompiledCourse.stateLayout`; every page visited, every question answered with every choice, maximum attempts).
 * Other targets have room enough (SCORM 2004: 64,000) and are not checked. Throws SuspendDataBudgetError.
 */
export function checkSuspendDataBudget(course: CompiledCourse, target: PackageTarget): void {
  if (target !== 'scorm12') return;
  assertWithinBudget(course.id, worstCaseSuspendDataLength(course.stateLayout), SUSPEND_DATA_LIMITS.scorm12);
}

/** Throws SuspendDataBudgetError when `worstCase` exceeds `limit` (both in characters). */
export function assertWithinBudget(courseId: string, worstCase: number, limit: number): void {
  if (worstCase > limit) throw new SuspendDataBudgetError(courseId, worstCase, limit);
}
