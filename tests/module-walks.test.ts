// End to end: every DLIS thematic module (courses/m<N>-<slug>/) built into SCORM 1.2 and 2004 packages, imported
// into the test LMS where scorm-again is the runtime, and walked by a learner in real Chromium: to "passed" with the
// right answers, to "failed" with wrong ones; and every branching case of the modules walked to each of its
// endings. A module with course variables (M5's country) is walked once per variant: the learner chooses the
// value on the page that asks for it, then walks what that value shows. One build, one server and one browser
// serve every walk.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  visibleCourse,
  type CompiledCourse,
  type CompiledPage,
  type ScenarioBlock,
  type VariableValues,
} from '@dlis/course/compiled';
import { newTally, submitAssessment, UI } from './support/course-walk.ts';
import { coursePages, expectPageTitle, plainText, type PlayerRoot } from './support/learner.ts';
import { firstSessionSeed, openLms, type LmsCall, type ScormVersion } from './support/lms.ts';
import {
  chooseVariables,
  importModulesIntoTestLms,
  moduleFolders,
  variantsToWalk,
  type ModulesLms,
} from './support/modules-lms.ts';
import { apiErrors } from './support/template-lms.ts';
import { answerQuestion, completePage, earnedPoints, UI_EN, type WalkTally } from './support/walker.ts';
import { en as scenarioUi } from '../packages/player/src/i18n/scenario/en.ts';

const coursesDir = fileURLToPath(new URL('../courses/', import.meta.url));
const folders = moduleFolders(coursesDir);
const lang = 'en';
/** Each module with the variable values of each walk: `{}` for a course without variables (read at collection). */
const variants = (
  await Promise.all(
    folders.map(async (folder) =>
      (await variantsToWalk(join(coursesDir, folder))).map((values) => ({
        folder,
        values,
        name: Object.keys(values).length
          ? `${folder} (${Object.entries(values)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})`
          : folder,
      })),
    ),
  )
).flat();

let lms: ModulesLms;

beforeAll(async () => {
  lms = await importModulesIntoTestLms(coursesDir, folders);
});

afterAll(async () => {
  await lms?.close();
});

type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown> & { score: Record<string, string> };
  score?: Record<string, string>;
  interactions: Record<string, Record<string, unknown>>;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asksVariable = (page: CompiledPage) => page.blocks.some((b) => b.type === 'variable-choice');

/**
 * A learner who either walks every page doing every activity right (scored questions right, scenarios along
 * their best path), or goes through the contents menu straight to the pages with scored questions and answers
 * them all wrong, leaving the scenarios alone; then submits on the Results page. Both choose `values` where the
 * course asks for them, and walk the course as those values show it.
 */
