// How the end-to-end tests of the digital agility course (issue 6) answer its questionnaire in a package frame.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AgilityResult } from '@dlis/agility';
import type { CompiledCourse, QuestionnaireBlock } from '@dlis/course/compiled';
import { en as agilityEn } from '../../packages/player/src/i18n/agility/en.ts';
import { en as playerEn } from '../../packages/player/src/i18n/en.ts';

/** Where the package runs: an LMS's frame, or the page itself (web packages). */
export type PackageScope = FrameLocator | Page;
/** The English UI strings of the player and of its agility add-on (src/i18n/agility), as one catalogue. */
export const en = { ...playerEn, ...agilityEn };
/** The UI strings the walk uses (those of the learner's language). */
export type WalkUi = Pick<typeof en, 'qStart' | 'next' | 'qStepProgress' | 'qReviewTitle'>;

const run = promisify(execFile);

/** The questionnaire block of a compiled course (throws when there is none). */
export function questionnaireOf(course: CompiledCourse): QuestionnaireBlock {
  const found = course.modules
    .flatMap((m) => m.pages.flatMap((p) => p.blocks))
    .find((b): b is QuestionnaireBlock => b.type === 'questionnaire');
  if (!found) throw new Error(`${course.id} has no questionnaire block`);
  return found;
}

/** A spread of answers: every scale point, N/A on two items, scenarios right, partly right and wrong. */
export function plannedAnswers(block: QuestionnaireBlock): Record<string, number | string> {
  const def = block.definition;
  const out: Record<string, number | string> = {};
  def.items.forEach((item, i) => {
    out[item.id] = i === 7 || i === 30 ? 'na' : ((i * 3) % 5) + 1;
  });
  def.scenarios.forEach((s, i) => {
    const sorted = [...s.options].sort((a, b) => b.credit - a.credit);
    out[s.id] = (sorted[i % sorted.length] ?? sorted[0])?.id ?? 'A';
  });
  return out;
}

/** Index of the input of an item's answer among its choices (the scale points, then "not applicable"). */
export function itemInput(block: QuestionnaireBlock, itemId: string, answer: number | string): string {
  const item = block.definition.items.find((i) => i.id === itemId);
  const points = block.definition.scales.find((s) => s.id === item?.scale)?.points.length ?? 5;
  return `[id="in-${itemId}-${answer === 'na' ? points : Number(answer) - 1}"]`;
}

/**
 * Opens the questionnaire page and gives consent: the diagnostic, and research when `research` (by default when
 * `country` is set). Then answers the country question (asked whatever the research choice) with `country`, or
 * skips it, and leaves the background step.
 */
export async function startQuestionnaire(
  frame: PackageScope,
  course: CompiledCourse,
  block: QuestionnaireBlock,
  country?: string,
  ui: WalkUi = en,
  lang = 'en',
  research = country !== undefined,
): Promise<void> {
  const q = frame.locator('dlis-questionnaire');
  const page = course.modules.flatMap((m) => m.pages).find((p) => p.blocks.includes(block));
  await frame
    .getByRole('link', { name: page?.title[lang] ?? '' })
    .first()
    .click();
  await q.getByRole('checkbox').first().check();
  if (research) await q.getByRole('checkbox').nth(1).check();
  await q.getByRole('button', { name: ui.qStart }).click();
  const question = block.background.find((b) => b.country);
  if (!question && !research) return;
  if (country) {
    const option = question?.options.findIndex((o) => o.id === country) ?? -1;
    await q.locator(`[id="bg-${question?.id}-${option}"]`).check();
  }
  await q.getByRole('button', { name: ui.next }).click();
}

/** Answers every dimension page per `planned`, then reaches the review; returns the scenarios shown. */
export async function answerAll(
  frame: PackageScope,
  block: QuestionnaireBlock,
  planned: Record<string, number | string>,
  country: string | undefined,
  ui: WalkUi = en,
  /** Called on each dimension page once it is answered (e.g. to run axe). */
  onPage?: (dimension: string) => Promise<void>,
): Promise<string[]> {
  const q = frame.locator('dlis-questionnaire');
  const def = block.definition;
  const shown: string[] = [];
  for (const [i, d] of def.dimensions.entries()) {
    const progress = ui.qStepProgress.replace('{step}', String(i + 1)).replace('{total}', '8');
    await expect.poll(() => q.locator('.step-progress span').textContent()).toBe(progress);
    for (const item of def.items.filter((x) => x.dimension === d.id)) {
      await q.locator(itemInput(block, item.id, planned[item.id] ?? 'na')).check();
    }
    for (const s of def.scenarios.filter((x) => x.dimension === d.id)) {
      if (s.countries && !(country && s.countries.includes(country))) continue;
      const index = s.options.findIndex((o) => o.id === planned[s.id]);
      await q.locator(`[id="in-${s.id}-${index}"]`).check();
      shown.push(s.id);
    }
    await onPage?.(d.id);
    await q.getByRole('button', { name: ui.next }).click();
  }
  await expect.poll(() => q.getByRole('heading', { level: 2 }).first().textContent()).toBe(ui.qReviewTitle);
  return shown;
}

/** `planned` without the scenarios the respondent was not shown: the answers that are scored. */
export function scoredAnswers(
  block: QuestionnaireBlock,
  planned: Record<string, number | string>,
  shown: readonly string[],
): Record<string, number | string> {
  return Object.fromEntries(
    Object.entries(planned).filter(
      ([id]) => !block.definition.scenarios.some((s) => s.id === id) || shown.includes(id),
    ),
  );
}

/** `dlis agility score` (the real command, in a child process) on one respondent's answers. */
export async function cliScore(
  root: string,
  courseDir: string,
  work: string,
  answers: Record<string, number | string>,
): Promise<AgilityResult> {
  const file = join(work, `responses-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify([{ respondent: 'r1', answers }]));
  const args = ['agility', 'score', '--questionnaire', courseDir, '--responses', file, '--format', 'json'];
  const { stdout } = await run(process.execPath, [join(root, 'cli/bin/dlis.js'), ...args], { cwd: root });
  const printed = JSON.parse(stdout) as { respondent: string; result: AgilityResult }[];
  const result = printed[0]?.result;
  if (!result) throw new Error(`dlis agility score printed no result: ${stdout}`);
  return result;
}
