// Printing: every page prints without the player's chrome, and a tool sheet prints alone, on one page.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { buildPackageSite } from './support/package-site.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const env = setUpBrowser('print');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(templateDir, 'web', env.work));
});

/** Number of pages of a PDF made by Chromium (its page objects are `/Type /Page`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

async function openAt(pageIndex: number): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'en', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(indexUrl);
  const pages = coursePages(course);
  for (let i = 0; i < pageIndex; i++) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expectPageTitle(page, pages[pageIndex]!.title.en!);
  return page;
}

test('a page prints its content without the menu, the buttons or the status bar', async () => {
  const page = await openAt(0);
  const chrome = () =>
    page.evaluate(() => {
      const root = document.querySelector('dlis-player')!.shadowRoot!;
      const shown = (selector: string) =>
        [...root.querySelectorAll<HTMLElement>(selector)].some((e) => e.getClientRects().length > 0);
      return { nav: shown('nav'), buttons: shown('button') };
    });
  expect(await chrome()).toEqual({ nav: true, buttons: true });
  await page.emulateMedia({ media: 'print' });
  expect(await chrome()).toEqual({ nav: false, buttons: false });
  await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  await page.context().close();
});

test('a tool sheet prints alone, on one A4 page', async () => {
  const pages = coursePages(course);
  const sheetPage = pages.findIndex((p) => p.blocks.some((b) => b.type === 'tool-sheet'));
  expect(sheetPage).toBeGreaterThanOrEqual(0);
  const page = await openAt(sheetPage);
  // The print dialog itself is the browser's; the page is captured as Chromium would print it.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print this sheet' }).click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.classList.contains('dlis-printing-sheet')))
    .toBe(true);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  const whole = await (await openAt(sheetPage)).pdf({ format: 'A4' });
  expect(pdfPageCount(whole), 'the whole page is longer than the sheet alone').toBeGreaterThan(1);
  await page.context().close();
});
