import { expect } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { coursePages, expectPageTitle, type PlayerRoot } from './learner.ts';
import { completePage, UI_EN, type WalkTally } from './walker.ts';

export const UI = { next: 'Next', submit: 'Submit assessment', exit: 'Exit' } as const;

/**
 * Walks pages `from` to `to` (exclusive) of the course in English: every activity done (a scored choice question
 * `wrongId` answered wrong), then Next. Returns the tally.
 */
export async function walkPages(
  root: PlayerRoot,
  course: CompiledCourse,
  tally: WalkTally,
  range: { from?: number; to?: number; wrongId?: string } = {},
): Promise<void> {
  const pages = coursePages(course);
  for (let i = range.from ?? 0; i < (range.to ?? pages.length); i++) {
    await expectPageTitle(root, pages[i]!.title.en!);
    await completePage(root, pages[i]!, 'en', UI_EN, tally, range.wrongId);
    await root.getByRole('button', { name: UI.next, exact: true }).click();
  }
}

/** On the Results page: submits the assessment and waits for the verdict; returns the percent and the verdict. */
export async function submitAssessment(
  root: PlayerRoot,
  course: CompiledCourse,
  tally: WalkTally,
  masteryScore = course.masteryScore,
): Promise<{ percent: number; passed: boolean }> {
  await expectPageTitle(root, 'Results');
  await root.getByRole('button', { name: UI.submit }).click();
  const percent = (tally.earned / course.assessment.maxPoints) * 100;
  const passed = percent >= masteryScore;
  await expect
    .poll(() => root.getByText(passed ? 'Assessment passed.' : 'Assessment not passed.').count())
    .toBe(1);
  return { percent, passed };
}

export function newTally(): WalkTally {
  return { earned: 0, interactions: 0, answered: [] };
}
