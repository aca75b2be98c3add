// End to end: a keyboard-only learner, in French (the modules' first language), reaches each DLIS module's
// branching case from the contents menu, plays it to its best ending and starts it again (web target, from
// file://). Only page.keyboard is used: Tab to reach a control, arrows to pick a choice, Enter.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import type { ScenarioBlock } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { coursePages, expectPageTitle, plainText } from './support/learner.ts';
import { moduleFolders } from './support/modules-lms.ts';
import { buildPackageSite } from './support/package-site.ts';
import { bestPath } from './support/walker.ts';
import { fr as scenarioUi } from '../packages/player/src/i18n/scenario/fr.ts';

const coursesDir = fileURLToPath(new URL('../courses/', import.meta.url));
const lang = 'fr';
const env = setUpBrowser('module-keyboard');

/** Tabs into the radio group, then moves to `wanted` with the arrow keys (Space when already on it). */
async function pickRadio(page: Page, labels: string[], wanted: string): Promise<void> {
  const at = await tabTo(page, { role: 'radio', name: labels });
  const from = labels.indexOf(at.name);
  const target = labels.indexOf(wanted);
  if (from === target) await page.keyboard.press('Space');
  for (let i = from; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > target; i--) await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toMatchObject({ role: 'radio', name: wanted, checked: true });
}

/** From the first situation, plays the best path with the keyboard; the focus follows each new situation. */
async function playBestPath(page: Page, scenario: ScenarioBlock): Promise<void> {
  let situation = scenario.situations.find((s) => s.id === scenario.start)!;
  for (const [step, choice] of bestPath(scenario).choices.entries()) {
    await expect.poll(async () => (await focused(page))?.name).toBe(`Situation ${step + 1}`);
    const labels = situation.choices.map((c) => plainText(c.label[lang]!));
    await pickRadio(page, labels, plainText(choice.label[lang]!));
    await tabTo(page, { role: 'button', name: scenarioUi.choose });
    await page.keyboard.press('Enter');
    situation = scenario.situations.find((s) => s.id === choice.next) ?? situation;
  }
  await expect
    .poll(async () => (await focused(page))?.name)
    .toBe(`${scenarioUi.ending} — ${scenarioUi.tonePositive}`);
}

test('a keyboard-only learner plays each module case to its best ending, then starts it again', async () => {
  let cases = 0;
  for (const folder of moduleFolders(coursesDir)) {
    // Only the modules that have a case are built.
    const loaded = await loadCourse(join(coursesDir, folder));
    if (!loaded.ok) throw new Error(`${folder} does not validate`);
    const hasCase = coursePages(compileCourse(loaded.model).course).some((p) =>
      p.blocks.some((b) => b.type === 'scenario'),
    );
    if (!hasCase) continue;
    const { course, indexUrl } = await buildPackageSite(join(coursesDir, folder), 'web', env.work, lang);
    const casePages = coursePages(course).filter((p) => p.blocks.some((b) => b.type === 'scenario'));
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(indexUrl);
    for (const casePage of casePages) {
      const title = casePage.title[lang]!;
      await tabTo(page, { role: 'link', name: title });
      await page.keyboard.press('Enter');
      await expectPageTitle(page, title);
      for (const scenario of casePage.blocks.filter((b): b is ScenarioBlock => b.type === 'scenario')) {
        await tabTo(page, { role: 'button', name: scenarioUi.scenarioStart });
        await page.keyboard.press('Enter');
        await playBestPath(page, scenario);
        await expect
          .poll(() =>
            page.getByText(`Meilleur résultat : ${scenario.maxScore} sur ${scenario.maxScore}`).count(),
          )
          .toBe(1);
        await tabTo(page, { role: 'button', name: scenarioUi.replay });
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focused(page))?.name).toBe('Situation 1');
        cases++;
      }
    }
    await context.close();
  }
  expect(cases, 'the modules hold at least one branching case').toBeGreaterThan(0);
});
