import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PlayerPayload } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { drawIds } from '../../src/logic/bank-draw.ts';
import { featureCourse, featurePayload } from '../fixtures/feature-course.ts';
import { deepActiveElement, h1, mountPlayer, openMenuAndGo } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const at = (page: string, extra: Partial<LearnerState> = {}): LearnerState => ({
  page,
  visited: [page],
  answers: {},
  bankSeeds: { bank: 1234 },
  ...extra,
});

const onSubmit: PlayerPayload = {
  ...featurePayload,
  course: { ...featureCourse, assessment: { ...featureCourse.assessment, feedback: 'on-submit' } },
};

describe('question kinds', () => {
  test('matching: one labelled select per source, scored by pairs', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('questions') });
    await expect.element(h1()).toHaveTextContent('Questions');
    await page.getByRole('combobox', { name: 'Courriel' }).selectOptions('Écrire');
    await page.getByRole('combobox', { name: 'Carte' }).selectOptions('Payer');
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await expect.element(page.getByText('Réponse incorrecte.')).toBeVisible();
    const record = tracker.of('answered')[0]?.interaction;
    expect(record).toMatchObject({
      id: 'm1',
      type: 'matching',
      response: {
        type: 'matching',
        pairs: [
          ['mail', 'write'],
          ['map', 'pay'],
        ],
      },
      result: 'incorrect',
    });
    expect(tracker.lastState?.answers['m1']).toEqual({ response: ['write', 'pay'], attempts: 1 });
  });

  test('ordering by keyboard: move buttons named after the item, live position, focus kept', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('questions') });
    const items = () =>
      page
        .getByRole('listitem')
        .elements()
        .filter((li) => li.classList.contains('order-item'))
        .map((li) => li.getAttribute('data-id'));
    await expect.element(h1()).toHaveTextContent('Questions');
    await expect.poll(() => items()).toHaveLength(3);
    const initial = items();
    expect(initial).not.toEqual(['first', 'second', 'third']);
    // Sort with the buttons, keyboard only.
    const target = ['first', 'second', 'third'];
    const label = { first: 'Allumer', second: 'Se connecter', third: 'Naviguer' } as const;
    for (let guard = 0; guard < 6 && items().join() !== target.join(); guard++) {
      const order = items();
      const i = order.findIndex((id, k) => id !== target[k]);
      const wanted = target[i] as keyof typeof label;
      const from = order.indexOf(wanted);
      const button = page.getByRole('button', { name: `Monter : ${label[wanted]}` });
      (button.element() as HTMLElement).focus();
      for (let k = from; k > i; k--) await userEvent.keyboard('{Enter}');
      await expect.poll(() => items().indexOf(wanted)).toBe(i);
      await expect.element(page.getByText(`${label[wanted]} : position ${i + 1} sur 3`)).toBeInTheDocument();
      expect(deepActiveElement()?.getAttribute('aria-label')).toMatch(label[wanted]);
    }
    expect(items()).toEqual(target);
    const check = page.getByRole('button', { name: 'Valider' }).nth(1);
    await check.click();
    await expect.element(page.getByText('Bonne réponse.')).toBeVisible();
    expect(tracker.of('answered').at(-1)?.interaction).toMatchObject({
      id: 'o1',
      type: 'sequencing',
      response: { type: 'sequencing', order: target },
      result: 'correct',
    });
  });

  test('fill-in with an attempt limit: the Check button goes when attempts are used up', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('questions') });
    const field = page.getByRole('textbox', { name: 'Votre réponse' }).first();
    await field.fill('animateur');
    const check = page.getByRole('button', { name: 'Valider' }).nth(2);
    await check.click();
    await expect.element(page.getByText('Essai(s) restant(s) : 1')).toBeVisible();
    await field.fill('  MEDIATEUR ');
    await check.click();
    await expect
      .element(page.getByText('Vous avez utilisé tous vos essais pour cette question.'))
      .toBeVisible();
    await expect.element(field).toBeDisabled();
    expect(page.getByRole('button', { name: 'Valider' }).elements()).toHaveLength(4);
    expect(tracker.of('answered').map((c) => [c.interaction.result, c.interaction.response])).toEqual([
      ['incorrect', { type: 'fill-in', text: 'animateur', caseMatters: false, lang: 'fr' }],
      ['correct', { type: 'fill-in', text: '  MEDIATEUR ', caseMatters: false, lang: 'fr' }],
    ]);
  });

  test('numeric: decimal input mode, "," accepted, unit shown, invalid text refused', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('questions') });
    const field = page.getByRole('textbox', { name: 'Votre réponse' }).nth(1);
    await expect.element(field).toHaveAttribute('inputmode', 'decimal');
    await expect.element(field).toHaveAccessibleDescription('%');
    const check = page.getByRole('button', { name: 'Valider' }).nth(3);
    await field.fill('beaucoup');
    await check.click();
    await expect.element(page.getByText('Saisissez un nombre, par exemple 12,5.')).toBeVisible();
    expect(tracker.of('answered')).toHaveLength(0);
    await field.fill('27,5');
    await check.click();
    await expect.element(page.getByText('Bonne réponse.')).toBeVisible();
    expect(tracker.of('answered')[0]?.interaction).toMatchObject({
      id: 'n1',
      response: { type: 'numeric', value: 27.5 },
      correctPatterns: { scorm12: [], scorm2004: ['27[:]28'], xapi: ['27[:]28'] },
    });
    expect(tracker.lastState?.answers['n1']?.response).toEqual(['27.5']);
  });

  test('likert: a radio group, recorded as neutral', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('questions') });
    await expect.element(page.getByRole('radiogroup', { name: 'Je me sens prêt·e.' })).toBeVisible();
    await page.getByRole('radio', { name: 'Un peu' }).click();
    await page.getByRole('button', { name: 'Valider' }).nth(4).click();
    await expect.element(page.getByText('Réponse enregistrée.')).toBeVisible();
    expect(tracker.of('answered')[0]?.interaction).toMatchObject({
      type: 'likert',
      response: { type: 'likert', choice: 'mid' },
      correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
      result: 'neutral',
    });
  });
});

