// The Guide-outil's tool sheets: each one, in each language, prints alone on one A4 page, as a social worker
// prints it from the player ("Print this sheet"). Real web package, real Chromium.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { buildPackageSite } from './support/package-site.ts';
import { blocksMessagesFor } from '../packages/player/src/i18n/blocks/blocks-messages.ts';
import { en } from '../packages/player/src/i18n/en.ts';
import { fr } from '../packages/player/src/i18n/fr.ts';

const guideDir = fileURLToPath(new URL('../courses/guide-outil/', import.meta.url));
const nextLabel: Record<string, string> = { fr: fr.next, en: en.next };

const env = setUpBrowser('guide-print');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(guideDir, 'web', env.work));
});

/** Number of pages of a PDF made by Chromium (its page objects are `/Type /Page`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

describe.each(['fr', 'en'])('guide-outil (%s)', (lang) => {
  test('every tool sheet prints alone on one A4 page', async () => {
    const context = await env.browser.newContext({ locale: lang, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(indexUrl);
    // The print dialog itself is the browser's; the page is captured as Chromium would print it.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const printLabel = blocksMessagesFor(lang).printSheet;
    const pagesBySheetCount: Record<string, number> = {};
    for (const [i, coursePage] of coursePages(course).entries()) {
      if (i > 0) await page.getByRole('button', { name: nextLabel[lang]!, exact: true }).click();
      await expectPageTitle(page, coursePage.title[lang]!);
      if (!coursePage.blocks.some((b) => b.type === 'tool-sheet')) continue;
      await page.getByRole('button', { name: printLabel, exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.classList.contains('dlis-printing-sheet')))
        .toBe(true);
      pagesBySheetCount[coursePage.id] = pdfPageCount(
        await page.pdf({ format: 'A4', printBackground: true }),
      );
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect
        .poll(() => page.evaluate(() => document.documentElement.classList.contains('dlis-printing-sheet')))
        .toBe(false);
      // The whole chapter (text, country box, sheet, sources) is longer: the count above is the sheet's alone.
      const whole = pdfPageCount(await page.pdf({ format: 'A4' }));
      expect(whole, `${coursePage.id} printed whole`).toBeGreaterThan(1);
    }
    const chapters = coursePages(course)
      .filter((p) => p.id.startsWith('chapitre-'))
      .map((p) => p.id);
    expect(chapters).toHaveLength(10);
    expect(pagesBySheetCount).toEqual(Object.fromEntries(chapters.map((id) => [id, 1])));
    await context.close();
  });
});
