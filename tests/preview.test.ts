// End to end, `dlis preview` (issue 17): the real command in a child process on a 30-page course, the shell in
// real Chromium. A save reloads the course with the learner kept in place, a broken course.yaml shows its located
// error over the page until it is fixed, the SCORM 2004 target shows its data model live, and the xapi target
// shows each statement with its check against the DLIS xAPI profile.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setUpBrowser } from './support/browser-setup.ts';
import { startPreviewProcess, writePreviewCourse, type PreviewProcess } from './support/preview-process.ts';

const setup = setUpBrowser('preview');
let courseDir: string;
let preview: PreviewProcess | undefined;
let context: BrowserContext | undefined;
let page: Page;
let course: FrameLocator;
let runs = 0;

beforeEach(async () => {
  courseDir = join(setup.work, `course-${(runs += 1)}`);
  await writePreviewCourse(courseDir);
  preview = await startPreviewProcess(courseDir);
  context = await setup.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(preview.url);
  course = page.frameLocator('dlis-preview-app iframe');
  await expectHeading('Page 1');
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  await preview?.stop();
  preview = undefined;
});

const heading = () => course.getByRole('heading', { level: 1 }).first().textContent();
const expectHeading = (title: string) => expect.poll(heading).toBe(title);
const panel = () => page.locator('dlis-preview-panel');
const colourGroup = () => course.getByRole('radiogroup', { name: 'Which colour?' });

async function goToPage(n: number): Promise<void> {
  await course.getByRole('link', { name: `Page ${n}`, exact: true }).click();
  await expectHeading(`Page ${n}`);
}

async function answerColour(): Promise<void> {
  await colourGroup().getByRole('radio', { name: 'Blue', exact: true }).check();
  await course.getByRole('button', { name: 'Check', exact: true }).click();
}

async function chooseTarget(target: string): Promise<void> {
  await panel().getByLabel('Target').selectOption(target);
}

