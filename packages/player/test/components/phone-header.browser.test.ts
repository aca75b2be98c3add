import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { payload } from '../fixtures/course.ts';
import { featurePayload } from '../fixtures/feature-course.ts';
import { deepActiveElement, h1, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const header = () => document.querySelector('dlis-player')!.shadowRoot!.querySelector('header')!;

/** A button of the header by its text, shown or not (a hidden one has no role to find it by). */
const headerButton = (text: string) =>
  [...header().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

/** The top of each shown child of the header: one line when they all share it (give or take centring). */
const lineTops = () =>
  [...header().children]
    .filter((c) => (c as HTMLElement).offsetParent !== null && getComputedStyle(c).display !== 'none')
    .map((c) => c.getBoundingClientRect())
    .filter((r) => r.height > 0)
    .map((r) => r.top + r.height / 2);

test.each([390, 320])('at %i px the header is one line: Contents, progress, More', async (width) => {
  await page.viewport(width, 700);
  await mountPlayer(featurePayload);
  await expect.element(h1()).toBeVisible();
  const more = page.getByRole('button', { name: 'Plus' });
  await expect.element(more).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Sommaire' })).toBeVisible();
  await expect.element(page.getByRole('progressbar')).toBeVisible();
  // Language and Exit wait behind "More".
  expect(headerButton('Quitter').checkVisibility()).toBe(false);
  const centres = lineTops();
  expect(centres.length).toBe(3);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
});

test('More opens by keyboard, holds language and Exit, Escape closes it and the focus returns', async () => {
  await page.viewport(390, 700);
  await mountPlayer(payload);
  await expect.element(h1()).toHaveTextContent('Bienvenue');
  const more = page.getByRole('button', { name: 'Plus' });
  expect(more.element().getAttribute('aria-expanded')).toBe('false');
  expect(more.element().getAttribute('aria-controls')).toBe('tools');
  (more.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => more.element().getAttribute('aria-expanded')).toBe('true');
  const language = page.getByRole('combobox', { name: 'Langue' });
  await expect.element(language).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Quitter' })).toBeVisible();
  await userEvent.keyboard('{Tab}');
  expect(deepActiveElement()).toBe(language.element());
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => more.element().getAttribute('aria-expanded')).toBe('false');
  expect(deepActiveElement()).toBe(more.element());
  expect(headerButton('Quitter').checkVisibility()).toBe(false);
});

test('wider than 600 px there is no More button: language and Exit are in the header', async () => {
  await page.viewport(700, 700);
  await mountPlayer(payload);
  await expect.element(h1()).toHaveTextContent('Bienvenue');
  expect(headerButton('Plus').checkVisibility()).toBe(false);
  await expect.element(page.getByRole('button', { name: 'Quitter' })).toBeVisible();
});