describe('banks, feedback timing, attempts, review', () => {
  test('a bank shows the questions its seed draws; a resume keeps the draw', async () => {
    const drawn = drawIds(['bq1', 'bq2', 'bq3'], 2, 1234);
    const names = drawn.map((id) => `Question de banque ${id.slice(2)}`);
    const { tracker } = await mountPlayer(featurePayload, { resume: at('bank-page') });
    await expect.element(h1()).toHaveTextContent('Banque');
    const shown = () =>
      page
        .getByRole('radiogroup')
        .elements()
        .map((e) => e.querySelector('legend')?.textContent?.trim());
    await expect.poll(shown).toEqual(names);
    expect(tracker.lastState?.bankSeeds).toEqual({ bank: 1234 });
    document.body.replaceChildren();
    await mountPlayer(featurePayload, { resume: tracker.lastState });
    await expect.poll(shown).toEqual(names);
  });

  test('a missing seed is created and saved', async () => {
    const { tracker } = await mountPlayer(featurePayload);
    await expect.element(h1()).toHaveTextContent('Blocs');
    const seed = tracker.lastState?.bankSeeds?.['bank'];
    expect(Number.isInteger(seed)).toBe(true);
  });

  test("feedback 'on-submit': answer recorded only, then review with expected answers after submission", async () => {
    const { tracker } = await mountPlayer(onSubmit, { resume: at('questions') });
    await page.getByRole('combobox', { name: 'Courriel' }).selectOptions('Écrire');
    await page.getByRole('combobox', { name: 'Carte' }).selectOptions('Payer');
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await expect.element(page.getByText('Réponse enregistrée.')).toBeVisible();
    expect(page.getByText('Réponse incorrecte.').elements()).toHaveLength(0);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Résultats');
    await expect.element(page.getByText('Tentative 1 sur 2')).toBeVisible();
    await expect.element(page.getByText('1 question(s) répondue(s) sur 7')).toBeVisible();
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    await page.getByRole('button', { name: 'Soumettre quand même' }).click();
    await expect.element(page.getByText('Score : 11 %')).toBeVisible();
    expect(tracker.of('scored')[0]?.score).toMatchObject({ raw: 1, max: 9 });
    await openMenuAndGo(/^Questions/);
    await expect.element(h1()).toHaveTextContent('Questions');
    await expect.element(page.getByText('Réponse incorrecte.')).toBeVisible();
    await expect
      .element(page.getByText('Réponse attendue : Courriel → Écrire ; Carte → Se repérer'))
      .toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'Courriel' })).toBeDisabled();
    expect(page.getByRole('button', { name: 'Valider' }).elements()).toHaveLength(0);
  });

  test('a new attempt clears scored answers and redraws; the last attempt offers none', async () => {
    const done = at(':results', {
      page: 'questions',
      visited: ['questions'],
      answers: { m1: { response: ['write', 'find'], attempts: 1 }, l1: { response: ['yes'], attempts: 1 } },
      submitted: true,
      assessmentAttempts: 1,
    });
    const { tracker } = await mountPlayer(featurePayload, { resume: done });
    await expect.element(h1()).toHaveTextContent('Questions');
    await openMenuAndGo('Résultats');
    await expect.element(h1()).toHaveTextContent('Résultats');
    await page.getByRole('button', { name: 'Commencer une nouvelle tentative' }).click();
    await expect.element(page.getByText('Tentative 2 sur 2')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Soumettre l’évaluation' })).toBeVisible();
    const state = tracker.lastState;
    expect(state?.submitted).toBeUndefined();
    expect(state?.answers).toEqual({ l1: { response: ['yes'], attempts: 1 } });
    expect(state?.visited).toContain('questions');
    expect(state?.assessmentAttempts).toBe(1);
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    await page.getByRole('button', { name: 'Soumettre quand même' }).click();
    await expect.element(page.getByText('Vous avez utilisé toutes vos tentatives.')).toBeVisible();
    expect(page.getByRole('button', { name: 'Commencer une nouvelle tentative' }).elements()).toHaveLength(0);
    expect(tracker.lastState?.assessmentAttempts).toBe(2);
  });
});

