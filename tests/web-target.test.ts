// The web target: a static site that works when opened from the disk (file://), with no LMS and no network.
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import type { CompiledCourse } from '@dlis/course/compiled';
import { setUpBrowser } from './support/browser-setup.ts';
import {
  answer,
  coursePages,
  expectPageTitle,
  pageQuestions,
  responseFor,
  selectedChoices,
} from './support/learner.ts';
import { buildPackageSite } from './support/package-site.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const env = setUpBrowser('web');
let course: CompiledCourse;
let indexUrl: string;

beforeAll(async () => {
  ({ course, indexUrl } = await buildPackageSite(templateDir, 'web', env.work, 'fr'));
});

test('opened from file://, the course plays offline and keeps progress in the browser', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto(indexUrl);
  const pages = coursePages(course);
  await expectPageTitle(page, pages[0]!.title.fr!);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toContain('dans ce navigateur seulement');

  // Go to the first page with a question, answer it, then come back later.
  const questionPage = pages.findIndex((p) => pageQuestions(p).length > 0);
  for (let i = 0; i < questionPage; i++)
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expectPageTitle(page, pages[questionPage]!.title.fr!);
  const question = pageQuestions(pages[questionPage]!)[0]!;
  const response = responseFor(question, 'right');
  await answer(page, question, 'fr', response, 'Valider');
  await expect.poll(() => page.getByText('Bonne réponse.').count()).toBeGreaterThan(0);

  await page.reload();
  await expectPageTitle(page, pages[questionPage]!.title.fr!);
  expect(await selectedChoices(page, question, 'fr')).toEqual(response);

  // Nothing was fetched from anywhere but the package itself.
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('opened from file://, caption tracks load (embedded in index.html at build, issue 16)', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(indexUrl);
  const pages = coursePages(course);
  const mediaPage = pages.findIndex((p) => p.blocks.some((b) => b.type === 'media'));
  expect(mediaPage).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < mediaPage; i++)
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
  await expectPageTitle(page, pages[mediaPage]!.title.fr!);
  // The default track (the page language) loads: readyState 2 (LOADED), not 3 (ERROR).
  const trackState = () =>
    page.evaluate(() => {
      const find = (root: Document | ShadowRoot): HTMLTrackElement | undefined => {
        const track = root.querySelector('track[default]');
        if (track) return track as HTMLTrackElement;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return undefined;
      };
      return find(document)?.readyState;
    });
  await expect.poll(trackState).toBe(2);
  await context.close();
});
