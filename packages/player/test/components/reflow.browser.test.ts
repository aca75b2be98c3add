import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { featurePayload } from '../fixtures/feature-course.ts';
import { h1, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

// WCAG 1.4.10 Reflow: at 320 CSS px wide, no page of the feature course scrolls horizontally.
test.each(['blocks', 'questions', 'bank-page', 'scenario-page', 'glossary-page'])(
  'no horizontal scroll at 320 px on %s',
  async (pageId) => {
    await page.viewport(320, 640);
    await mountPlayer(featurePayload, {
      resume: { page: pageId, visited: [pageId], answers: {}, scenarios: { sc1: { path: [], runs: 1 } } },
    });
    await expect.element(h1()).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  },
);