describe('feedback that teaches (issue 16)', () => {
  test('a partly right matching answer says how much is right', async () => {
    await mountPlayer(featurePayload, { resume: at('questions') });
    await page.getByRole('combobox', { name: 'Courriel' }).selectOptions('Écrire');
    await page.getByRole('combobox', { name: 'Carte' }).selectOptions('Payer');
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await expect.element(page.getByText('En partie juste : 1 sur 2.')).toBeVisible();
  });

  test('submitting with unanswered questions asks first in a dialog; Escape keeps answering, focus returns', async () => {
    const { tracker } = await mountPlayer(featurePayload, {
      resume: at('questions', { answers: { m1: { response: ['write', 'pay'], attempts: 1 } } }),
    });
    await expect.element(h1()).toHaveTextContent('Questions');
    await openMenuAndGo('Résultats');
    await expect.element(h1()).toHaveTextContent('Résultats');
    const submit = page.getByRole('button', { name: 'Soumettre l’évaluation' });
    (submit.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog', { name: /^Soumettre l’évaluation\s\?$/ });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText(/^Questions sans réponse\s:\s\d+$/)).toBeVisible();
    expect(dialog.getByRole('link').elements().length).toBeGreaterThan(0);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.elements().length).toBe(0);
    await expect.poll(() => deepActiveElement()?.textContent?.trim()).toBe('Soumettre l’évaluation');
    expect(tracker.of('scored')).toHaveLength(0);
    await userEvent.keyboard('{Enter}');
    await page.getByRole('button', { name: 'Soumettre quand même' }).click();
    await expect.element(page.getByText(/^Score\s:\s\d+\s%$/)).toBeVisible();
    expect(tracker.of('scored')).toHaveLength(1);
  });

  test('the results list each question once with the answer, the right one and points in words', async () => {
    await mountPlayer(onSubmit, {
      resume: at('questions', {
        answers: { m1: { response: ['write', 'pay'], attempts: 1 } },
        submitted: true,
        assessmentAttempts: 1,
      }),
    });
    await expect.element(h1()).toHaveTextContent('Questions');
    await openMenuAndGo('Résultats');
    await expect.element(h1()).toHaveTextContent('Résultats');
    const recap = page
      .getByRole('list')
      .elements()
      .find((l) => l.classList.contains('recap'))!;
    const items = [...recap.children].filter((c) => c.localName === 'li');
    const titles = items.map((li) => li.querySelector('a')?.textContent?.trim());
    expect(new Set(titles).size).toBe(titles.length);
    const matching = items.find((li) => li.textContent?.includes('Votre réponse'))!;
    expect(matching.textContent).toContain('en partie correcte — 1 point');
    expect(matching.textContent).toMatch(/Votre réponse\s:\s*Courriel\s*→\s*Écrire;\s*Carte\s*→\s*Payer/);
    expect(matching.textContent).toMatch(/Réponse attendue\s:\sCourriel → Écrire\s;\sCarte → Se repérer/);
    const unanswered = items.filter((li) => li.textContent?.includes('sans réponse — 0 point'));
    expect(unanswered.length).toBe(items.length - 1);
    expect(recap.textContent).not.toMatch(/\d+ \/ \d+ point/);
  });

  test('the results show the feedback written for each choice the learner picked', async () => {
    const [first] = drawIds(['bq1', 'bq2', 'bq3'], 2, 1234);
    await mountPlayer(onSubmit, {
      resume: at('bank-page', {
        answers: { [first!]: { response: [`${first}-no`], attempts: 1 } },
        submitted: true,
        assessmentAttempts: 1,
      }),
    });
    await expect.element(h1()).toHaveTextContent('Banque');
    await expect.element(page.getByText('Non : relisez la page.')).toBeVisible();
    await openMenuAndGo('Résultats');
    await expect.element(h1()).toHaveTextContent('Résultats');
    const row = page
      .getByRole('listitem')
      .elements()
      .find((li) => li.textContent?.includes('Votre réponse'))!;
    expect(row.textContent).toMatch(/Votre réponse\s:\s*Non/);
    expect(row.textContent).toContain('Non : relisez la page.');
  });
});

