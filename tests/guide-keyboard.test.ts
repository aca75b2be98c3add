// A keyboard-only reader uses the Guide-outil as a reference: they jump from the table of contents to each
// chapter in any order, reach the chapter's "Print this sheet" button, and once every page has been opened the
// progress says so (the guide's completion rule is all-pages-viewed). Web target, real Chromium, keyboard only.
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { buildPackageSite } from './support/package-site.ts';

const guideDir = fileURLToPath(new URL('../courses/guide-outil/', import.meta.url));
const lang = 'en';

const env = setUpBrowser('guide-keyboard');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(guideDir, 'web', env.work, lang));
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a keyboard-only reader opens every chapter from the table of contents, in any order', async () => {
  expect(course.completion).toBe('all-pages-viewed');
  const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(indexUrl);
  const pages = coursePages(course);
  await expectPageTitle(page, pages[0]!.title[lang]!);
  await expect.poll(() => page.getByText(`1 / ${pages.length} pages`).count()).toBe(1);

  // Last chapter first, then the others backwards: a reader looks things up, they do not read in order.
  const chapters = pages.filter((p) => p.id.startsWith('chapitre-')).reverse();
  expect(chapters).toHaveLength(10);
  for (const [i, chapter] of chapters.entries()) {
    const title = chapter.title[lang]!;
    // The contents link of the chapter (its name may end with "(viewed)"), reached backwards from the page.
    await tabTo(page, { role: 'link', name: new RegExp(`^${escape(title)}`) }, { backwards: true });
    await page.keyboard.press('Enter');
    await expectPageTitle(page, title);
    await expect.poll(async () => (await focused(page))?.tag).toBe('h1');
    if (i === 0) {
      // The chapter's tool sheet can be printed from the keyboard.
      const sheet = chapter.blocks.find((b) => b.type === 'tool-sheet');
      expect(sheet).toBeDefined();
      await tabTo(page, { role: 'button', name: 'Print this sheet' });
    }
    await expect.poll(() => page.getByText(`${i + 2} / ${pages.length} pages`).count()).toBe(1);
  }
  await context.close();
});
