// End to end: a keyboard-only learner completes the whole template course (web target, from file://). Only
// page.keyboard is used: Tab / Shift+Tab to reach a control, arrows, Space, Enter, Home / End, Escape, typing.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { CompiledCourse, QuestionBlock, ScenarioBlock } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { buildPackageSite } from './support/package-site.ts';
import { focused, tabTo, type FocusedElement } from './support/keyboard.ts';
import { coursePages, expectPageTitle, plainText } from './support/learner.ts';
import { bestPath } from './support/walker.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));
const lang = 'en';

const env = setUpBrowser('keyboard');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(templateDir, 'web', env.work, lang));
});

const text = (html: string) => plainText(html);

/** Controls whose focus ring was looked at, by role. */
const rings: Record<string, FocusedElement> = {};
function noteRing(el: FocusedElement): void {
  if (!(el.role in rings)) rings[el.role] = el;
}

/** Tabs into a group of radios, then moves to `wanted` with the arrow keys (Space when already on it). */
async function pickRadio(page: Page, labels: string[], wanted: string): Promise<void> {
  let at = await tabTo(page, { role: 'radio', name: labels });
  noteRing(at);
  const target = labels.indexOf(wanted);
  const from = labels.indexOf(at.name);
  if (from === target) await page.keyboard.press('Space');
  for (let i = from; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > target; i--) await page.keyboard.press('ArrowUp');
  at = (await focused(page))!;
  expect(at).toMatchObject({ role: 'radio', name: wanted, checked: true });
}

/** Presses Check (the next one in tab order) and waits for the question's feedback. */
async function check(page: Page): Promise<void> {
  noteRing(await tabTo(page, { role: 'button', name: 'Check' }));
  const before = await page.getByText(/(?<![A-Za-z])(Correct|Answer recorded)\./).count();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByText(/(?<![A-Za-z])(Correct|Answer recorded)\./).count())
    .toBe(before + 1);
}

/** Answers a question right with the keyboard only, then checks it. */
async function answerRight(page: Page, q: QuestionBlock): Promise<void> {
  switch (q.kind) {
    case 'single-choice':
    case 'true-false': {
      const right = q.choices.find((c) => c.correct)!;
      await pickRadio(
        page,
        q.choices.map((c) => text(c.label[lang]!)),
        text(right.label[lang]!),
      );
      break;
    }
    case 'multiple-choice':
      for (const choice of q.choices.filter((c) => c.correct)) {
        const box = await tabTo(page, { role: 'checkbox', name: text(choice.label[lang]!) });
        noteRing(box);
        await page.keyboard.press('Space');
        expect(await focused(page)).toMatchObject({ checked: true });
      }
      break;
    case 'likert':
      await pickRadio(
        page,
        q.scale.map((s) => text(s.label[lang]!)),
        text(q.scale[3]!.label[lang]!),
      );
      break;
    case 'matching':
      for (const [i, source] of q.sources.entries()) {
        const select = await tabTo(page, { role: 'combobox', name: text(source.label[lang]!) });
        noteRing(select);
        // Closed <select>: each ArrowDown selects the next option (the first one is "— Choose —").
        const target = q.targets.findIndex((t) => t.id === q.answer[i]);
        for (let k = 0; k <= target; k++) await page.keyboard.press('ArrowDown');
      }
      break;
    case 'ordering': {
      const labels = q.items.map((item) => text(item.label[lang]!));
      // The learner's order, read from the "Move up: <item>" buttons (one per item, in list order).
      const order = async () =>
        page
          .getByRole('group', { name: text(q.prompt[lang]!) })
          .getByRole('button', { name: 'Move up: ' })
          .evaluateAll((buttons) =>
            buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Move up: /, '')),
          );
      for (const [place, label] of labels.entries()) {
        while ((await order()).indexOf(label) > place) {
          noteRing(await tabTo(page, { role: 'button', name: `Move up: ${label}` }));
          await page.keyboard.press('Enter');
        }
      }
      expect(await order()).toEqual(labels);
      break;
    }
    case 'fill-in':
    case 'numeric': {
      noteRing(await tabTo(page, { role: 'textbox', name: 'Your answer' }));
      const value = q.kind === 'fill-in' ? q.accepted[lang]![0]! : String(q.exact ?? q.min ?? q.max);
      await page.keyboard.type(value);
      break;
    }
  }
  await check(page);
}

/** Plays a scenario to an ending along its best path. */
async function playScenario(page: Page, scenario: ScenarioBlock): Promise<void> {
  noteRing(await tabTo(page, { role: 'button', name: 'Start' }));
  await page.keyboard.press('Enter');
  const { choices } = bestPath(scenario);
  let situation = scenario.situations.find((s) => s.id === scenario.start)!;
  for (const [step, choice] of choices.entries()) {
    // The new situation's heading takes the focus.
    await expect.poll(async () => (await focused(page))?.name).toBe(`Situation ${step + 1}`);
    await pickRadio(
      page,
      situation.choices.map((c) => text(c.label[lang]!)),
      text(choice.label[lang]!),
    );
    await tabTo(page, { role: 'button', name: 'Choose' });
    await page.keyboard.press('Enter');
    situation = scenario.situations.find((s) => s.id === choice.next) ?? situation;
  }
  await expect
    .poll(async () => (await focused(page))?.name)
    .toMatch(/^End of the scenario — Positive outcome$/);
}

