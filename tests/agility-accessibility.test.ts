// WCAG 2.1 AA (axe-core) and reflow on every step of the real digital agility questionnaire (issue 6), in each
// language of the course: consent, background, the eight dimension pages, the review and the results. The package
// is the real web build, opened from file:// (tests/accessibility.test.ts sees only its first step).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { answerAll, en, plannedAnswers, questionnaireOf } from './support/agility-walk.ts';
import { axeViolations } from './support/axe.ts';
import { setUpBrowser } from './support/browser-setup.ts';
import { buildPackageSite } from './support/package-site.ts';
import { fr as agilityFr } from '../packages/player/src/i18n/agility/fr.ts';
import { fr as playerFr } from '../packages/player/src/i18n/fr.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogues: Record<string, typeof en> = { en, fr: { ...playerFr, ...agilityFr } };

const env = setUpBrowser('agility-a11y');

/** Pages of a PDF (`/Type /Page` objects, not `/Pages`). */
const pdfPages = (pdf: string) => (pdf.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

const overflow = async (page: Page, step: string) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  return width > 320 ? [`${step}: ${width}px wide at 320 px`] : [];
};

test('every step of the questionnaire and the results: no axe violation, reflow at 320 px, one printed page', async () => {
  const { course, indexUrl } = await buildPackageSite(join(root, 'courses/agility-index'), 'web', env.work);
  const block = questionnaireOf(course);
  const report: string[] = [];
  for (const lang of course.languages) {
    const ui = catalogues[lang] ?? en;
    const context = await env.browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(indexUrl);
    const q = page.locator('dlis-questionnaire');
    const country = block.background.find((b) => b.country)?.options[0]?.id;
    const check = async (step: string) => {
      report.push(...(await axeViolations(page, `${lang} ${step}`)));
      await page.setViewportSize({ width: 320, height: 640 });
      report.push(...(await overflow(page, `${lang} ${step}`)));
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    // Consent, then background (research consent given), then the dimensions.
    const questionnairePage = course.modules.flatMap((m) => m.pages).find((p) => p.blocks.includes(block));
    await page
      .getByRole('link', { name: questionnairePage?.title[lang] ?? '' })
      .first()
      .click();
    await expect
      .poll(() => q.getByRole('heading', { level: 2 }).first().textContent())
      .toBe(ui.qConsentTitle);
    await check('consent');
    await q.getByRole('checkbox').first().check();
    await q.getByRole('checkbox').nth(1).check();
    await q.getByRole('button', { name: ui.qStart }).click();
    await expect
      .poll(() => q.getByRole('heading', { level: 2 }).first().textContent())
      .toBe(ui.qBackgroundTitle);
    await check('background');
    const question = block.background.find((b) => b.country);
    const option = question?.options.findIndex((o) => o.id === country) ?? -1;
    await q.locator(`[id="bg-${question?.id}-${option}"]`).check();
    await q.getByRole('button', { name: ui.next }).click();
    await answerAll(page, block, plannedAnswers(block), country, ui, (d) => check(d));
    await check('review');
    await q.getByRole('button', { name: ui.qSubmit }).click();
    await expect
      .poll(() => q.locator('dlis-agility-results').locator('h2').textContent())
      .toBe(ui.qResultsTitle);
    await check('results');
    // Printable as a one-page summary (A4).
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    report.push(...(pdfPages(pdf) === 1 ? [] : [`${lang} results: ${pdfPages(pdf)} printed pages`]));
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  }
  expect(report).toEqual([]);
});
