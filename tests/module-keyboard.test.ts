// End to end: a keyboard-only learner, in French (the modules' first language), with each DLIS module (web target,
// from file://). They walk every page (choosing their country where the module asks for it), answer every question,
// play every branching case to its best ending, and pass on the Results page; and they reach each case from the
// contents menu, play it and start it again. Only page.keyboard is used: Tab to reach a control, arrows, Space,
// Enter, typing.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import { visibleCourse, type CompiledCourse, type ScenarioBlock } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { KeyboardLearner, keyboardUi } from './support/keyboard-learner.ts';
import { coursePages, expectPageTitle, plainText } from './support/learner.ts';
import { moduleFolders } from './support/modules-lms.ts';
import { buildPackageSite } from './support/package-site.ts';
import { fr as playerUi } from '../packages/player/src/i18n/fr.ts';
import { fr as resultsUi } from '../packages/player/src/i18n/results/fr.ts';
import { fr as blocksUi } from '../packages/player/src/i18n/blocks/fr.ts';
import { fr as scenarioUi } from '../packages/player/src/i18n/scenario/fr.ts';

const coursesDir = fileURLToPath(new URL('../courses/', import.meta.url));
const lang = 'fr';
const ui = keyboardUi(playerUi, scenarioUi);
const env = setUpBrowser('module-keyboard');
const folders = moduleFolders(coursesDir);

/** The value of each course variable this walk chooses: the middle one (M5: Luxembourg), which the SCORM walks
 * (first and last values) do not take. */
function middleValues(course: CompiledCourse): Record<string, string> {
  return Object.fromEntries(
    (course.variables ?? []).map((v) => [v.id, v.values[Math.floor(v.values.length / 2)]!.id]),
  );
}

test.each(folders)(
  '%s: a keyboard-only learner walks every page, answers every question and passes',
  async (folder) => {
    const site = await buildPackageSite(join(coursesDir, folder), 'web', env.work, lang);
    const values = middleValues(site.course);
    const course = visibleCourse(site.course, values);
    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.indexUrl);
    const learner = new KeyboardLearner(page, lang, ui);
    for (const [index, p] of coursePages(course).entries()) {
      const title = p.title[lang]!;
      await expectPageTitle(page, title);
      // After each navigation, the focus is on the new page's heading.
      // (Its name as read, white space normalised: French titles have no-break spaces before "?" and ":".)
      const name = title.replace(/\s+/g, ' ');
      if (index > 0) await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', name });
      for (const block of p.blocks) {
        if (block.type === 'variable-choice') {
          const variable = course.variables!.find((v) => v.id === block.variable)!;
          const labels = variable.values.map((v) => plainText(v.label[lang]!));
          const chosen = plainText(variable.values.find((v) => v.id === values[variable.id])!.label[lang]!);
          await learner.pickRadio(labels, chosen);
          const saved = blocksUi.variableChosen.replace('{value}', chosen);
          await expect.poll(() => page.getByText(saved).count()).toBe(1);
        } else if (block.type === 'question') await learner.answerRight(block);
        else if (block.type === 'question-bank') {
          for (const q of block.questions) {
            const role = q.kind === 'multiple-choice' ? 'group' : 'radiogroup';
            if ((await page.getByRole(role, { name: plainText(q.prompt[lang]!) }).count()) > 0)
              await learner.answerRight(q);
          }
        } else if (block.type === 'scenario') await learner.playScenario(block);
      }
      await tabTo(page, { role: 'button', name: playerUi.next });
      await page.keyboard.press('Enter');
    }
    await expectPageTitle(page, playerUi.results);
    await tabTo(page, { role: 'button', name: resultsUi.submitAssessment });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(resultsUi.passed).count()).toBe(1);
    expect(await page.getByText(/Score\s*:\s*100\s*%/).count()).toBe(1);
    await context.close();
  },
);

test('a keyboard-only learner plays each module case to its best ending, then starts it again', async () => {
  let cases = 0;
  for (const folder of folders) {
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
    const learner = new KeyboardLearner(page, lang, ui);
    for (const casePage of casePages) {
      const title = casePage.title[lang]!;
      await tabTo(page, { role: 'link', name: title });
      await page.keyboard.press('Enter');
      await expectPageTitle(page, title);
      for (const scenario of casePage.blocks.filter((b): b is ScenarioBlock => b.type === 'scenario')) {
        await learner.playScenario(scenario);
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
