import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumArgs, chromiumEnv, chromiumPath } from '../../../../tests/support/chromium.ts';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { payload } from '../fixtures/course.ts';

// The built web bundle as a package runs it: classic scripts from file:// (the fr catalogue, then the player),
// the questions add-on loaded by the player once its first page is painted (index.html's later add-ons), the
// real local tracker.
let browser: Browser;
let dir = '';

beforeAll(async () => {
  const build = await ensurePlayerBuild();
  dir = await mkdtemp(join(tmpdir(), 'dlis-player-bundle-'));
  const fr = build.catalogs.fr!;
  await copyFile(join(build.dir, build.scripts.web), join(dir, build.scripts.web));
  await copyFile(join(build.dir, fr), join(dir, fr));
  const questions = build.addons.questions!;
  await copyFile(join(build.dir, questions), join(dir, questions));
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  const page = (catalogs: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo</title><meta name="dlis-addons-later" content="${questions}"><script type="application/json" id="dlis-course">${json}</script>${catalogs}
<script src="${build.scripts.web}" defer></script></head><body><dlis-player></dlis-player><noscript>JavaScript</noscript></body></html>`;
  await writeFile(join(dir, 'index.html'), page(`\n<script src="${fr}" defer></script>`));
  await writeFile(join(dir, 'no-catalog.html'), page(''));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, env: chromiumEnv });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the bundle boots from file:// in local mode, navigates and keeps progress in the browser', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Records whether the first page was on screen when the player added the questions add-on's script.
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes]))
        if (node instanceof HTMLScriptElement && node.src.includes('addon-questions'))
          (window as unknown as Record<string, unknown>).questionsAddedAfter = document
            .querySelector('dlis-player')
            ?.shadowRoot?.querySelector('dlis-page')
            ?.shadowRoot?.querySelector('h1')?.textContent;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bienvenue');
  // The add-ons the first screen does not need come after it, listed by index.html (issue 16).
  const later = page.locator('meta[name="dlis-addons-later"]');
  await expect.poll(() => later.getAttribute('data-loaded')).toBe('');
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).questionsAddedAfter)).toBe(
    'Bienvenue',
  );
  expect(await page.locator('script[src*="addon-questions"]').count()).toBe(1);
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain('dans ce navigateur seulement');
  // 320 px wide without horizontal scrolling (WCAG 1.4.10).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Premier quiz');
  await page.getByRole('radio', { name: 'Paris' }).check();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect.poll(() => page.getByText('Bonne réponse.').isVisible()).toBe(true);

  // Reload: the local adapter restores the page and the answer.
  await page.reload();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Premier quiz');
  expect(await page.getByRole('radio', { name: 'Paris' }).isChecked()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(errors).toEqual([]);
  await context.close();
});

test('without its catalogue script, a French course plays with the built-in English strings', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(join(dir, 'no-catalog.html')).href);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bienvenue');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Premier quiz');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(errors).toEqual([]);
  await context.close();
});
