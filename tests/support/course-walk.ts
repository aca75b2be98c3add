import { expect } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { coursePages, expectPageTitle, type PlayerRoot } from './learner.ts';
import { completePage, UI_EN, type WalkTally } from './walker.ts';
import { en as resultsEn } from '../../packages/player/src/i18n/results/en.ts';

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
  const verdict = root.getByText(passed ? 'Assessment passed.' : 'Assessment not passed.');
  // A walk that leaves an activity alone (scenarios in the wrong walk) gets the list of unanswered questions first.
  const anyway = root.getByRole('button', { name: resultsEn.submitAnyway, exact: true });
  await expect.poll(async () => (await verdict.count()) + (await anyway.count())).toBeGreaterThan(0);
  if ((await verdict.count()) === 0) await anyway.click();
  await expect.poll(() => verdict.count()).toBe(1);
  return { percent, passed };
}

export function newTally(): WalkTally {
  return { earned: 0, interactions: 0, answered: [] };
}
