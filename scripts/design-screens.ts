// `node --import tsx scripts/design-screens.ts <unzipped web package of M1> <before|after>`: the screens of
// docs/design.md (first screen, a page with text and an image, a question after a wrong answer, the
// results), at 390 and 1280 px, written to docs/images/design/<label>-<screen>-<device>.png as palette PNGs.
// The same steps work on the player before the design work of issue 16 and today's, so the pairs compare.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { launchChromium } from '@dlis/packager/chromium';

const [packageDir, label] = process.argv.slice(2);
if (!packageDir || (label !== 'before' && label !== 'after')) {
  console.error('usage: design-screens.ts <unzipped web package of M1> <before|after>');
  process.exit(1);
}
const outDir = resolve('docs/images/design');
await mkdir(outDir, { recursive: true });

const DEVICES = [
  { device: 'phone', width: 390, height: 844 },
  { device: 'laptop', width: 1280, height: 800 },
] as const;

/** Follows a link of the course menu, opening the menu first where it is a disclosure (phones). */
async function go(page: Page, name: string | RegExp) {
  const link = page.getByRole('link', { name }).first();
  if (!(await link.isVisible()))
    await page
      .getByRole('button', { name: /^Sommaire/ })
      .first()
      .click();
  await link.click();
}

/** The visible part of the page (what a learner sees), once fonts and images are drawn. */
async function shoot(page: Page, screen: string, device: string) {
  // A string, not a function: tsx would add helpers to a function that the page does not have.
  await page.evaluate(`(async () => {
    await document.fonts.ready;
    const images = [];
    const collect = (root) => {
      images.push(...root.querySelectorAll('img'));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    collect(document);
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  })()`);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const file = join(outDir, `${label}-${screen}-${device}.png`);
  await sharp(png).png({ palette: true, colours: 64, effort: 10, compressionLevel: 9 }).toFile(file);
  console.log(file);
}

const browser = await launchChromium();
try {
  for (const { device, width, height } of DEVICES) {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      colorScheme: 'light',
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(resolve(packageDir), 'index.html')).href);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await shoot(page, 'first-screen', device);

    await go(page, /^Les trois formes d.inégalité numérique/);
    await page.getByRole('heading', { level: 1, name: /trois formes/ }).waitFor();
    await shoot(page, 'content', device);

    await go(page, /^Quiz/);
    await page.getByRole('radio', { name: 'La gratuité, la neutralité, la rapidité' }).check();
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await page
      .getByText(/incorrect/i)
      .first()
      .waitFor();
    // The question's prompt at the top of the screen, its feedback below.
    await page
      .getByText(/trois principes du service public/)
      .first()
      .evaluate((el) => el.scrollIntoView());
    await page.evaluate('window.scrollBy(0, -80)');
    await page.mouse.move(0, 0);
    await shoot(page, 'question-feedback', device);

    await go(page, /^Résultats/);
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    // Today's player asks first when questions are left unanswered; the one before submitted at once.
    const confirm = page.getByRole('button', { name: 'Soumettre quand même' });
    const score = page.getByText(/Score\s*:\s*\d/).first();
    await confirm.or(score).first().waitFor();
    if (await confirm.isVisible()) await confirm.click();
    await score.waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.mouse.move(0, 0);
    await shoot(page, 'results', device);
    await context.close();
  }
} finally {
  await browser.close();
}
