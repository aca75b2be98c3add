// The visual-b add-on's blocks (process, labelled graphic) and the scenario's dialogue look, in real Chromium:
// keyboard only, focus, print and reduced-motion styles, axe (WCAG 2.1 A/AA) at each state.
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { LabelledGraphicBlock, ProcessBlock, ScenarioBlock } from '@dlis/course/compiled';
import '../../src/addon-scenario.ts';
import '../../src/addon-visual-b.ts';
import type { ExperiencedDetail } from '../../src/components/experienced-event.ts';
import { darkDeclarations, scaleDeclarations, themeDeclarations } from '../../src/theme-tokens.ts';
import { deepActiveElement } from './helpers.ts';

const both = (fr: string, en: string) => ({ fr, en });

/** A 400 × 300 picture made here (an SVG data URL), so the test needs no file. */
const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#dde"/></svg>',
)}`;

const processBlock: ProcessBlock = {
  type: 'process',
  id: 'pr',
  title: both('Les étapes', 'The steps'),
  steps: [
    { id: '1', title: both('Accueillir', 'Welcome'), html: both('<p>Écouter.</p>', '<p>Listen.</p>') },
    { id: '2', title: both('Faire avec', 'Do with'), html: both('<p>Guider.</p>', '<p>Guide.</p>') },
    {
      id: '3',
      title: both('Rendre autonome', 'Empower'),
      html: both('<p>Laisser faire.</p>', '<p>Let do.</p>'),
    },
  ],
};

const graphicBlock: LabelledGraphicBlock = {
  type: 'labelled-graphic',
  id: 'lg',
  src: picture,
  width: 400,
  height: 300,
  alt: both('Une page de site marchand', 'A shop web page'),
  markers: [
    {
      id: 'a',
      x: 10,
      y: 8,
      label: both('Adresse', 'Address'),
      html: both('<p>Lire l’adresse.</p>', '<p>Read it.</p>'),
    },
    { id: 'b', x: 90, y: 80, label: both('Prix', 'Price') },
  ],
};

const dialogue: ScenarioBlock = {
  type: 'scenario',
  id: 'sc',
  title: both('Le dossier', 'The file'),
  start: 's1',
  scored: false,
  points: 1,
  maxScore: 0,
  characters: [
    {
      id: 'martin',
      name: both('M. Martin', 'Mr Martin'),
      avatar: picture,
      alt: both('Un homme âgé', 'An old man'),
    },
    { id: 'voix', name: both('Voisine', 'Neighbour') },
  ],
  situations: [
    {
      id: 's1',
      speaker: 'martin',
      html: both('<p>Je ne comprends pas ce courrier.</p>', '<p>I do not understand this letter.</p>'),
      choices: [{ id: 'c1', label: both('Je lis avec lui', 'I read it with him'), score: 0, next: 's2' }],
      interaction: {
        type: 'choice',
        choices: [{ id: 'c1', description: both('Je lis avec lui', 'I read it with him') }],
      },
      correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
    },
    {
      id: 's2',
      speaker: 'voix',
      html: both('<p>Il est revenu.</p>', '<p>He came back.</p>'),
      choices: [{ id: 'c2', label: both('Je l’accueille', 'I welcome him'), score: 0, next: 'fin' }],
      interaction: {
        type: 'choice',
        choices: [{ id: 'c2', description: both('Je l’accueille', 'I welcome him') }],
      },
      correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
    },
  ],
  endings: [{ id: 'fin', html: both('<p>Fin.</p>', '<p>End.</p>'), tone: 'positive' }],
};

/** Mounts an element of the add-ons in a themed host, as the player's page does. */
async function mount<K extends 'dlis-process' | 'dlis-labelled-graphic' | 'dlis-scenario'>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  dark = false,
): Promise<HTMLElementTagNameMap[K]> {
  const style = document.createElement('style');
  const colours = dark ? darkDeclarations : themeDeclarations;
  style.textContent = `body { ${colours.cssText} ${scaleDeclarations.cssText} background: var(--dlis-color-background); color: var(--dlis-color-text); }`;
  document.head.append(style);
  document.documentElement.lang = 'fr';
  const main = document.createElement('main');
  const h1 = document.createElement('h1');
  h1.textContent = 'Page';
  const element = Object.assign(document.createElement(tag), props);
  main.append(h1, element);
  document.body.append(main);
  await element.updateComplete;
  return element;
}

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Chromium's emulated media type and reduced-motion preference (DevTools protocol). */
async function emulate(media: 'screen' | 'print', reducedMotion = false): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    media,
    features: [{ name: 'prefers-reduced-motion', value: reducedMotion ? 'reduce' : 'no-preference' }],
  });
}

/** Whether the paragraph of an add-on element (in its shadow root) with this text is shown. */
function visible(text: string): boolean {
  const paragraphs = [
    ...document.querySelectorAll('dlis-process, dlis-labelled-graphic, dlis-scenario'),
  ].flatMap((element) => [...(element.shadowRoot?.querySelectorAll('p') ?? [])]);
  const found = paragraphs.find((p) => p.textContent?.trim() === text);
  if (!found) throw new Error(`no paragraph '${text}'`);
  return found.checkVisibility();
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.querySelectorAll('style').forEach((s) => s.remove());
});

describe('process', () => {
  test('step by step with the keyboard: "Step n of N", focus on the step, experienced at the last', async () => {
    const element = await mount('dlis-process', { block: processBlock });
    const experienced: ExperiencedDetail[] = [];
    document.addEventListener('dlis-experienced', (e) =>
      experienced.push((e as CustomEvent<ExperiencedDetail>).detail),
    );
    await expect.element(page.getByRole('heading', { name: 'Étape 1 sur 3 Accueillir' })).toBeVisible();
    expect(visible('Guider.')).toBe(false);
    await expect.element(page.getByRole('button', { name: 'Étape précédente' })).toBeDisabled();
    expect(await axeViolations()).toEqual([]);

    page.getByRole('button', { name: 'Étape suivante' }).element().focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => deepActiveElement()?.textContent?.replace(/\s+/g, ' ').trim())
      .toBe('Étape 2 sur 3 Faire avec');
    expect(visible('Guider.')).toBe(true);
    expect(visible('Écouter.')).toBe(false);
    expect(experienced).toEqual([]);

    await userEvent.tab(); // into the step's text has no stop: Previous, then Next
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => deepActiveElement()?.textContent).toContain('Étape 3 sur 3');
    expect(experienced).toEqual([{ blockId: 'pr' }]);
    await expect.element(page.getByRole('button', { name: 'Étape suivante' })).toBeDisabled();
    expect(await axeViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Afficher toutes les étapes' }).click();
    for (const text of ['Écouter.', 'Guider.', 'Laisser faire.']) expect(visible(text)).toBe(true);
    await expect.element(page.getByRole('button', { name: 'Afficher étape par étape' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    expect(experienced).toHaveLength(1);
    element.remove();
  });

  test('every step in print; all at once under reduced motion', async () => {
    await mount('dlis-process', { block: processBlock });
    await emulate('print');
    const printed = () => ['Écouter.', 'Guider.', 'Laisser faire.'].map(visible);
    expect(printed()).toEqual([true, true, true]);
    const nav = document.querySelector('dlis-process')!.shadowRoot!.querySelector('.nav')!;
    expect(nav.checkVisibility()).toBe(false);
    await emulate('screen');
    expect(printed()).toEqual([true, false, false]);
    document.body.replaceChildren();
    await emulate('screen', true);
    await mount('dlis-process', { block: processBlock, language: 'en' });
    for (const text of ['Listen.', 'Guide.', 'Let do.']) expect(visible(text)).toBe(true);
    await expect.element(page.getByRole('button', { name: 'Show step by step' })).toBeVisible();
    await emulate('screen');
  });
});

describe('labelled graphic', () => {
  test('markers in numbered Tab order, each opens its explanation; Escape and Close give focus back', async () => {
    await mount('dlis-labelled-graphic', { block: graphicBlock });
    await expect.element(page.getByRole('img', { name: 'Une page de site marchand' })).toBeVisible();
    const first = page.getByRole('button', { name: 'Repère 1 : Adresse' });
    const second = page.getByRole('button', { name: 'Repère 2 : Prix' });
    for (const marker of [first, second]) {
      const box = marker.element().getBoundingClientRect();
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    expect(await axeViolations()).toEqual([]);

    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(first).toHaveAttribute('aria-expanded', 'true');
    const root = document.querySelector('dlis-labelled-graphic')!.shadowRoot!;
    const group = root.querySelector('[role="group"]')!;
    expect(group.querySelector('.prose')?.textContent).toBe('Lire l’adresse.');
    expect(group.checkVisibility()).toBe(true);
    expect(root.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe('1. Adresse');
    expect(first.element().getAttribute('aria-controls')).toBe(group.id);
    expect(await axeViolations()).toEqual([]);
    await userEvent.tab();
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Fermer');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => root.querySelector('[role="group"]')).toBeNull();
    await expect.poll(() => deepActiveElement()?.getAttribute('aria-label')).toBe('Repère 1 : Adresse');
    await expect.element(first).toHaveAttribute('aria-expanded', 'false');

    await userEvent.tab();
    await expect.poll(() => deepActiveElement()?.getAttribute('aria-label')).toBe('Repère 2 : Prix');
    await userEvent.keyboard(' ');
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => deepActiveElement()?.getAttribute('aria-label')).toBe('Repère 2 : Prix');
  });

  test('the list of every label: for screen readers on screen, printed with the image and its markers', async () => {
    await mount('dlis-labelled-graphic', { block: graphicBlock });
    const list = page.getByRole('list');
    await expect.element(list).toHaveTextContent('Adresse');
    await expect.element(list).toHaveTextContent('Lire l’adresse.');
    const box = () => list.element().parentElement!.getBoundingClientRect();
    expect(box().width).toBeLessThanOrEqual(1);
    await emulate('print');
    expect(box().width).toBeGreaterThan(100);
    expect(box().height).toBeGreaterThan(20);
    expect(page.getByRole('button', { name: 'Repère 1 : Adresse' }).element().checkVisibility()).toBe(true);
    await emulate('screen');
  });
});

describe('labelled graphic on a phone', () => {
  /** The markers of M6's fake-site graphic: near every edge and corner, with explanations of its length. */
  const phoneBlock: LabelledGraphicBlock = {
    ...graphicBlock,
    width: 800,
    height: 600,
    src: `data:image/svg+xml,${encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#dde"/></svg>',
    )}`,
    markers: [
      [92, 7],
      [5, 16],
      [93, 45],
      [4, 84],
      [50, 96],
    ].map(([x, y], i) => ({
      id: `m${i}`,
      x: x!,
      y: y!,
      label: both(`Repère de test ${i}`, `Test marker ${i}`),
      html: both(
        '<p>En France, une demande d’acte de naissance est gratuite sur le site officiel ou à la mairie. Un tarif est un signe fort de faux site.</p>',
        '<p>In France, a birth-certificate request is free on the official site or at the town hall. A fee is a strong sign of a fake site.</p>',
      ),
    })),
  };

  afterEach(async () => {
    await page.viewport(414, 896);
  });

  test.each([390, 320])(
    'at %i px every explanation is inside the viewport and the image, no sideways scroll',
    async (width) => {
      await page.viewport(width, 700);
      const graphic = await mount('dlis-labelled-graphic', { block: phoneBlock });
      const root = graphic.shadowRoot!;
      const image = root.querySelector('img')!;
      for (const [i, marker] of [...root.querySelectorAll<HTMLButtonElement>('button.marker')].entries()) {
        marker.focus();
        await userEvent.keyboard('{Enter}');
        await expect.element(page.getByRole('group')).toBeVisible();
        const box = root.querySelector('[role="group"]')!.getBoundingClientRect();
        const picture = image.getBoundingClientRect();
        expect(box.left, `marker ${i}`).toBeGreaterThanOrEqual(0);
        expect(box.right, `marker ${i}`).toBeLessThanOrEqual(window.innerWidth);
        // Not over the picture, whose markers stay where they are; and never over the hint or title above it.
        expect(box.top, `marker ${i}`).toBeGreaterThanOrEqual(picture.bottom);
        const m = marker.getBoundingClientRect();
        // The markers stay on the picture (half a marker may stick out at its edge).
        expect(m.top, `marker ${i}`).toBeGreaterThanOrEqual(picture.top - m.height / 2);
        expect(m.bottom, `marker ${i}`).toBeLessThanOrEqual(picture.bottom + m.height / 2);
        expect(document.documentElement.scrollWidth, `marker ${i}`).toBeLessThanOrEqual(window.innerWidth);
        // Escape closes it; focus goes back to the marker, as on wide screens.
        await userEvent.keyboard('{Escape}');
        await expect.poll(() => root.querySelector('[role="group"]')).toBeNull();
        await expect.poll(() => deepActiveElement()).toBe(marker);
      }
      expect(await axeViolations()).toEqual([]);
    },
  );
});

test('dark colours: the process, an open marker and the dialogue stay axe-clean', async () => {
  await mount('dlis-process', { block: processBlock }, true);
  const graphic = await mount('dlis-labelled-graphic', { block: graphicBlock }, true);
  graphic.shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!.click();
  await graphic.updateComplete;
  await mount('dlis-scenario', { block: dialogue, saved: { path: ['c1'], runs: 1 } }, true);
  expect(await axeViolations()).toEqual([]);
});

describe('scenario dialogue', () => {
  test('speech bubbles start with the speaker’s name as text; the learner’s answer is their own bubble', async () => {
    const element = await mount('dlis-scenario', { block: dialogue, saved: { path: [] } as never });
    await expect.element(page.getByText('M. Martin')).toBeVisible();
    await expect.element(page.getByRole('img', { name: 'Un homme âgé' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    element.saved = { path: ['c1'] } as never;
    await element.updateComplete;
    await expect.element(page.getByText('Voisine')).toBeVisible();
    await expect.element(page.getByText('Vous', { exact: true })).toBeVisible();
    await expect.element(page.getByText('Il est revenu.')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });
});