describe('scenario', () => {
  test('a run by keyboard: situations one at a time, consequences, ending tone, replay', async () => {
    const { tracker } = await mountPlayer(featurePayload, { resume: at('scenario-page') });
    await expect.element(page.getByText('Mme Martin arrive au guichet.')).toBeVisible();
    (page.getByRole('button', { name: 'Commencer' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Situation 1');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('radio', { name: 'Je l’écoute' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Situation 2');
    await expect.element(page.getByText('Elle se détend.')).toBeVisible();
    await page.getByRole('radio', { name: 'Je le fais pour elle' }).click();
    await page.getByRole('button', { name: 'Choisir' }).click();
    await expect
      .element(page.getByRole('heading', { name: 'Fin du scénario — Issue mitigée' }))
      .toBeVisible();
    await expect.element(page.getByText('Meilleur résultat : 3 sur 4')).toBeVisible();
    const decisions = tracker.of('answered').map((c) => c.interaction);
    expect(decisions.map((d) => [d.id, d.type, d.result])).toEqual([
      ['sc1.1.1', 'choice', 'correct'],
      ['sc1.1.2', 'choice', 'incorrect'],
    ]);
    expect(decisions[1]?.correctPatterns.xapi).toEqual(['c-together']);
    expect(tracker.lastState?.scenarios).toEqual({
      sc1: { path: ['c-listen', 'c-alone'], runs: 1, bestScore: 3 },
    });
    await page.getByRole('button', { name: 'Rejouer' }).click();
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Situation 1');
    await page.getByRole('radio', { name: 'Je la presse' }).click();
    await page.getByRole('button', { name: 'Choisir' }).click();
    await expect.element(page.getByText('Issue défavorable', { exact: false })).toBeVisible();
    expect(tracker.of('answered').at(-1)?.interaction.id).toBe('sc1.2.1');
    expect(tracker.lastState?.scenarios?.['sc1']).toEqual({ path: ['c-rush'], runs: 2, bestScore: 3 });
  });

  test('a run resumes mid-way', async () => {
    await mountPlayer(featurePayload, {
      resume: at('scenario-page', { scenarios: { sc1: { path: ['c-listen'], runs: 1 } } }),
    });
    await expect.element(page.getByRole('heading', { name: 'Situation 2' })).toBeVisible();
    await expect.element(page.getByText('Elle demande de l’aide pour un formulaire.')).toBeVisible();
  });
});
