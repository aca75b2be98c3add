// End to end (issue 11): the player fits an LMS frame. Moodle shows a package in a frame; with the browser's
// default body margin and a `min-height: 100vh` player the document was 16 px taller than the frame, hence a
// second scrollbar. In a 1280×800 frame a short page must be exactly the frame's height. After Exit the player
// says what is true: in a frame, leave with the platform's button; in a window of its own, close it.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { coursePages, expectPageTitle } from './support/learner.ts';
import { firstSessionSeed, openLms } from './support/lms.ts';
import { startTemplateLms, type TemplateLms } from './support/template-lms.ts';

const templateDir = fileURLToPath(new URL('../templates/module/', import.meta.url));
const frameSize = { width: 1280, height: 800 };

let site: TemplateLms;

beforeAll(async () => {
  site = await startTemplateLms(templateDir);
});

afterAll(async () => {
  await site?.close();
});

/** The document's scroll height and visible height, in the package's own window. */
function documentHeights(target: Page | Frame): Promise<{ scroll: number; client: number }> {
  return target.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
}

test('in a 1280×800 LMS frame a short page is exactly the frame, and Exit says to use the platform', async () => {
  const lms = await openLms(site.browser, site.lmsUrl, {
    version: 'scorm2004',
    launchUrl: site.launchUrl('scorm2004'),
    seed: firstSessionSeed('scorm2004', site.manifests.scorm2004),
  });
  await lms.page.setViewportSize({ width: 1400, height: 1000 });
  await lms.page.evaluate(({ width, height }) => {
    const frame = document.getElementById('sco') as HTMLIFrameElement;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }, frameSize);
  const root = lms.frame();
  await expectPageTitle(root, coursePages(site.course)[0]!.title.en!);
  await root.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect.poll(() => root.getByRole('heading', { name: 'Session ended' }).count()).toBe(1);
  expect(await root.getByText("To leave, use your platform's exit or return button.").count()).toBe(1);

  const frame = await (await lms.page.$('#sco'))?.contentFrame();
  expect(frame).toBeTruthy();
  const heights = await documentHeights(frame!);
  expect(heights.client).toBe(frameSize.height);
  expect(heights.scroll).toBeLessThanOrEqual(heights.client);
  await lms.close();
});

test('opened in a window of its own, the package fills it and Exit says the window can be closed', async () => {
  const context = await site.browser.newContext({ locale: 'en-US', viewport: frameSize });
  const page = await context.newPage();
  // No LMS around it: the SCORM 1.2 package runs in local mode.
  await page.goto(new URL(site.launchUrl('scorm12'), site.lmsUrl).href);
  await page.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Session ended' }).count()).toBe(1);
  expect(await page.getByText('You can close this window.').count()).toBe(1);
  const heights = await documentHeights(page);
  expect(heights.client).toBe(frameSize.height);
  expect(heights.scroll).toBeLessThanOrEqual(heights.client);
  await context.close();
});
