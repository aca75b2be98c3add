// A course's own look, end to end: its logo and the Atkinson Hyperlegible font travel in the package, the player
// uses them from file://, and the result still has no accessibility violation.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { setUpBrowser } from './support/browser-setup.ts';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { buildPackageSite, type PackageSite } from './support/package-site.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));

const env = setUpBrowser('theme');
let site: PackageSite;

beforeAll(async () => {
  // The template, with a logo and the built-in font added to its theme.
  const courseDir = join(env.work, 'themed');
  await cp(templateDir, courseDir, { recursive: true });
  await writeFile(
    join(courseDir, 'assets', 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">' +
      '<rect width="120" height="40" fill="#1d4f91"/><text x="10" y="27" fill="#fff" font-size="18">DLIS</text></svg>\n',
  );
  const yaml = await readFile(join(courseDir, 'course.yaml'), 'utf8');
  await writeFile(
    join(courseDir, 'course.yaml'),
    yaml.replace(
      /^theme:\n/m,
      'theme:\n  logo: { src: assets/logo.svg, alt: { fr: Projet DLIS, en: DLIS project } }\n  font: atkinson-hyperlegible\n',
    ),
  );
  site = await buildPackageSite(courseDir, 'web', env.work, 'en');
});

test('the logo and the shipped font are used, offline, with no axe violation', async () => {
  expect(site.course.theme?.font?.family).toBe('Atkinson Hyperlegible');
  const page = await env.browser.newPage({ locale: 'en' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.indexUrl);
  await expectPageTitle(page, coursePages(site.course)[0]!.title.en!);

  await expect.poll(() => page.getByRole('img', { name: 'DLIS project' }).count()).toBe(1);
  // The font files load from the package and the page's text uses them.
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.fonts.ready.then(() => document.fonts.check('16px "Atkinson Hyperlegible"')),
      ),
    )
    .toBe(true);
  const loaded = await page.evaluate(
    () => [...document.fonts].filter((f) => f.family.includes('Atkinson') && f.status === 'loaded').length,
  );
  expect(loaded).toBeGreaterThan(0);
  expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);

  expect(await axeViolations(page, 'themed course')).toEqual([]);
  await page.close();
});
