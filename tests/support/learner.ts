import { expect } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { ChoiceQuestion, CompiledCourse, CompiledPage } from '@dlis/course/compiled';

/** Where the player lives: the LMS's iframe, or the page itself (web target). */
export type PlayerRoot = FrameLocator | Page;

/** Plain text of the compiled (sanitised) HTML, as an accessible name reads it. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function coursePages(course: CompiledCourse): CompiledPage[] {
  return course.modules.flatMap((m) => m.pages);
}

/** The choice questions (single, multiple, true-false) of a page, outside banks. */
export function pageQuestions(page: CompiledPage): ChoiceQuestion[] {
  return page.blocks.filter(
    (b): b is ChoiceQuestion =>
      b.type === 'question' &&
      (b.kind === 'single-choice' || b.kind === 'multiple-choice' || b.kind === 'true-false'),
  );
}

export async function expectPageTitle(root: PlayerRoot, title: string): Promise<void> {
  await expect.poll(() => root.getByRole('heading', { level: 1 }).first().textContent()).toBe(title);
}

/** The choice ids a learner picks to answer right (every correct choice) or wrong (one wrong choice only). */
export function responseFor(question: ChoiceQuestion, outcome: 'right' | 'wrong'): string[] {
  if (outcome === 'right') return question.choices.filter((c) => c.correct).map((c) => c.id);
  const wrong = question.choices.find((c) => !c.correct);
  if (!wrong) throw new Error(`question ${question.id} has no wrong choice`);
  return [wrong.id];
}

/** Answers a question the way a learner does: tick the choices by their labels, then press Check. */
export async function answer(
  root: PlayerRoot,
  question: ChoiceQuestion,
  lang: string,
  response: string[],
  checkLabel: string,
): Promise<void> {
  const role = question.kind === 'multiple-choice' ? 'group' : 'radiogroup';
  const group = root.getByRole(role, { name: plainText(question.prompt[lang]!) });
  for (const choice of question.choices) {
    const input = group.getByRole(question.kind === 'multiple-choice' ? 'checkbox' : 'radio', {
      name: plainText(choice.label[lang]!),
      exact: true,
    });
    if (response.includes(choice.id)) await input.check();
    else if (question.kind === 'multiple-choice') await input.uncheck();
  }
  await group.getByRole('button', { name: checkLabel }).click();
}

/** Whether the choices of `response` are the ones shown as selected. */
export async function selectedChoices(
  root: PlayerRoot,
  question: ChoiceQuestion,
  lang: string,
): Promise<string[]> {
  const role = question.kind === 'multiple-choice' ? 'group' : 'radiogroup';
  const group = root.getByRole(role, { name: plainText(question.prompt[lang]!) });
  const selected: string[] = [];
  for (const choice of question.choices) {
    const input = group.getByRole(question.kind === 'multiple-choice' ? 'checkbox' : 'radio', {
      name: plainText(choice.label[lang]!),
      exact: true,
    });
    if (await input.isChecked()) selected.push(choice.id);
  }
  return selected;
}

/**
 * Score (0–100) the assessment should have for these responses, computed here from the weights of the compiled
 * course (the rule documented in compiled-course.ts), independently of the player's own scoring code.
 */
export function expectedPercent(course: CompiledCourse, responses: Record<string, string[]>): number {
  const questions = coursePages(course)
    .flatMap(pageQuestions)
    .filter((q) => q.scored);
  const earned = questions.reduce((sum, q) => {
    const picked = responses[q.id] ?? [];
    const share = q.choices.filter((c) => picked.includes(c.id)).reduce((w, c) => w + c.weight, 0);
    return sum + q.points * Math.min(1, Math.max(0, share));
  }, 0);
  // Whatever was not answered (other kinds, bank questions, scenarios) earns nothing.
  return (earned / course.assessment.maxPoints) * 100;
}
