// End to end: a keyboard-only learner completes the whole template course (web target, from file://). Only
// page.keyboard is used: Tab / Shift+Tab to reach a control, arrows, Space, Enter, Home / End, Escape, typing.
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { buildPackageSite } from './support/package-site.ts';
import { focused, tabTo, type FocusedElement } from './support/keyboard.ts';
import { coursePages, expectPageTitle, plainText } from './support/learner.ts';
import { KeyboardLearner, keyboardUi } from './support/keyboard-learner.ts';
import { en as playerUi } from '../packages/player/src/i18n/en.ts';
import { en as scenarioUi } from '../packages/player/src/i18n/scenario/en.ts';

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

test('a keyboard-only learner completes the whole course', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(indexUrl);
  const pages = coursePages(course);
  const learner = new KeyboardLearner(page, lang, keyboardUi(playerUi, scenarioUi), noteRing);

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
      if (block.type === 'question') await learner.answerRight(block);
      else if (block.type === 'question-bank') {
        for (const q of block.questions) {
          const role = q.kind === 'multiple-choice' ? 'group' : 'radiogroup';
          if ((await page.getByRole(role, { name: text(q.prompt[lang]!) }).count()) > 0)
            await learner.answerRight(q);
        }
      } else if (block.type === 'scenario') await learner.playScenario(block);
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
