import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DlisPlayer } from '../../src/components/dlis-player.ts';
import { featureCourse, featurePayload } from '../fixtures/feature-course.ts';
import { deepActiveElement, h1, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById('dlis-fonts')?.remove();
  document.documentElement.className = '';
});

describe('content blocks', () => {
  test('media: native controls, no autoplay, captions per language, transcript disclosure', async () => {
    await mountPlayer(featurePayload);
    await expect.element(h1()).toHaveTextContent('Blocs');
    const video = page.getByLabelText('Présentation').element() as HTMLVideoElement;
    expect(video.tagName).toBe('VIDEO');
    expect(video.controls).toBe(true);
    expect(video.autoplay).toBe(false);
    expect(video.getAttribute('preload')).toBe('metadata');
    const tracks = [...video.querySelectorAll('track')].map((t) => [t.kind, t.srclang, t.label, t.default]);
    expect(tracks).toEqual([
      ['captions', 'fr', 'Français', true],
      ['captions', 'en', 'English', false],
    ]);
    expect(video.querySelector('source')?.getAttribute('src')).toBe('assets/v-fr.mp4');
    const transcript = page.getByText('Transcription', { exact: true });
    await transcript.click();
    await expect.element(page.getByText('Bonjour à toutes et à tous.')).toBeVisible();
  });

  test('accordion items open with the keyboard', async () => {
    await mountPlayer(featurePayload);
    await expect.element(h1()).toHaveTextContent('Blocs');
    const summary = page.getByText('Pourquoi ?');
    (summary.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Parce que.')).toBeVisible();
    expect(page.getByText('Ainsi.').element().checkVisibility()).toBe(false);
  });

  test('tabs: tablist pattern with arrows, Home/End and a roving tabindex', async () => {
    await mountPlayer(featurePayload);
    await expect.element(page.getByRole('tablist', { name: 'Profils' })).toBeVisible();
    const first = page.getByRole('tab', { name: 'Jeunes' });
    await expect.element(first).toHaveAttribute('aria-selected', 'true');
    await expect.element(page.getByRole('tabpanel', { name: 'Jeunes' })).toHaveTextContent('Contenu jeunes.');
    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('tab', { name: 'Seniors' })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Seniors');
    await expect.element(page.getByRole('tabpanel', { name: 'Seniors' })).toBeVisible();
    expect(page.getByText('Contenu jeunes.').element().checkVisibility()).toBe(false);
    await userEvent.keyboard('{End}');
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Familles');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Jeunes');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Familles');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Jeunes');
    const tabindexes = page
      .getByRole('tab')
      .elements()
      .map((t) => t.getAttribute('tabindex'));
    expect(tabindexes).toEqual(['0', '-1', '-1']);
  });

  test('key figures, testimony and resources', async () => {
    await mountPlayer(featurePayload);
    await expect.element(page.getByText('27,7 %')).toBeVisible();
    await expect.element(page.getByText('Source : Insee 2023')).toBeVisible();
    await expect
      .element(page.getByRole('figure', { name: 'Témoignage' }))
      .toHaveTextContent('On m’a aidée sans me juger.');
    const download = page.getByRole('link', { name: /Guide/ });
    await expect.element(download).toHaveTextContent('Guide (PDF, 120 Ko)');
    await expect.element(download).toHaveAttribute('download');
    await expect.element(download).toHaveAttribute('href', 'assets/guide-fr.pdf');
    const external = page.getByRole('link', { name: /Site du projet/ });
    await expect
      .element(external)
      .toHaveAccessibleName('Site du projet (site externe) (ouvre un nouvel onglet)');
    await expect.element(external).toHaveAttribute('target', '_blank');
    await expect.element(external).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('checklist ticks are saved and restored', async () => {
    const { tracker } = await mountPlayer(featurePayload);
    await page.getByRole('checkbox', { name: 'Réserver une salle' }).click();
    await expect.element(page.getByText('1 sur 2 coché(s)')).toBeVisible();
    expect(tracker.lastState?.checklists).toEqual({ cl: ['i2'] });
    document.body.replaceChildren();
    await mountPlayer(featurePayload, { resume: tracker.lastState });
    await expect.element(page.getByRole('checkbox', { name: 'Réserver une salle' })).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Préparer les documents' })).not.toBeChecked();
  });

  test('glossary link: definition by keyboard, Escape closes, then the glossary page', async () => {
    await mountPlayer(featurePayload);
    const link = page.getByRole('link', { name: 'fracture numérique' });
    await expect.element(link).toHaveAttribute('aria-expanded', 'false');
    (link.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: 'Définition : Fracture numérique' });
    await expect.element(dialog).toHaveTextContent('Inégalité d’accès au numérique.');
    await expect.element(link).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => deepActiveElement()?.getAttribute('role')).toBe('dialog');
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.poll(() => deepActiveElement()?.textContent).toBe('fracture numérique');
    await userEvent.keyboard('{Enter}');
    await page.getByRole('link', { name: 'Voir dans le glossaire' }).click();
    await expect.element(h1()).toHaveTextContent('Glossaire');
    await expect.poll(() => deepActiveElement()?.id).toBe('glossary-fracture');
    await expect.element(page.getByRole('term').first()).toHaveTextContent('Fracture numérique');
  });

  test('tool sheet: the print button prints only the sheet, then restores the page', async () => {
    const seen: { htmlClass: boolean; attribute: string | null; hidden: number }[] = [];
    const original = DlisPlayer.print;
    const { player } = await mountPlayer(featurePayload);
    DlisPlayer.print = () => {
      const hidden =
        player.shadowRoot?.querySelector('dlis-page')?.shadowRoot?.querySelectorAll('.print-hide').length ??
        0;
      seen.push({
        htmlClass: document.documentElement.classList.contains('dlis-printing-sheet'),
        attribute: player.getAttribute('printing-sheet'),
        hidden,
      });
    };
    try {
      await page.getByRole('button', { name: 'Imprimer la fiche' }).click();
      await expect.poll(() => seen.length).toBe(1);
      // h1 + every block but the sheet are hidden from print.
      expect(seen[0]).toEqual({
        htmlClass: true,
        attribute: 'sheet',
        hidden: featureCourse.modules[0]!.pages[0]!.blocks.length,
      });
      window.dispatchEvent(new Event('afterprint'));
      await expect.poll(() => player.hasAttribute('printing-sheet')).toBe(false);
      expect(document.documentElement.classList.contains('dlis-printing-sheet')).toBe(false);
    } finally {
      DlisPlayer.print = original;
    }
  });

  test('theme: custom properties, document @font-face rules and the logo', async () => {
    const themed = {
      ...featurePayload,
      course: {
        ...featureCourse,
        theme: {
          logo: { path: 'assets/logo.png', alt: { fr: 'Logo DLIS', en: 'DLIS logo' } },
          colors: { primary: '#00528a', accent: '#b3003c', text: '#111111', background: '#fffdf8' },
          font: {
            family: 'Luciole',
            files: [{ path: 'assets/luciole.woff2', weight: 400, style: 'normal' as const }],
          },
        },
      },
    };
    const { player } = await mountPlayer(themed);
    // includeHidden: at the tests' phone width the one-line header leaves the logo out (issue 16).
    await expect
      .element(page.getByRole('img', { name: 'Logo DLIS', includeHidden: true }))
      .toBeInTheDocument();
    await expect
      .poll(() => getComputedStyle(player).getPropertyValue('--dlis-color-primary'))
      .toBe('#00528a');
    expect(getComputedStyle(player).fontFamily).toMatch(/^Luciole/);
    const fonts = document.getElementById('dlis-fonts');
    expect(fonts?.parentElement).toBe(document.head);
    expect(fonts?.textContent).toContain('url("assets/luciole.woff2")');
  });

  test('the default theme is unchanged without a course theme', async () => {
    const { player } = await mountPlayer(featurePayload);
    await expect.element(h1()).toHaveTextContent('Blocs');
    expect(getComputedStyle(player).getPropertyValue('--dlis-color-primary').trim()).toBe('#1a4f8b');
    expect(document.getElementById('dlis-fonts')).toBeNull();
  });

  test('UI strings in el, ro and de; content keeps its own lang when the UI falls back', async () => {
    const el = { ...featurePayload, course: { ...featureCourse, languages: ['el'], defaultLanguage: 'el' } };
    await mountPlayer(el, { learner: { language: 'el' } });
    await expect.element(page.getByRole('button', { name: 'Επόμενο' })).toBeVisible();
    expect(document.documentElement.lang).toBe('el');
    document.body.replaceChildren();
    const it = {
      ...featurePayload,
      course: { ...featureCourse, languages: ['it'], defaultLanguage: 'it', title: { it: 'Corso' } },
    };
    const { player } = await mountPlayer(it, { learner: { language: 'it' } });
    await expect.element(page.getByRole('button', { name: 'Next' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(player.shadowRoot?.querySelector('dlis-page')?.getAttribute('lang')).toBe('it');
    expect(player.shadowRoot?.querySelector('.course-title')?.getAttribute('lang')).toBe('it');
  });
});
