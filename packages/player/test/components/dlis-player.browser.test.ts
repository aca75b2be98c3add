import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { PlayerPayload } from '@dlis/course/compiled';
import type { StartInfo } from '@dlis/tracking';
// Images and callouts are defined by the blocks add-on, questions by the questions add-on.
import '../../src/addon-blocks.ts';
import '../../src/addon-questions.ts';
import '../../src/addon-results.ts';
import { defineDlisPlayer } from '../../src/components/dlis-player.ts';

defineDlisPlayer();
import { payload } from '../fixtures/course.ts';
import { RecordingTracker } from '../fixtures/recording-tracker.ts';
import { openMore } from './open-more.ts';

async function mount(info: Partial<StartInfo> = {}, data: PlayerPayload = payload) {
  const tracker = new RecordingTracker(info);
  const player = document.createElement('dlis-player');
  player.payload = data;
  player.tracker = tracker;
  document.body.append(player);
  return { player, tracker };
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const h1 = () => page.getByRole('heading', { level: 1 });

/** Vitest runs these tests in a frame, as an LMS page does: after Exit the player says how to leave a frame. */
const LEAVE_IN_FRAME = 'Pour quitter, utilisez le bouton de sortie ou de retour de votre plateforme.';

async function openMenuAndGo(name: string | RegExp) {
  const toggle = page.getByRole('button', { name: 'Sommaire' });
  await expect.element(toggle).toBeVisible();
  if ((await toggle.element().getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('link', { name }).click();
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

describe('dlis-player', () => {
  test('shows the first page in the learner language and reports the view', async () => {
    const { tracker } = await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await expect.element(page.getByRole('banner')).toHaveTextContent('Cours de démonstration');
    await expect.element(page.getByRole('main')).toBeVisible();
    await expect.element(page.getByRole('navigation', { name: 'Sommaire du cours' })).toBeInTheDocument();
    await expect.element(page.getByText('1 / 4 pages')).toBeVisible();
    await expect.element(page.getByRole('img', { name: 'Carte des partenaires' })).toBeVisible();
    await expect.element(page.getByRole('note', { name: 'Conseil — À retenir' })).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 2, name: 'Objectifs' })).toBeVisible();
    expect(document.documentElement.lang).toBe('fr');
    expect(tracker.of('progress')).toEqual([{ method: 'progress', pageId: 'welcome', measure: 0.25 }]);
    expect(tracker.lastState).toEqual({ page: 'welcome', visited: ['welcome'], answers: {} });
    expect(page.getByText(/dans ce navigateur seulement/).elements()).toHaveLength(0);
  });

  test('next, previous and the menu navigate, and focus moves to the new h1', async () => {
    const { tracker } = await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await expect.element(page.getByRole('button', { name: 'Précédent' })).toBeDisabled();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Premier quiz');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Premier quiz');
    await page.getByRole('button', { name: 'Précédent' }).click();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Bienvenue');

    await openMenuAndGo('Conclusion');
    await expect.element(h1()).toHaveTextContent('Conclusion');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Conclusion');
    await page.getByRole('button', { name: 'Sommaire' }).click();
    await expect
      .element(page.getByRole('link', { name: 'Conclusion' }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(page.getByRole('link', { name: 'Premier quiz (vue)' })).toBeVisible();
    await expect.element(page.getByText('3 / 4 pages')).toBeVisible();
    expect(tracker.of('progress').map((c) => [c.pageId, c.measure])).toEqual([
      ['welcome', 0.25],
      ['quiz-1', 0.5],
      ['welcome', 0.5],
      ['end', 0.75],
    ]);
  });

  test('answering wrong then right shows feedback and records interactions', async () => {
    const { tracker } = await mount();
    await page.getByRole('button', { name: 'Suivant' }).click();
    const group = page.getByRole('radiogroup', { name: 'Quelle est la capitale de la France ?' });
    await expect.element(group).toBeVisible();
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect.element(page.getByText('Choisissez une réponse avant de valider.')).toBeVisible();
    expect(tracker.of('answered')).toHaveLength(0);

    await page.getByRole('radio', { name: 'Lyon' }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect.element(page.getByText('Réponse incorrecte.')).toBeVisible();
    await expect.element(page.getByText('Non, Lyon est une autre ville.')).toBeVisible();
    await expect.element(page.getByText('Relisez la page.')).toBeVisible();

    await page.getByRole('radio', { name: 'Paris' }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect.element(page.getByText('Bonne réponse.')).toBeVisible();
    await expect.element(page.getByText('Oui, Paris.')).toBeVisible();
    expect(page.getByText('Non, Lyon est une autre ville.').elements()).toHaveLength(0);

    const answers = tracker.of('answered').map((c) => c.interaction);
    expect(answers.map((a) => [a.id, a.type, a.response, a.result, a.weighting])).toEqual([
      ['q1', 'choice', { type: 'choice', choices: ['lyon'] }, 'incorrect', 1],
      ['q1', 'choice', { type: 'choice', choices: ['paris'] }, 'correct', 1],
    ]);
    expect(answers[0]?.description).toBe('Quelle est la capitale de la France ?');
    expect(answers[0]?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(tracker.lastState?.answers).toEqual({ q1: { response: ['paris'], attempts: 2 } });
  });

  test('the result page: unanswered questions link to their page, submitting gives passed and completion', async () => {
    const { tracker } = await mount();
    await openMenuAndGo('Résultats');
    await expect.element(h1()).toHaveTextContent('Résultats');
    await expect.element(page.getByText('0 question(s) répondue(s) sur 3')).toBeVisible();
    await page.getByRole('link', { name: 'Aller à la question : Le Web est né au CERN.' }).click();
    await expect.element(h1()).toHaveTextContent('Second quiz');

    await page.getByRole('checkbox', { name: 'Firefox' }).click();
    await page.getByRole('checkbox', { name: 'Chromium' }).click();
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await page.getByRole('radio', { name: 'Vrai' }).click();
    await page.getByRole('button', { name: 'Valider' }).nth(1).click();
    await openMenuAndGo('Premier quiz');
    await page.getByRole('radio', { name: 'Paris' }).click();
    await page.getByRole('button', { name: 'Valider' }).click();
    await openMenuAndGo('Résultats');
    await expect.element(page.getByText('3 question(s) répondue(s) sur 3')).toBeVisible();
    expect(tracker.of('scored')).toHaveLength(0);

    // Every question answered: no confirmation, the assessment is submitted at once.
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    await expect.element(page.getByText('Évaluation réussie.')).toBeVisible();
    await expect.element(page.getByText(/Score\s:\s100/)).toBeVisible();
    await expect.element(page.getByText(/Score requis\s:\s75/)).toBeVisible();
    expect(page.getByRole('button', { name: 'Soumettre l’évaluation' }).elements()).toHaveLength(0);
    expect(tracker.of('scored')).toEqual([
      { method: 'scored', score: { raw: 4, min: 0, max: 4, scaled: 1 } },
    ]);
    expect(tracker.of('passed')).toHaveLength(1);
    expect(tracker.of('failed')).toHaveLength(0);
    expect(tracker.of('completed')).toHaveLength(1);
    expect(tracker.lastState?.submitted).toBe(true);

    // Once submitted, answers are read-only.
    await openMenuAndGo('Premier quiz');
    await expect.element(page.getByRole('radio', { name: 'Paris' })).toBeDisabled();
    expect(page.getByRole('button', { name: 'Valider' }).elements()).toHaveLength(0);

    await openMore();
    await page.getByRole('button', { name: 'Quitter' }).click();
    await expect.element(page.getByText(LEAVE_IN_FRAME)).toBeVisible();
    expect(tracker.of('finish')).toEqual([{ method: 'finish', mode: 'normal' }]);
  });

  test('a low score fails against the course mastery score', async () => {
    const { tracker } = await mount({
      resume: { page: 'end', visited: ['welcome'], answers: { q1: { response: ['paris'], attempts: 1 } } },
    });
    await openMenuAndGo('Résultats');
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    // One question is unanswered: the dialog lists it and asks first.
    await expect.element(page.getByRole('dialog', { name: /^Soumettre l’évaluation\s\?$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Soumettre quand même' }).click();
    await expect.element(page.getByText('Évaluation non réussie.')).toBeVisible();
    await expect.element(page.getByText(/Score\s:\s25/)).toBeVisible();
    expect(tracker.of('failed')).toHaveLength(1);
    expect(tracker.of('completed')).toHaveLength(0);
  });

  test("the LMS mastery score wins over the course's", async () => {
    const { tracker } = await mount({
      masteryScore: 25,
      resume: { page: 'end', visited: ['welcome'], answers: { q1: { response: ['paris'], attempts: 1 } } },
    });
    await openMenuAndGo('Résultats');
    await page.getByRole('button', { name: 'Soumettre l’évaluation' }).click();
    await page.getByRole('button', { name: 'Soumettre quand même' }).click();
    await expect.element(page.getByText('Évaluation réussie.')).toBeVisible();
    await expect.element(page.getByText(/Score requis\s:\s25/)).toBeVisible();
    expect(tracker.of('passed')).toHaveLength(1);
  });

  test("'all-pages-viewed': completed once when the last page is viewed, then exit is 'normal'", async () => {
    const data = { ...payload, course: { ...payload.course, completion: 'all-pages-viewed' as const } };
    const { tracker } = await mount(
      { resume: { page: 'quiz-2', visited: ['welcome', 'quiz-1', 'quiz-2'], answers: {} } },
      data,
    );
    await expect.element(h1()).toHaveTextContent('Second quiz');
    expect(tracker.of('completed')).toHaveLength(0);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Conclusion');
    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Conclusion');
    expect(tracker.of('completed')).toHaveLength(1);
    expect(tracker.of('progress').at(-1)).toEqual({ method: 'progress', pageId: 'end', measure: 1 });
    await openMore();
    await page.getByRole('button', { name: 'Quitter' }).click();
    await expect.element(h1()).toHaveTextContent('Session terminée');
    expect(tracker.of('finish')).toEqual([{ method: 'finish', mode: 'normal' }]);
  });

  test('images: lazy, sized, alt text or alt="" when decorative', async () => {
    await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    const img = page.getByRole('img', { name: 'Carte des partenaires' }).element();
    expect([img.getAttribute('loading'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([
      'lazy',
      '320',
      '200',
    ]);
    expect(img.closest('figure')?.querySelector('figcaption')?.textContent).toBe('Les partenaires');
    await openMenuAndGo('Conclusion');
    await expect.element(h1()).toHaveTextContent('Conclusion');
    const decorative = page.getByRole('presentation').element();
    expect(decorative.getAttribute('alt')).toBe('');
    expect(page.getByRole('img').elements()).toHaveLength(0);
    await expect.element(page.getByRole('note', { name: 'Attention' })).toBeVisible();
  });

  test('keyboard: the skip link is the first stop and moves focus to the page h1', async () => {
    await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Aller au contenu');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => deepActiveElement()?.textContent).toBe('Bienvenue');
  });

  test('resume goes to the saved page with answers and visited pages restored', async () => {
    const { tracker } = await mount({
      resume: {
        page: 'quiz-2',
        visited: ['welcome', 'quiz-1', 'quiz-2', 'gone-page'],
        answers: { q2: { response: ['firefox'], attempts: 1 }, gone: { response: ['x'], attempts: 1 } },
      },
    });
    await expect.element(h1()).toHaveTextContent('Second quiz');
    await expect.element(page.getByRole('checkbox', { name: 'Firefox' })).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Chromium' })).not.toBeChecked();
    await expect.element(page.getByText('Réponse incorrecte.')).toBeVisible();
    await expect.element(page.getByText('3 / 4 pages')).toBeVisible();
    expect(tracker.of('progress')).toEqual([{ method: 'progress', pageId: 'quiz-2', measure: 0.75 }]);
    expect(tracker.lastState).toEqual({
      page: 'quiz-2',
      visited: ['welcome', 'quiz-1', 'quiz-2'],
      answers: { q2: { response: ['firefox'], attempts: 1 } },
    });
    // Retry is allowed before the assessment is submitted.
    await page.getByRole('checkbox', { name: 'Chromium' }).click();
    await page.getByRole('button', { name: 'Valider' }).first().click();
    await expect.element(page.getByText('Bonne réponse.')).toBeVisible();
    expect(tracker.lastState?.answers['q2']).toEqual({ response: ['firefox', 'chromium'], attempts: 2 });
  });

  test('review mode shows saved answers read-only and reports nothing', async () => {
    const { tracker } = await mount({
      mode: 'review',
      resume: {
        page: 'quiz-1',
        visited: ['welcome', 'quiz-1'],
        answers: { q1: { response: ['lyon'], attempts: 1 } },
      },
    });
    await expect.element(h1()).toHaveTextContent('Premier quiz');
    await expect.element(page.getByRole('radio', { name: 'Lyon' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Paris' })).toBeDisabled();
    await expect.element(page.getByText('Consultation seule', { exact: false })).toBeVisible();
    expect(page.getByRole('button', { name: 'Valider' }).elements()).toHaveLength(0);
    await openMenuAndGo('Résultats');
    expect(page.getByRole('button', { name: 'Soumettre l’évaluation' }).elements()).toHaveLength(0);
    expect(tracker.of('answered')).toHaveLength(0);
    expect(tracker.of('completed')).toHaveLength(0);
  });

  test('local mode is announced in the status region', async () => {
    await mount({ connection: 'local', standard: 'local' });
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Votre progression est enregistrée sur cet appareil, dans ce navigateur seulement.');
  });

  test('save failures and recovery are shown without blocking', async () => {
    const { tracker } = await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    tracker.emit({ kind: 'save-failed', retrying: true, detail: 'LMSCommit returned false' });
    await expect.element(page.getByRole('status')).toHaveTextContent('nouvelle tentative');
    tracker.emit({ kind: 'saved' });
    await expect.element(page.getByRole('status')).toHaveTextContent('Progression de nouveau enregistrée.');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.element(h1()).toHaveTextContent('Premier quiz');
  });

  test('exit suspends an unfinished attempt once; pagehide after it does nothing more', async () => {
    const { tracker } = await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await openMore();
    await page.getByRole('button', { name: 'Quitter' }).click();
    await expect.element(h1()).toHaveTextContent('Session terminée');
    await expect.element(page.getByText(LEAVE_IN_FRAME)).toBeVisible();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(tracker.of('finish')).toEqual([{ method: 'finish', mode: 'suspend' }]);
  });

  test('pagehide suspends the session', async () => {
    const { tracker } = await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(tracker.of('finish')).toEqual([{ method: 'finish', mode: 'suspend' }]);
  });

  test('the language switcher changes content, UI strings and the lang attribute', async () => {
    await mount();
    await expect.element(h1()).toHaveTextContent('Bienvenue');
    await openMore();
    await page.getByRole('combobox', { name: 'Langue' }).selectOptions('en');
    await expect.element(h1()).toHaveTextContent('Welcome');
    await expect.element(page.getByRole('button', { name: 'Next' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Exit' })).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
  });

  test('the LMS learner language picks the package language', async () => {
    await mount({ learner: { language: 'en-GB' } });
    await expect.element(h1()).toHaveTextContent('Welcome');
    await expect.element(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  test('an unknown course format shows an error instead of the course', async () => {
    const future = { ...payload, course: { ...payload.course, format: 2 } } as unknown as PlayerPayload;
    const { tracker } = await mount({}, future);
    await expect.element(page.getByRole('alert')).toHaveTextContent(/2/);
    expect(tracker.calls).toHaveLength(0);
  });

  test('reads the payload from #dlis-course when none is injected', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'dlis-course';
    script.textContent = JSON.stringify(payload);
    document.body.append(script);
    const tracker = new RecordingTracker();
    const player = document.createElement('dlis-player');
    player.tracker = tracker;
    document.body.append(player);
    await expect.element(h1()).toHaveTextContent('Bienvenue');
  });
});
