import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import italic from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-italic.woff2?url';
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import type { LearnerState } from '@dlis/tracking';
import { screensPayload } from '../fixtures/screens-course.ts';
import { h1, mountPlayer } from './helpers.ts';

/**
 * Visual regression tests (issue 16): the cover, a content page, a question with its feedback after a wrong
 * answer and the results page, at phone and laptop width, compared with the baseline images committed in
 * __screenshots__/screens.browser.test.ts/. After an intended change of the player's look, update them with
 * `npx vitest run --project browser -u packages/player/test/components/screens.browser.test.ts` and look at
 * each new image before committing it (docs/design.md).
 */

const FAMILY = 'Screens Atkinson Hyperlegible';
const WIDTHS = [
  { device: 'phone', width: 390, height: 844 },
  { device: 'laptop', width: 1280, height: 800 },
] as const;

/**
 * Anti-aliasing noise passes (pixelmatch already ignores the pixels it takes for anti-aliasing; a colour
 * difference under `threshold` is no difference); a layout or colour change moves far more than 0.5 % of
 * the pixels and fails.
 */
const TOLERANCE = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.005 },
  screenshotOptions: { animations: 'disabled', caret: 'hide', scale: 'css' },
} as const;

beforeAll(async () => {
  // The same light, motionless page on every machine, whatever its own settings.
  await cdp().send('Emulation.setEmulatedMedia', {
    media: 'screen',
    features: [
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: 'none' },
    ],
  });
  // A font shipped from npm, loaded before any text is drawn: the system fonts differ between machines.
  const faces = [
    new FontFace(FAMILY, `url(${regular})`, { weight: '400', style: 'normal' }),
    new FontFace(FAMILY, `url(${italic})`, { weight: '400', style: 'italic' }),
    new FontFace(FAMILY, `url(${bold})`, { weight: '600 700', style: 'normal' }),
  ];
  for (const face of await Promise.all(faces.map((f) => f.load()))) document.fonts.add(face);
  // Scrollbars are drawn differently on each platform and take width from the page: none.
  const style = document.createElement('style');
  style.textContent = `html { scrollbar-width: none; } body { margin: 0; }`;
  document.head.append(style);
});

afterEach(() => {
  document.body.replaceChildren();
});

/** Every element matching `selector` in the document and in the open shadow roots below it. */
function deepQueryAll(selector: string, root: Document | ShadowRoot = document): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) found.push(...deepQueryAll(selector, host.shadowRoot));
  }
  return found;
}

/** Mounts the course in the fixed font and waits until its fonts and images are drawn. */
async function mountScreens(resume?: LearnerState) {
  const { player } = await mountPlayer(screensPayload, resume ? { resume } : {});
  player.style.setProperty('--dlis-font-family', `'${FAMILY}', sans-serif`);
  await expect.element(h1()).toBeVisible();
  return player;
}

/**
 * Waits for the fonts and every image (decoded), makes the page as tall as the player (a screenshot shows
 * nothing below the test page's viewport), then compares the player with its baseline.
 */
async function expectScreen(player: HTMLElement, name: string) {
  await document.fonts.ready;
  const images = deepQueryAll('img') as HTMLImageElement[];
  await Promise.all(images.map((img) => img.decode()));
  expect(images.every((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  const tall = Math.ceil(player.getBoundingClientRect().height);
  // vitest.config.ts gives the browser 1400 px of height: a taller page would be shrunk to fit.
  expect(tall, 'the screen fits in the browser of vitest.config.ts').toBeLessThanOrEqual(1400);
  if (tall > window.innerHeight) await page.viewport(window.innerWidth, tall);
  await expect.element(page.elementLocator(player)).toMatchScreenshot(name, TOLERANCE);
}

const at = (pageId: string, extra: Partial<LearnerState> = {}): LearnerState => ({
  page: pageId,
  visited: ['welcome', 'visit', 'check'].slice(0, ['welcome', 'visit', 'check'].indexOf(pageId) + 1),
  answers: {},
  ...extra,
});

describe.each(WIDTHS)('screens at $width px ($device)', ({ device, width, height }) => {
  test('cover: image, title, duration, objectives, Enter button', async () => {
    await page.viewport(width, height);
    const player = await mountScreens();
    await expect.element(page.getByRole('button', { name: 'Entrer dans le cours' })).toBeVisible();
    await expectScreen(player, `cover-${device}`);
  });

  test('content page: text and an image', async () => {
    await page.viewport(width, height);
    const player = await mountScreens(at('visit'));
    await expect.element(h1()).toHaveTextContent('Une visite');
    await expectScreen(player, `content-${device}`);
  });

  test('question: the feedback after a wrong answer', async () => {
    await page.viewport(width, height);
    const player = await mountScreens(at('check'));
    await page.getByRole('radio', { name: 'Je remplis le formulaire pour elle' }).click();
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await expect
      .element(page.getByText('Faire à sa place règle la démarche du jour, pas la suivante.'))
      .toBeVisible();
    // No focus ring or hover state from the click: the screen a learner reads, not where the mouse was.
    (document.activeElement as HTMLElement | null)?.blur();
    await page.elementLocator(document.body).hover({ position: { x: 0, y: 0 } });
    await expectScreen(player, `question-feedback-${device}`);
  });

  test('assessment results', async () => {
    await page.viewport(width, height);
    const player = await mountScreens(
      at('check', {
        answers: {
          'q-listen': { response: ['type'], attempts: 1 },
          'q-together': { response: ['true'], attempts: 1 },
        },
        submitted: true,
        assessmentAttempts: 1,
      }),
    );
    // The contents menu is a disclosure on phones, always open on laptops.
    if (device === 'phone') await page.getByRole('button', { name: 'Sommaire' }).click();
    await page.getByRole('link', { name: 'Résultats' }).click();
    await expect.element(h1()).toHaveTextContent('Résultats');
    await expectScreen(player, `results-${device}`);
  });
});
