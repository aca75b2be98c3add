import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/addon-visual-a.ts';
import { visualPayload } from '../fixtures/visual-course.ts';
import { deepActiveElement, h1, mountPlayer, openMore } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById('dlis-fonts')?.remove();
  document.documentElement.className = '';
});

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** The shadow roots of every element `tag` on the page, looking inside the player's shadow roots. */
function shadowsOf(tag: string): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === tag && element.shadowRoot) found.push(element.shadowRoot);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** The shadow root of the first `tag`, once the add-on has rendered it. */
async function shadowOf(tag: string): Promise<ShadowRoot> {
  await expect.poll(() => shadowsOf(tag)[0]?.childElementCount ?? 0).toBeGreaterThan(0);
  return shadowsOf(tag)[0]!;
}

describe('visual blocks (visual-a add-on)', () => {
  test('banner: the title is a heading on the primary panel; image-text keeps the reading order', async () => {
    await mountPlayer(visualPayload);
    await expect.element(h1()).toHaveTextContent('Des blocs à voir');
    await expect.element(page.getByRole('heading', { level: 2, name: 'Bienvenue au guichet' })).toBeVisible();
    await expect.element(page.getByRole('img', { name: 'Un cercle blanc sur fond bleu' })).toBeVisible();
    const panel = (await shadowOf('dlis-banner')).querySelector('.panel')!;
    const host = getComputedStyle(panel);
    expect(host.color).not.toBe(host.backgroundColor);
    expect(host.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // Left: image then text; right: text then image (the order seen is the order read).
    const order = (root: ShadowRoot) =>
      [...root.querySelector('.image-text')!.children].map((c) => c.localName);
    await shadowOf('dlis-image-text');
    const [left, right] = shadowsOf('dlis-image-text');
    expect(order(left!)).toEqual(['img', 'div']);
    expect(order(right!)).toEqual(['div', 'img']);
    expect(right!.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(await axeViolations()).toEqual([]);
  });

  test('flashcards: toggle buttons flip with Enter and Space, the side shown is announced, the other inert', async () => {
    await mountPlayer(visualPayload);
    const list = page.getByRole('list', { name: 'Mots clés' });
    await expect.element(list).toBeVisible();
    const first = page.getByRole('button', { name: 'Retourner la carte 1 sur 2' });
    await expect.element(first).toHaveAttribute('aria-pressed', 'false');
    const root = await shadowOf('dlis-flashcards');
    const card = (i: number) => root.querySelectorAll('li')[i]!;
    expect(card(0).querySelector('.back')!.hasAttribute('inert')).toBe(true);
    expect(card(0).querySelector('.front')!.hasAttribute('inert')).toBe(false);

    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(first).toHaveAttribute('aria-pressed', 'true');
    const live = root.querySelector('[aria-live="polite"]')!;
    await expect
      .poll(() => live.textContent?.replace(/\s+/g, ' ').trim())
      .toBe('Verso : Des démarches faites en ligne plutôt que sur papier.');
    expect(card(0).querySelector('.back')!.hasAttribute('inert')).toBe(false);
    expect(card(0).querySelector('.front')!.hasAttribute('inert')).toBe(true);
    expect(deepActiveElement()?.textContent).toContain('Retourner la carte');
    expect(await axeViolations()).toEqual([]);

    await userEvent.keyboard(' ');
    await expect.element(first).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => live.textContent?.replace(/\s+/g, ' ').trim()).toBe('Recto : Dématérialisation');

    // Tab reaches the second card's button; a link on a back face is reachable only once that side shows.
    await userEvent.tab();
    expect(deepActiveElement()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Retourner la carte 2 sur 2');
    await userEvent.keyboard('{Enter}');
    await expect.element(list.getByRole('link', { name: 'la source' })).toBeVisible();
    expect(live.querySelector('a')).toBeNull();
  });

  test('flashcards: a click on the card flips it; printed, both sides show without rotation', async () => {
    await mountPlayer(visualPayload);
    const root = await shadowOf('dlis-flashcards');
    await page.getByText('Non-recours').click();
    await expect
      .element(page.getByRole('button', { name: 'Retourner la carte 2 sur 2' }))
      .toHaveAttribute('aria-pressed', 'true');
    const sheet = [...root.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
    const print = sheet.filter((rule) => rule.startsWith('@media print')).join('\n');
    expect(print).toMatch(/transform: none/);
    expect(print).toMatch(/backface-visibility: visible/);
    const reduced = sheet.filter((rule) => rule.includes('prefers-reduced-motion')).join('\n');
    expect(reduced).toMatch(/transition: none !important/);
  });

  test('in English: the UI strings of the add-on and the English texts, axe-clean', async () => {
    await mountPlayer(visualPayload);
    await openMore();
    await page.getByRole('combobox', { name: 'Langue' }).selectOptions('en');
    await expect.element(h1()).toHaveTextContent('Blocks to see');
    const flip = page.getByRole('button', { name: 'Flip the card 1 of 2' });
    await flip.click();
    await expect.element(flip).toHaveAttribute('aria-pressed', 'true');
    const back = (await shadowOf('dlis-flashcards')).querySelector('li .back')!;
    expect(back.textContent).toContain('Procedures done online rather than on paper.');
    expect(back.hasAttribute('inert')).toBe(false);
    expect(await axeViolations()).toEqual([]);
  });
});
