// WCAG 2.1 AA with axe-core in real Chromium: every page of every course and template, in every language of
// the course, must have 0 violations. The packages are the real web builds, opened from file://.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { visibleCourse, type CompiledCourse } from '@dlis/course/compiled';
import { axeViolations } from './support/axe.ts';
import { setUpBrowser } from './support/browser-setup.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { buildPackageSite } from './support/package-site.ts';
import { de } from '../packages/player/src/i18n/de.ts';
import { el } from '../packages/player/src/i18n/el.ts';
import { en } from '../packages/player/src/i18n/en.ts';
import { fr } from '../packages/player/src/i18n/fr.ts';
import { ro } from '../packages/player/src/i18n/ro.ts';
import { resultsCatalogs } from '../packages/player/src/i18n/results/results-messages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogues: Record<string, { next: string }> = { fr, en, el, ro, de };
/** The player's UI strings for a course language (English when the player has no catalogue for it). */
const ui = (lang: string) => ({
  ...(resultsCatalogs[lang] ?? resultsCatalogs['en']!),
  ...(catalogues[lang] ?? en),
});

function courseDirsSync(): string[] {
  // Listed at collection time so that each course gets its own test.
  const dirs: string[] = [];
  for (const parent of ['courses', 'templates']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`);
    }
  }
  return dirs.sort();
}

const env = setUpBrowser('a11y');

/**
 * The versions of a course a learner can see: one per value of its first variable that a launch can set (e.g.
 * M5 per country, opened with `?country=be`), each with only the pages it shows; the course itself otherwise.
 */
function variants(course: CompiledCourse): { query: string; shown: CompiledCourse; label: string }[] {
  const variable = course.variables?.find((v) => v.launchParameter !== undefined);
  if (variable === undefined) return [{ query: '', shown: course, label: '' }];
  return variable.values.map((value) => ({
    query: `?${encodeURIComponent(variable.launchParameter!)}=${encodeURIComponent(value.id)}`,
    shown: visibleCourse(course, { [variable.id]: value.id }),
    label: `${variable.id}=${value.id} `,
  }));
}

function buildWeb(dir: string) {
  return buildPackageSite(join(root, dir), 'web', env.work);
}

describe.each(courseDirsSync())('%s', (dir) => {
  // One axe run per page and language: the 11-page guide in two languages takes over a minute on a busy
  // 2-core machine, so this test gets more time than the project's default (the 300 s are a ceiling, not a goal).
  test('every page, in every language, has no WCAG 2.1 AA violation (axe-core)', async () => {
    const { course, indexUrl } = await buildWeb(dir);
    const report: string[] = [];
    for (const { query, shown, label } of variants(course)) {
      for (const lang of course.languages) {
        const context = await env.browser.newContext({
          locale: lang,
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(indexUrl + query);
        for (const [i, coursePage] of coursePages(shown).entries()) {
          if (i > 0) await page.getByRole('button', { name: ui(lang).next, exact: true }).click();
          await expectPageTitle(page, coursePage.title[lang]!);
          report.push(...(await axeViolations(page, `${label}${lang} ${coursePage.id}`)));
        }
        if (shown.assessment.questionIds.length > 0) {
          // The result page, before and after the assessment is submitted.
          await page.getByRole('button', { name: ui(lang).next, exact: true }).click();
          const submit = page.getByRole('button', { name: ui(lang).submitAssessment, exact: true });
          await expect.poll(() => submit.count()).toBe(1);
          for (const state of ['results', 'results (submitted)']) {
            report.push(...(await axeViolations(page, `${label}${lang} ${state}`)));
            if (state === 'results') {
              await submit.click();
              // Nothing was answered: the confirmation dialog lists the questions first (issue 16).
              const confirm = page.getByRole('button', { name: ui(lang).submitAnyway, exact: true });
              await expect.poll(() => confirm.count()).toBe(1);
              report.push(...(await axeViolations(page, `${label}${lang} submit confirmation`)));
              await confirm.click();
              await expect.poll(() => submit.count()).toBe(0);
            }
          }
        }
        await context.close();
      }
    }
    expect(report).toEqual([]);
  });

  test('every page reflows at 320 CSS px (WCAG 1.4.10, also 400 % zoom): no horizontal scrolling', async () => {
    const { course, indexUrl } = await buildWeb(dir);
    const lang = course.defaultLanguage;
    const overflowing: string[] = [];
    for (const { query, shown, label } of variants(course)) {
      const context = await env.browser.newContext({ locale: lang, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(indexUrl + query);
      for (const [i, coursePage] of coursePages(shown).entries()) {
        if (i > 0) await page.getByRole('button', { name: ui(lang).next, exact: true }).click();
        await expectPageTitle(page, coursePage.title[lang]!);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) overflowing.push(`${label}${coursePage.id}: ${width}px`);
      }
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });
});