test('a keyboard-only learner completes the whole course', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(indexUrl);
  const pages = coursePages(course);

  // Skip link: the first Tab stop; Enter puts the focus on the page's h1.
  await expectPageTitle(page, pages[0]!.title[lang]!);
  const skip = await tabTo(page, { role: 'link', name: 'Skip to content' }, { maxPresses: 1 });
  noteRing(skip);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', name: pages[0]!.title[lang]! });

  for (const [index, p] of pages.entries()) {
    await expectPageTitle(page, p.title[lang]!);
    // After every navigation, the focus is on the new page's h1.
    expect(await focused(page), p.id).toMatchObject({ tag: 'h1', name: p.title[lang]! });
    for (const block of p.blocks) {
      if (block.type === 'question') await answerRight(page, block);
      else if (block.type === 'question-bank') {
        for (const q of block.questions) {
          const role = q.kind === 'multiple-choice' ? 'group' : 'radiogroup';
          if ((await page.getByRole(role, { name: text(q.prompt[lang]!) }).count()) > 0)
            await answerRight(page, q);
        }
      } else if (block.type === 'scenario') await playScenario(page, block);
      else if (block.type === 'tabs') {
        const titles = block.tabs.map((t) => text(t.title[lang]!));
        noteRing(await tabTo(page, { role: 'tab', name: titles[0]! }));
        await page.keyboard.press('ArrowRight');
        expect(await focused(page)).toMatchObject({ role: 'tab', name: titles[1], selected: true });
        await page.keyboard.press('End');
        expect(await focused(page)).toMatchObject({ name: titles.at(-1), selected: true });
        await page.keyboard.press('Home');
        expect(await focused(page)).toMatchObject({ name: titles[0], selected: true });
        await page.keyboard.press('ArrowLeft');
        expect(await focused(page)).toMatchObject({ name: titles.at(-1), selected: true });
        await expect
          .poll(() => page.getByRole('tabpanel').textContent())
          .toContain(text(block.tabs.at(-1)!.html[lang]!).slice(0, 30));
      } else if (block.type === 'checklist') {
        const first = text(block.items[0]!.html[lang]!);
        noteRing(await tabTo(page, { role: 'checkbox', name: first }));
        await page.keyboard.press('Space');
        expect(await focused(page)).toMatchObject({ checked: true });
        await expect.poll(() => page.getByText(`1 of ${block.items.length} ticked`).count()).toBe(1);
      }
    }
    if (index === 0) {
      // A glossary term in the text opens its definition; Escape closes it and the focus returns to the term.
      const entry = course.glossary.find((g) => g.id === 'illectronism')!;
      const term = await tabTo(page, { role: 'link', name: 'digital illiteracy' });
      noteRing(term);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Definition: ${text(entry.term[lang]!)}` });
      await expect.poll(() => dialog.count()).toBe(1);
      // The focus moves into the definition.
      expect(await focused(page)).toMatchObject({
        role: 'dialog',
        name: `Definition: ${text(entry.term[lang]!)}`,
      });
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await focused(page)).toMatchObject({
        role: 'link',
        name: 'digital illiteracy',
        expanded: 'false',
      });
    }
    noteRing(await tabTo(page, { role: 'button', name: 'Next' }));
    await page.keyboard.press('Enter');
  }

  // Results: submit, read the outcome, exit.
  await expectPageTitle(page, 'Results');
  expect(await focused(page)).toMatchObject({ tag: 'h1', name: 'Results' });
  await tabTo(page, { role: 'button', name: 'Submit assessment' });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText('Assessment passed.').count()).toBe(1);
  expect(await page.getByText('Score: 100%').count()).toBe(1);
  // Back up to the skip link: it takes the focus to the h1 again.
  await tabTo(page, { role: 'link', name: 'Skip to content' }, { backwards: true });
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({ tag: 'h1', name: 'Results' });
  await tabTo(page, { role: 'button', name: 'Exit' }, { backwards: true });
  await page.keyboard.press('Enter');
  await expectPageTitle(page, 'Session ended');

  // The focus ring shows on every kind of control the walk used.
  expect(Object.keys(rings).sort()).toEqual(
    ['button', 'checkbox', 'combobox', 'link', 'radio', 'tab', 'textbox'].sort(),
  );
  expect(
    Object.values(rings)
      .filter((r) => !r.ringVisible)
      .map((r) => `${r.role} "${r.name}": ${r.ring}`),
  ).toEqual([]);
  await context.close();
});
