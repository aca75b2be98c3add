// The Guide-outil's reading tools, as a social worker uses them from the web package opened from disk: a deep
// link to a chapter and to its tool sheet, search across the guide (its add-on loaded only once opened),
// "Print this page", "Copy link to this sheet", the contents in reach at the bottom of a long page on a phone
// and on a desktop, and axe-core on the new UI in French and English. Real package, real Chromium.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlToText, type CompiledCourse, type CompiledPage } from '@dlis/course/compiled';
import { axeViolations } from './support/axe.ts';
import { setUpBrowser } from './support/browser-setup.ts';
import { focused } from './support/keyboard.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { openLms } from './support/lms.ts';
import { buildPackageSite } from './support/package-site.ts';
import { apiErrors, startTemplateLms, type TemplateLms } from './support/template-lms.ts';
import { readingMessagesFor } from '../packages/player/src/i18n/reading/reading-messages.ts';
import { blocksMessagesFor } from '../packages/player/src/i18n/blocks/blocks-messages.ts';
import { en } from '../packages/player/src/i18n/en.ts';
import { fr } from '../packages/player/src/i18n/fr.ts';

const guideDir = fileURLToPath(new URL('../courses/guide-outil/', import.meta.url));
const core = { fr, en } as const;
/** A word each language's guide uses on a few pages, searched without its accent in French. */
const searched = {
  fr: { query: 'hameconnage', word: 'hameçonnage' },
  en: { query: 'PHISHING', word: 'phishing' },
};

const env = setUpBrowser('guide-reading');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(guideDir, 'web', env.work));
});

async function open(lang: 'fr' | 'en', fragment = '', viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ locale: lang, viewport });
  const page = await context.newPage();
  await page.goto(`${indexUrl}${fragment}`);
  return { context, page };
}

/** The block the focus is in (the `data-block` of the deeply focused element or its wrapper), if any. */
async function focusedBlock(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.closest<HTMLElement>('[data-block]')?.dataset['block'];
  });
}

/** Every text of a page in one language, as plain lower-case text (the test's own reading of the course). */
function pageText(page: CompiledPage, lang: string): string {
  const out: string[] = [page.title[lang] ?? ''];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[lang] === 'string' && typeof record['fr'] === 'string')
        out.push(htmlToText(record[lang]));
      else Object.values(record).forEach(walk);
    }
  };
  walk(page.blocks);
  return out.join(' ').toLocaleLowerCase(lang);
}

const t = (text: Record<string, string>, lang: string) => text[lang] ?? '';

