import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { conditionalPayload } from '../fixtures/conditional-course.ts';
import { h1, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const radio = (name: string) => page.getByRole('radio', { name });

describe('conditional content in the player', () => {
  test('the choice of a country saves it, reports it, and shows the pages of that country only', async () => {
    const { tracker } = await mountPlayer(conditionalPayload);
    await expect.element(h1()).toHaveTextContent('Votre pays');
    await expect.element(page.getByText('1 / 2 pages')).toBeVisible();
    await expect.element(page.getByRole('group', { name: 'Dans quel pays travaillez-vous ?' })).toBeVisible();
    await radio('Belgique').click();
    await expect.element(page.getByText('Choix enregistré : Belgique.', { exact: false })).toBeVisible();
    await expect.element(page.getByText('1 / 3 pages')).toBeVisible();
    const answered = tracker.of('answered').map((c) => c.interaction);
    expect(answered).toMatchObject([
      {
        id: 'choose-country',
        type: 'choice',
        description: 'Dans quel pays travaillez-vous ?',
        response: { type: 'choice', choices: ['be'] },
        correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
        result: 'neutral',
        weighting: 0,
      },
    ]);
    expect(tracker.lastState?.variables).toEqual({ country: 'be' });
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Se connecter en Belgique');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Quiz');
    await expect.element(page.getByText('Question générale')).toBeVisible();
    expect(page.getByText('Question France').elements()).toHaveLength(0);

    // Changing the country: the Belgian page goes, the French question comes.
    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.getByRole('button', { name: 'Précédent' }).click();
    await radio('France').click();
    // Every page still shown was seen: the hidden Belgian page no longer counts.
    await expect.element(page.getByText('2 / 2 pages')).toBeVisible();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Quiz');
    await expect.element(page.getByText('Question France')).toBeVisible();
  });

  test('choosing with the arrow keys keeps the focus on the radio: the next arrow moves on', async () => {
    await mountPlayer(conditionalPayload);
    await radio('France').click();
    await expect.element(page.getByText('Choix enregistré : France.', { exact: false })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByText('Choix enregistré : Belgique.', { exact: false })).toBeVisible();
    // The focus is on the radio chosen (following the open shadow roots), not lost to the page body.
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    expect(focused).toBeInstanceOf(HTMLInputElement);
    expect((focused as HTMLInputElement).labels?.[0]?.textContent).toBe('Belgique');
    expect((focused as HTMLInputElement).checked).toBe(true);
  });

  test('a launch parameter gives the country; a saved one wins over it on resume', async () => {
    const launched = await mountPlayer(conditionalPayload, { launchParameters: '{"country":"be"}' });
    await expect.element(radio('Belgique')).toBeChecked();
    await expect.element(page.getByText('1 / 3 pages')).toBeVisible();
    expect(launched.tracker.lastState?.variables).toEqual({ country: 'be' });
    document.body.replaceChildren();

    const resumed = await mountPlayer(conditionalPayload, {
      launchParameters: 'country=be',
      resume: { page: 'quiz', visited: ['choose', 'quiz'], answers: {}, variables: { country: 'fr' } },
    });
    await expect.element(h1()).toHaveTextContent('Quiz');
    await expect.element(page.getByText('Question France')).toBeVisible();
    expect(resumed.tracker.lastState?.variables).toEqual({ country: 'fr' });
  });

  test('a bookmark on a page the country hides falls back to the first page', async () => {
    await mountPlayer(conditionalPayload, {
      resume: { page: 'belgium', visited: ['choose', 'belgium'], answers: {}, variables: { country: 'fr' } },
    });
    await expect.element(h1()).toHaveTextContent('Votre pays');
    await expect.element(radio('France')).toBeChecked();
  });
});