async function walkCourse(
  root: PlayerRoot,
  whole: CompiledCourse,
  values: VariableValues,
  outcome: 'right' | 'wrong',
): Promise<{ percent: number; passed: boolean }> {
  const course = visibleCourse(whole, values);
  const tally: WalkTally = newTally();
  const menu = root.getByRole('navigation', { name: 'Course contents' });
  if (outcome === 'right') {
    for (const page of coursePages(course)) {
      await expectPageTitle(root, page.title[lang]!);
      await chooseVariables(root, course, page, values, lang);
      await completePage(root, page, lang, UI_EN, tally);
      await root.getByRole('button', { name: UI.next, exact: true }).click();
    }
  } else {
    for (const page of coursePages(course)) {
      const scored = page.blocks.filter((b) => b.type === 'question' && b.scored);
      if (scored.length === 0 && !asksVariable(page)) continue;
      // The contents link's name may end with a state ("(viewed)") once the page has been opened.
      await menu
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(page.title[lang]!)}( \\(viewed\\))?$`) })
        .click();
      await expectPageTitle(root, page.title[lang]!);
      await chooseVariables(root, course, page, values, lang);
      for (const block of scored) {
        if (block.type !== 'question') continue;
        await answerQuestion(root, block, lang, 'wrong', UI_EN);
        tally.earned += earnedPoints(block, 'wrong');
      }
    }
    await menu.getByRole('link', { name: 'Results', exact: true }).click();
  }
  return submitAssessment(root, course, tally);
}

const finishName = (version: ScormVersion) => (version === 'scorm12' ? 'LMSFinish' : 'Terminate');

describe.each(variants.map((v) => [v.name, v] as const))('courses/%s', (_name, { folder, values }) => {
  describe.each(['scorm12', 'scorm2004'] as const)('%s in scorm-again', (version) => {
    test.each(['right', 'wrong'] as const)(
      'answered %s, the learner ends passed or failed and the LMS records it',
      async (outcome) => {
        const imported = lms.modules.get(folder)!;
        const { course } = imported;
        const session = await openLms(lms.browser, lms.lmsUrl, {
          version,
          launchUrl: imported.launchUrl(version),
          seed: firstSessionSeed(version, imported.manifests[version]),
        });
        const frame = session.frame();
        const { percent, passed } = await walkCourse(frame, course, values, outcome);
        expect(passed).toBe(outcome === 'right');
        if (outcome === 'right') expect(percent).toBe(100);
        await frame.getByRole('button', { name: UI.exit }).click();
        await expect
          .poll(async () => (await session.calls()).some((c) => c.method === finishName(version)))
          .toBe(true);
        const cmi = (await session.cmi()).cmi as Cmi;
        const calls: LmsCall[] = await session.calls();
        await session.close();

        expect(apiErrors(calls)).toEqual([]);
        if (version === 'scorm12') {
          expect(cmi.core!.lesson_status).toBe(passed ? 'passed' : 'failed');
          expect(Number(cmi.core!.score.raw)).toBeCloseTo(percent, 1);
        } else {
          expect(cmi.success_status).toBe(passed ? 'passed' : 'failed');
          expect(cmi.completion_status).toBe(passed ? 'completed' : 'incomplete');
          expect(Number(cmi.score!.scaled)).toBeCloseTo(percent / 100, 3);
        }
      },
    );
  });
});

/** For each ending of a scenario, the choices of one run reaching it (first found, never revisiting a situation). */
function runsToEachEnding(
  scenario: ScenarioBlock,
): Map<string, ScenarioBlock['situations'][number]['choices']> {
  const runs = new Map<string, ScenarioBlock['situations'][number]['choices']>();
  const situations = new Map(scenario.situations.map((s) => [s.id, s]));
  const visit = (id: string, seen: Set<string>, path: ScenarioBlock['situations'][number]['choices']) => {
    const situation = situations.get(id);
    if (!situation) {
      if (!runs.has(id)) runs.set(id, path);
      return;
    }
    if (seen.has(id)) return;
    for (const choice of situation.choices) visit(choice.next, new Set([...seen, id]), [...path, choice]);
  };
  visit(scenario.start, new Set(), []);
  return runs;
}

const TONE_LABEL = {
  positive: scenarioUi.tonePositive,
  mixed: scenarioUi.toneMixed,
  negative: scenarioUi.toneNegative,
} as const;

test('every branching case of the modules is replayed to each of its endings, each decision recorded', async () => {
  const withScenarios = [...lms.modules.values()].filter(({ course }) =>
    coursePages(course).some((p) => p.blocks.some((b) => b.type === 'scenario')),
  );
  expect(withScenarios.length, 'at least one module has a branching case').toBeGreaterThan(0);
  for (const imported of withScenarios) {
    const { course } = imported;
    const session = await openLms(lms.browser, lms.lmsUrl, {
      version: 'scorm2004',
      launchUrl: imported.launchUrl('scorm2004'),
      seed: firstSessionSeed('scorm2004', imported.manifests.scorm2004),
    });
    const frame = session.frame();
    const menu = frame.getByRole('navigation', { name: 'Course contents' });
    let decisions = 0;
    for (const page of coursePages(course)) {
      for (const scenario of page.blocks.filter((b): b is ScenarioBlock => b.type === 'scenario')) {
        await menu.getByRole('link', { name: page.title[lang]! }).click();
        await expectPageTitle(frame, page.title[lang]!);
        const runs = runsToEachEnding(scenario);
        expect([...runs.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
        let best = -Infinity;
        for (const [i, ending] of scenario.endings.entries()) {
          const choices = runs.get(ending.id)!;
          const start = i === 0 ? scenarioUi.scenarioStart : scenarioUi.replay;
          await frame.getByRole('button', { name: start, exact: true }).click();
          for (const choice of choices) {
            await frame.getByRole('radio', { name: plainText(choice.label[lang]!), exact: true }).check();
            await frame.getByRole('button', { name: scenarioUi.choose, exact: true }).click();
          }
          decisions += choices.length;
          best = Math.max(
            best,
            choices.reduce((sum, c) => sum + c.score, 0),
          );
          const heading = `${scenarioUi.ending} — ${TONE_LABEL[ending.tone]}`;
          await expect.poll(() => frame.getByRole('heading', { level: 3, name: heading }).count()).toBe(1);
          const firstSentence = plainText(ending.html[lang]!).split(/(?<=[.!?])\s/)[0]!;
          await expect.poll(() => frame.getByText(firstSentence).first().isVisible()).toBe(true);
          if (scenario.scored) {
            const shown = `Best result: ${Math.max(0, best)} of ${scenario.maxScore}`;
            await expect.poll(() => frame.getByText(shown).count()).toBe(1);
          }
        }
      }
    }
    // One interaction per decision of every run, each under its own id (`<scenario>.<run>.<step>`).
    const cmi = (await session.cmi()).cmi as Cmi;
    const ids = Object.values(cmi.interactions).map((i) => String(i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(decisions);
    expect(apiErrors(await session.calls())).toEqual([]);
    await session.close();
  }
});