describe.each(['fr', 'en'] as const)('guide-outil (%s)', (lang) => {
  test('a deep link opens its chapter; a link to a tool sheet opens the chapter at the sheet, focused', async () => {
    const chapter4 = coursePages(course).find((p) => p.id === 'chapitre-4')!;
    const { context, page } = await open(lang, '#chapitre-4');
    await expectPageTitle(page, t(chapter4.title, lang));
    await page.goto(`${indexUrl}#chapitre-4-fiche-outil`);
    await page.reload();
    await expectPageTitle(page, t(chapter4.title, lang));
    await expect.poll(() => focusedBlock(page)).toBe('chapitre-4-fiche-outil');
    const sheetTitle = page.getByRole('heading', { level: 2, name: t(sheetOf(chapter4).title, lang) });
    await expect.poll(() => sheetTitle.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(300);
    // A link followed later (the fragment changes) goes there too; an unknown id changes nothing.
    await page.evaluate(() => (location.hash = '#chapitre-7'));
    await expectPageTitle(page, t(coursePages(course).find((p) => p.id === 'chapitre-7')!.title, lang));
    await page.evaluate(() => (location.hash = '#no-such-page'));
    await expectPageTitle(page, t(coursePages(course).find((p) => p.id === 'chapitre-7')!.title, lang));
    await context.close();
  });

  test('search finds every page with the word, in this language, and a result opens its page', async () => {
    const m = readingMessagesFor(lang);
    const { context, page } = await open(lang);
    await expectPageTitle(page, t(coursePages(course)[0]!.title, lang));
    const searchScripts = () => page.locator('script[src*="addon-search"]').count();
    expect(await searchScripts()).toBe(0);
    await page.getByRole('button', { name: m.search, exact: true }).click();
    // The field takes the focus once the add-on has run; typing and Enter search.
    await expect.poll(async () => (await focused(page))?.name).toBe(m.searchLabel);
    expect(await searchScripts()).toBe(1);
    await page.keyboard.type(searched[lang].query);
    await page.keyboard.press('Enter');
    const expected = coursePages(course).filter((p) => pageText(p, lang).includes(searched[lang].word));
    expect(expected.length).toBeGreaterThan(1);
    const status = page.getByRole('search').getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toContain(
        m.resultsMany.replace('{count}', String(expected.length)).replace('{query}', searched[lang].query),
      );
    const results = page.getByRole('list', { name: m.resultsList }).getByRole('link');
    expect(await results.allTextContents()).toEqual(expected.map((p) => t(p.title, lang)));
    expect(await axeViolations(page, `search results (${lang})`)).toEqual([]);
    // A result whose page title lacks the word opens its page at the block of the match, focused.
    const target = expected.find(
      (p) => !t(p.title, lang).toLocaleLowerCase(lang).includes(searched[lang].word),
    )!;
    await results.nth(expected.indexOf(target)).click();
    await expectPageTitle(page, t(target.title, lang));
    await expect.poll(() => focusedBlock(page)).toMatch(new RegExp(`^${target.id}`));
    // A word no page has: the count says so, and no list.
    await page.getByRole('searchbox').fill('zzzqx');
    await page.getByRole('button', { name: m.searchButton, exact: true }).click();
    await expect
      .poll(() => status.textContent())
      .toContain(m.resultsNone.replace('{query}', 'zzzqx').split('.')[0]!);
    expect(await page.getByRole('list', { name: m.resultsList }).count()).toBe(0);
    await context.close();
  });

  test('"Print this page" prints the chapter; "Copy link to this sheet" copies its deep link', async () => {
    const { context, page } = await open(lang, '#chapitre-2');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: readingMessagesFor(lang).printPage, exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.getByRole('button', { name: blocksMessagesFor(lang).copySheetLink, exact: true }).click();
    const link = `${indexUrl}#chapitre-2-fiche-outil`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await axeViolations(page, `chapter 2 with its tools (${lang})`)).toEqual([]);
    await context.close();
  });

  test('the contents stay in reach at the bottom of a long chapter, on a phone and on a desktop', async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      const { context, page } = await open(lang, '#chapitre-6', viewport);
      await expectPageTitle(page, t(coursePages(course).find((p) => p.id === 'chapitre-6')!.title, lang));
      await page.getByRole('button', { name: core[lang].next, exact: true }).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(viewport.height);
      const phone = viewport.width < 600;
      const handle = phone
        ? page.getByRole('button', { name: core[lang].menu, exact: true })
        : page.getByRole('navigation', { name: core[lang].courseNav }).getByRole('link').first();
      const box = await handle.boundingBox();
      expect(box, `${viewport.width} px`).not.toBeNull();
      expect(box!.y, `${viewport.width} px`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
      if (phone) {
        await handle.click();
        const first = page.getByRole('navigation', { name: core[lang].courseNav }).getByRole('link').first();
        await first.click();
        await expectPageTitle(page, t(coursePages(course)[0]!.title, lang));
      }
      await context.close();
    }
  });
});

describe('in an LMS (scorm-again)', () => {
  let lms: TemplateLms;
  beforeAll(async () => {
    lms = await startTemplateLms(guideDir);
  });
  afterAll(async () => {
    await lms?.close();
  });

  test.each(['scorm12', 'scorm2004'] as const)(
    '%s: a launch address with a fragment opens the tool sheet, and the LMS records that page',
    async (version) => {
      const chapter = coursePages(course).find((p) => p.id === 'chapitre-5')!;
      const open = await openLms(env.browser, lms.lmsUrl, {
        version,
        launchUrl: `${lms.launchUrl(version)}#chapitre-5-fiche-outil`,
      });
      await expectPageTitle(open.frame(), t(chapter.title, 'en'));
      const location = version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
      await expect
        .poll(async () =>
          (await open.calls()).some(
            (c) => c.method.endsWith('SetValue') && c.args[0] === location && c.args[1] === 'chapitre-5',
          ),
        )
        .toBe(true);
      // A first launch reads values nobody set yet: SCORM 2004 answers 403 (not initialized) to those reads.
      const errors = apiErrors(await open.calls()).filter(
        (c) => !(c.method === 'GetValue' && c.error === '403'),
      );
      expect(errors).toEqual([]);
      await open.close();
    },
  );
});

function sheetOf(page: CompiledPage) {
  const sheet = page.blocks.find((b) => b.type === 'tool-sheet');
  if (sheet?.type !== 'tool-sheet') throw new Error(`${page.id} has no tool sheet`);
  return sheet;
}
