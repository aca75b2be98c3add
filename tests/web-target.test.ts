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
    .toContain('progression conservée uniquement dans ce navigateur');

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