describe('dlis preview', () => {
  test('a saved Markdown file shows in the page, the learner keeps the page and the answer', async () => {
    await goToPage(2);
    await answerColour();
    await expect.poll(() => colourGroup().getByRole('radio', { name: 'Blue' }).isChecked()).toBe(true);

    // A mark on the course page's window: it survives an update in place, not a new page.
    const frame = () => page.frame({ url: /\/__dlis\/course\// })!;
    const marked = () => frame().evaluate(() => 'dlisTestMark' in window);
    await frame().evaluate(() => Object.assign(window, { dlisTestMark: true }));

    await writeFile(join(courseDir, 'pages', 'p2.en.md'), 'Text of page 2, **edited**.\n');

    await expect.poll(() => course.getByText('Text of page 2, edited.').count()).toBe(1);
    expect(await heading()).toBe('Page 2');
    await expect.poll(() => colourGroup().getByRole('radio', { name: 'Blue' }).isChecked()).toBe(true);
    expect(preview!.output()).toMatch(/reloaded in \d+ ms/);
    expect(await marked()).toBe(true); // updated in place: no navigation

    // An edit that needs more player code (a callout: the blocks add-on) launches the page again, place kept.
    const yaml = await readFile(join(courseDir, 'course.yaml'), 'utf8');
    const callout = `          - type: callout
            variant: info
            text: { fr: Un encadré., en: A callout. }
`;
    await writeFile(
      join(courseDir, 'course.yaml'),
      yaml.replace('            file: pages/p2.md\n', `            file: pages/p2.md\n${callout}`),
    );
    await expect.poll(() => course.getByText('A callout.').count()).toBe(1);
    expect(await heading()).toBe('Page 2');
    await expect.poll(() => colourGroup().getByRole('radio', { name: 'Blue' }).isChecked()).toBe(true);
    expect(await marked()).toBe(false);
  });

  test('a broken course.yaml shows its located error over the page; fixing it removes the error', async () => {
    const file = join(courseDir, 'course.yaml');
    const source = await readFile(file, 'utf8');
    const line = source.split('\n').findIndex((l) => l.startsWith('completion:')) + 1;
    await writeFile(file, source.replace('completion: all-pages-viewed', 'completion: every-page'));

    const overlay = page.locator('dlis-preview-overlay');
    await expect
      .poll(() => overlay.locator('.where').first().textContent())
      .toMatch(new RegExp(`course\\.yaml:${line}:\\d+$`));
    expect(await overlay.locator('.path').first().textContent()).toBe('completion');
    expect(await overlay.getByRole('alert').count()).toBe(1);
    expect(preview!.output()).toContain(`course.yaml:${line}:`);

    await writeFile(file, source);
    await expect.poll(() => overlay.count()).toBe(0);
    await expectHeading('Page 1');
  });

  test('switched to scorm2004, the panel shows cmi.location as the learner moves', async () => {
    await chooseTarget('scorm2004');
    const location = panel().locator('[data-name="cmi.location"]');
    await expect.poll(() => location.textContent()).toBe('p1');
    await goToPage(3);
    await expect.poll(() => location.textContent()).toBe('p3');
    expect(await panel().locator('[data-name="cmi.core.lesson_location"]').count()).toBe(0);
  });

  test('in xapi mode, answering a question shows its statement with the profile check ✓', async () => {
    await chooseTarget('xapi');
    await goToPage(2);
    await answerColour();
    const answered = panel().locator('li[data-verb="answered"]');
    await expect.poll(() => answered.count()).toBeGreaterThan(0);
    expect(await answered.first().getAttribute('data-valid')).toBe('true');
    expect(await answered.first().locator('summary').textContent()).toContain('✓');
  });

  test('scorm2004 with xAPI reporting (hybrid): the statements show with their profile check ✓', async () => {
    await chooseTarget('scorm2004');
    await panel().getByLabel('xAPI reporting beside SCORM or web (hybrid)').check();
    await goToPage(2);
    await answerColour();
    const answered = panel().locator('li[data-verb="answered"]');
    await expect.poll(() => answered.count()).toBeGreaterThan(0);
    expect(await answered.first().getAttribute('data-valid')).toBe('true');
    expect(await answered.first().locator('summary').textContent()).toContain('✓');
    // Beside SCORM: the LMS keeps its data model as without xAPI.
    await expect.poll(() => panel().locator('[data-name="cmi.location"]').textContent()).toBe('p2');
  });

  test('"check page" lists the accessibility violations of the page with their elements', async () => {
    await writeFile(join(courseDir, 'pages', 'p1.en.md'), 'Text of page 1, [](https://example.org/).\n');
    await expect.poll(() => course.getByText('Text of page 1,').count()).toBe(1);
    await panel().getByRole('button', { name: 'Check page' }).click();
    const rule = panel().locator('.violations li[data-rule="link-name"]');
    await expect.poll(() => rule.count()).toBe(1);
    expect(await rule.locator('code').first().textContent()).toContain('a');
    expect(await rule.locator('pre').first().textContent()).toContain('href="https://example.org/"');
  });

  test('SCORM 1.2 attempt controls: leave and come back resumes, review mode reaches the LMS, reset starts over', async () => {
    await goToPage(4);
    const entry = panel().locator('[data-name="cmi.core.entry"]');
    await panel().getByRole('button', { name: 'Leave and come back' }).click();
    await expect.poll(() => entry.textContent()).toBe('resume');
    await expectHeading('Page 4');

    await panel().getByLabel('Review mode').check();
    await expect
      .poll(() => panel().locator('[data-name="cmi.core.lesson_mode"]').textContent())
      .toBe('review');
    await expectHeading('Page 4');
    await panel().getByLabel('Review mode').uncheck();

    await panel().getByRole('button', { name: 'Reset the attempt' }).click();
    await expect.poll(() => entry.textContent()).toBe('ab-initio');
    await expectHeading('Page 1');
  });

  test('cmi5: launched with its LaunchData; statements wait during an LRS outage and arrive after it', async () => {
    await chooseTarget('cmi5');
    const verbs = () =>
      panel()
        .locator('li[data-verb]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-verb')));
    await expect.poll(verbs).toContain('initialized');
    await panel().getByLabel('LRS outage').check();
    // The panel counts the requests refused (503) since the outage began, once the server has it on.
    const refused = panel().locator('.refused');
    await expect.poll(() => refused.count()).toBe(1);
    await goToPage(2);
    await answerColour();
    // The player's requests are refused while the outage lasts: the answer waits in its durable queue.
    await expect
      .poll(async () => Number(/(\d+)$/.exec((await refused.textContent()) ?? '')?.[1] ?? 0))
      .toBeGreaterThan(0);
    expect(await verbs()).not.toContain('answered');
    await panel().getByLabel('LRS outage').uncheck();
    await expect.poll(verbs).toContain('answered');
    const checks = await panel()
      .locator('li[data-verb]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-valid')));
    expect(checks.every((valid) => valid === 'true')).toBe(true);
  });
});
