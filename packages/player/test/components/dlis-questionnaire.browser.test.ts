import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { scoreQuestionnaire, type AgilityAnswers } from '@dlis/agility';
import type { LearnerState } from '@dlis/tracking';
import '../../src/addon-agility.ts';
import { DlisAgilityResults } from '../../src/components/dlis-agility-results.ts';
import { questionnaireBlock, questionnairePayload } from '../fixtures/questionnaire-course.ts';
import { deepActiveElement, mountPlayer } from './helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const def = questionnaireBlock.definition;
const key = (part: string) => `agility:${part}`;
const h2 = () => page.getByRole('heading', { level: 2 }).first();
const button = (name: string | RegExp) => page.getByRole('region').first().getByRole('button', { name });
const format1 = (n: number, lang = 'fr') =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** The answers the tests give: a spread of scale points, N/A on two items, scenarios right and wrong. */
function plannedAnswers(): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  def.items.forEach((item, i) => {
    out[item.id] = item.id === '2.3' || item.id === '5.1' ? 'na' : (i % 5) + 1;
  });
  def.scenarios.forEach((s, i) => {
    const right = s.options.find((o) => o.credit === 100)?.id ?? 'A';
    out[s.id] = i % 3 === 0 ? (s.options.find((o) => o.id !== right)?.id ?? right) : right;
  });
  return out;
}

/** Answers every item and scenario shown on the current dimension page, per `planned`. */
async function answerDimension(dimension: string, planned: Record<string, number | string>): Promise<void> {
  for (const item of def.items.filter((i) => i.dimension === dimension)) {
    const value = planned[item.id];
    const group = page.getByRole('group', { name: `${item.id} Énoncé ${item.id}` });
    const name = value === 'na' ? 'Non concerné·e' : new RegExp(`^${String(value)} —`);
    await group.getByRole('radio', { name }).click();
  }
  for (const s of def.scenarios.filter((x) => x.dimension === dimension)) {
    const group = page.getByRole('radiogroup', { name: new RegExp(`Situation ${s.id}\\.`) });
    if (!group.query()) continue; // not shown to this respondent
    await group
      .getByRole('radio', { name: `${String(planned[s.id])}. Option ${String(planned[s.id])}` })
      .click();
  }
}

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

const start = (extra: Partial<LearnerState> = {}): LearnerState => ({
  page: 'diagnostic',
  visited: ['diagnostic'],
  answers: {},
  ...extra,
});

describe('dlis-questionnaire', () => {
  test('consent: the diagnostic box is required; without research consent only the country is asked', async () => {
    const { tracker } = await mountPlayer(questionnairePayload, { resume: start() });
    await expect.element(h2()).toHaveTextContent('Avant de commencer');
    expect(await axeViolations()).toEqual([]);
    await button('Commencer le diagnostic').click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Cochez la première case');
    expect(deepActiveElement()?.id).toBe('consent-diagnostic');
    await page.getByRole('checkbox', { name: /Je souhaite faire le diagnostic/ }).click();
    await button('Commencer le diagnostic').click();
    // The country is part of the diagnostic: asked, and the reason given; no other background question.
    await expect.element(h2()).toHaveTextContent('À propos de vous');
    expect(deepActiveElement()?.tagName).toBe('H2');
    const country = page.getByRole('group', { name: /Pays d'exercice ou d'études/ });
    await expect
      .element(country)
      .toHaveAccessibleDescription(/Votre pays fait partie du diagnostic.*transmis à personne/);
    expect(page.getByRole('group').elements()).toHaveLength(1);
    expect(await axeViolations()).toEqual([]);
    await button('Suivant').click();
    await expect.element(page.getByRole('alert')).toHaveTextContent("Pays d'exercice ou d'études");
    await country.getByRole('radio', { name: 'France' }).click();
    await button('Suivant').click();
    await expect.element(h2()).toHaveTextContent(def.dimensions[0]?.labels.fr ?? '');
    await expect.element(page.getByText('Dimension 1 sur 8')).toBeVisible();
    expect(deepActiveElement()?.tagName).toBe('H2');
    const saved = tracker.lastState?.answers ?? {};
    expect(saved[key('#consent')]?.response).toEqual(['diagnostic']);
    expect(saved[key('#step')]?.response).toEqual(['D1']);
    expect(Object.keys(saved).filter((k) => /^agility:Q/.test(k))).toEqual([key('Q1')]);
    expect(await axeViolations()).toEqual([]);
  });

  test('background with research consent: askedIf, required answers, country picks scenarios', async () => {
    const { tracker } = await mountPlayer(questionnairePayload, {
      resume: start({
        answers: { [key('#consent')]: { response: ['diagnostic', 'research'], attempts: 1 } },
      }),
    });
    await button('Commencer le diagnostic').click();
    await expect.element(h2()).toHaveTextContent('À propos de vous');
    await expect
      .element(page.getByRole('group', { name: /Pays d'exercice ou d'études/ }))
      .toHaveAccessibleDescription(/^Votre pays fait partie du diagnostic[^.]*\.$/);
    expect(page.getByRole('group', { name: /Année de formation/ }).query()).toBeNull();
    // The country serves the diagnostic, the rest research; required questions exist, so their use is said.
    await expect
      .element(page.getByText(/Votre pays sert au diagnostic[\s\S]*Les questions obligatoires/))
      .toBeVisible();
    // The questionnaire's buttons name their step (the page navigation's Previous/Next are the shell's).
    await expect.element(button(/^Étape précédente\s?: Avant de commencer$/)).toBeVisible();
    await expect
      .element(button(new RegExp(`^Étape suivante\\s?: D1 ${def.dimensions[0]?.labels.fr ?? ''}$`)))
      .toBeVisible();
    await page.getByRole('radio', { name: 'Étudiant·e' }).click();
    await expect.element(page.getByRole('group', { name: /Année de formation/ })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    await button('Suivant').click();
    await expect.element(page.getByRole('alert')).toHaveTextContent("Pays d'exercice ou d'études");
    await page.getByRole('radio', { name: 'France' }).click();
    await button('Suivant').click();
    await expect.element(page.getByText('Dimension 1 sur 8')).toBeVisible();
    expect(tracker.lastState?.answers[key('Q1')]?.response).toEqual(['FR']);
    // D3 shows its French scenario, not the Belgian one.
    await button('Suivant').click();
    await button('Suivant').click();
    await expect.element(page.getByText('Dimension 3 sur 8')).toBeVisible();
    await expect.element(page.getByRole('radiogroup', { name: /Situation D3-S1\./ })).toBeVisible();
    expect(page.getByRole('radiogroup', { name: /Situation D3-S2\./ }).query()).toBeNull();
  });

  test('keyboard: arrows move within an item, N/A is a choice of its own', async () => {
    const { tracker } = await mountPlayer(questionnairePayload, {
      resume: start({
        answers: {
          [key('#consent')]: { response: ['diagnostic'], attempts: 1 },
          [key('#step')]: { response: ['D1'], attempts: 1 },
        },
      }),
    });
    const group = page.getByRole('group', { name: '1.1 Énoncé 1.1' });
    await group.getByRole('radio', { name: /^1 —/ }).click();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(group.getByRole('radio', { name: /^3 —/ })).toBeChecked();
    await group.getByRole('radio', { name: 'Non concerné·e' }).click();
    await button('Suivant').click();
    await expect.element(page.getByText('Dimension 2 sur 8')).toBeVisible();
    expect(tracker.lastState?.answers[key('1.1')]?.response).toEqual(['na']);
  });

  test('resume mid-way: the saved step and answers come back', async () => {
    await mountPlayer(questionnairePayload, {
      resume: start({
        answers: {
          [key('#consent')]: { response: ['diagnostic'], attempts: 1 },
          [key('#step')]: { response: ['D2'], attempts: 1 },
          [key('2.1')]: { response: ['4'], attempts: 1 },
          [key('1.1')]: { response: ['2'], attempts: 1 },
        },
      }),
    });
    await expect.element(page.getByText('Dimension 2 sur 8')).toBeVisible();
    await expect
      .element(page.getByRole('group', { name: '2.1 Énoncé 2.1' }).getByRole('radio', { name: /^4 —/ }))
      .toBeChecked();
    await button('Précédent').click();
    await expect.element(page.getByText('Dimension 1 sur 8')).toBeVisible();
    await expect
      .element(page.getByRole('group', { name: '1.1 Énoncé 1.1' }).getByRole('radio', { name: /^2 —/ }))
      .toBeChecked();
  });

  test('whole questionnaire: review, change link, submit, report and results equal scoreQuestionnaire', async () => {
    DlisAgilityResults.print = () => undefined;
    const planned = plannedAnswers();
    const { tracker } = await mountPlayer(questionnairePayload, { resume: start() });
    await page.getByRole('checkbox', { name: /Je souhaite faire le diagnostic/ }).click();
    await button('Commencer le diagnostic').click();
    await page.getByRole('radio', { name: 'France' }).click();
    await button('Suivant').click();
    for (const [i, d] of def.dimensions.entries()) {
      await expect.element(page.getByText(`Dimension ${i + 1} sur 8`)).toBeVisible();
      await answerDimension(d.id, planned);
      if (i === 0) expect(await axeViolations()).toEqual([]);
      await button('Suivant').click();
    }
    await expect.element(h2()).toHaveTextContent('Vérifiez vos réponses');
    expect(await axeViolations()).toEqual([]);
    // "Change" on item 4.2: back to D4 with focus on its first choice; change it and come back.
    await button(/Modifier\s?: Énoncé 4\.2$/).click();
    await expect.element(page.getByText('Dimension 4 sur 8')).toBeVisible();
    expect(deepActiveElement()?.id).toBe('in-4.2-0');
    planned['4.2'] = 5;
    await page.getByRole('group', { name: '4.2 Énoncé 4.2' }).getByRole('radio', { name: /^5 —/ }).click();
    for (let d = 4; d <= 8; d++) await button('Suivant').click();
    await expect.element(h2()).toHaveTextContent('Vérifiez vos réponses');
    await expect.element(page.getByText('Non concerné·e').first()).toBeVisible();
    await button('Envoyer mes réponses').click();

    // Without research consent the country (FR) still selects the scenarios: the Belgian one is neither shown
    // nor scored, the French ones are; the country is not reported (background {}).
    const isShown = (s: (typeof def.scenarios)[number]) => !s.countries || s.countries.includes('FR');
    const scored: AgilityAnswers = Object.fromEntries(
      Object.entries(planned).filter(([id]) => {
        const scenario = def.scenarios.find((s) => s.id === id);
        return !scenario || isShown(scenario);
      }),
    );
    const expected = scoreQuestionnaire(def, scored);
    expect(expected.index).not.toBeNull();
    const index = expected.index ?? 0;
    const answered = tracker.of('answered').map((c) => c.interaction);
    const shownScenarios = def.scenarios.filter(isShown);
    expect(shownScenarios.some((s) => s.countries)).toBe(true);
    expect(answered).toHaveLength(def.items.length + shownScenarios.length);
    expect(answered.every((i) => i.questionnaire === 'agility')).toBe(true);
    expect(answered.find((i) => i.id === '2.3')).toMatchObject({
      type: 'likert',
      response: { type: 'likert', choice: 'na' },
    });
    const d1s1 = def.scenarios.find((s) => s.id === 'D1-S1');
    expect(answered.find((i) => i.id === 'D1-S1')).toMatchObject({
      type: 'choice',
      response: { type: 'choice', choices: [planned['D1-S1']] },
      correctPatterns: { xapi: [d1s1?.options.find((o) => o.credit === 100)?.id] },
    });
    // The index is not an assessment score: no scored() (an LMS would make it a grade); xAPI has it below.
    expect(tracker.of('scored')).toEqual([]);
    expect(tracker.of('completed')).toHaveLength(1);
    const outcome = tracker.of('questionnaireCompleted')[0]?.outcome;
    expect(outcome).toMatchObject({
      questionnaireId: 'agility',
      index,
      level: expected.level?.id,
      researchConsent: false,
      background: {},
      model: { id: def.id, version: def.version },
    });
    const methods = tracker.calls.map((c) => c.method).filter((m) => m !== 'save' && m !== 'progress');
    expect(methods.indexOf('completed')).toBeGreaterThan(methods.lastIndexOf('answered'));
    expect(methods.indexOf('questionnaireCompleted')).toBeGreaterThan(methods.indexOf('completed'));
    expect(tracker.lastState?.answers[key('#submitted')]?.response).toEqual(['yes']);

    // Results: the same numbers, one decimal.
    await expect.element(h2()).toHaveTextContent('Votre profil d’agilité numérique');
    expect(deepActiveElement()?.tagName).toBe('H2');
    await expect
      .element(page.getByText(`Indice d’agilité numérique : ${format1(index)} / 100`))
      .toBeVisible();
    const level = def.levels.find((l) => l.id === expected.level?.id)?.labels.fr ?? '';
    await expect.element(page.getByText(`${level} (${expected.level?.id} sur 4)`)).toBeVisible();
    for (const d of expected.dimensions) {
      const row = page.getByRole('row', { name: new RegExp(`^${d.id} `) }).last();
      await expect
        .element(row)
        .toHaveTextContent(d.score === null ? 'Données insuffisantes' : format1(d.score));
      // A knowledge score outside the dimension's score (knowledgeShare 0) says so.
      if (d.knowledge !== null && def.dimensions.find((x) => x.id === d.id)?.knowledgeShare === 0)
        await expect.element(row).toHaveTextContent(`${format1(d.knowledge)} (non compté dans le score)`);
    }
    await expect.element(page.getByRole('img', { name: 'Profil par dimension' })).toBeVisible();
    await expect.element(page.getByRole('table', { name: 'Scores par dimension' })).toBeVisible();
    // One data table serves both charts: the radar names it.
    await expect
      .element(
        page.getByRole('img', {
          name: 'Profil par dimension (valeurs dans le tableau « Scores par dimension »)',
        }),
      )
      .toBeVisible();
    expect(page.getByRole('table').elements()).toHaveLength(1);
    // Resources by their label only (no id).
    for (const id of expected.modules.priority) {
      const label = def.resources.find((r) => r.id === id)?.labels.fr ?? '';
      const link = questionnaireBlock.resourceLinks[id];
      if (link)
        await expect
          .element(page.getByRole('link', { name: label, exact: true }))
          .toHaveAttribute('href', link);
      else await expect.element(page.getByText(label, { exact: true }).first()).toBeVisible();
    }
    // Situations numbered within their dimension and named after it, as in the questionnaire.
    const d3 = def.dimensions.find((d) => d.id === 'D3')?.labels.fr ?? '';
    await expect
      .element(page.getByRole('heading', { level: 4, name: `Situation 1 — ${d3}`, exact: true }))
      .toBeVisible();
    await expect.element(page.getByText(/Votre réponse\s:/).first()).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  test('research consent: background answers reach the outcome, and a submitted questionnaire shows results', async () => {
    const answers: LearnerState['answers'] = {
      [key('#consent')]: { response: ['diagnostic', 'research'], attempts: 1 },
      [key('#step')]: { response: ['review'], attempts: 1 },
      [key('Q1')]: { response: ['BE'], attempts: 1 },
      [key('Q2')]: { response: ['professional'], attempts: 1 },
      [key('Q3')]: { response: ['y1'], attempts: 1 }, // moot: Q3 is asked of students only
    };
    for (const item of def.items) answers[key(item.id)] = { response: ['4'], attempts: 1 };
    answers[key('D3-S2')] = { response: ['B'], attempts: 1 };
    answers[key('D3-S1')] = { response: ['A'], attempts: 1 }; // French scenario: not shown to BE
    const { tracker } = await mountPlayer(questionnairePayload, { resume: start({ answers }) });
    await button('Envoyer mes réponses').click();
    const outcome = tracker.of('questionnaireCompleted')[0]?.outcome;
    expect(outcome?.researchConsent).toBe(true);
    expect(outcome?.background).toEqual({ Q1: 'BE', Q2: 'professional' });
    const ids = tracker.of('answered').map((c) => c.interaction.id);
    expect(ids).toContain('D3-S2');
    expect(ids).not.toContain('D3-S1');
    await expect.element(h2()).toHaveTextContent('Votre profil d’agilité numérique');
    // Reloaded after submission: results straight away, no second report.
    document.body.replaceChildren();
    const again = await mountPlayer(questionnairePayload, { resume: tracker.lastState });
    await expect.element(h2()).toHaveTextContent('Votre profil d’agilité numérique');
    expect(again.tracker.of('answered')).toHaveLength(0);
    expect(again.tracker.of('completed')).toHaveLength(0);
  });

  test('withdrawing research consent removes the background answers but the country', async () => {
    const answers: LearnerState['answers'] = {
      [key('#consent')]: { response: ['diagnostic', 'research'], attempts: 1 },
      [key('#step')]: { response: ['review'], attempts: 1 },
      [key('Q1')]: { response: ['FR'], attempts: 1 },
      [key('Q2')]: { response: ['student'], attempts: 1 },
    };
    const { tracker } = await mountPlayer(questionnairePayload, { resume: start({ answers }) });
    await expect.element(page.getByText('Année de formation').first()).toBeVisible();
    await button(/Modifier\s?: Je donne mes réponses à la recherche$/).click();
    expect(deepActiveElement()?.id).toBe('consent-research');
    await userEvent.keyboard(' ');
    await button('Commencer le diagnostic').click();
    // Only the country question is left, still answered.
    await expect.element(h2()).toHaveTextContent('À propos de vous');
    await expect.element(page.getByRole('radio', { name: 'France' })).toBeChecked();
    expect(page.getByRole('group', { name: /Statut/ }).query()).toBeNull();
    await button('Suivant').click();
    await expect.element(page.getByText('Dimension 1 sur 8')).toBeVisible();
    const saved = tracker.lastState?.answers ?? {};
    expect(saved[key('#consent')]?.response).toEqual(['diagnostic']);
    expect(Object.keys(saved).filter((k) => /^agility:Q/.test(k))).toEqual([key('Q1')]);
    await button('Précédent').click();
    await expect.element(h2()).toHaveTextContent('À propos de vous');
  });

  test('review mode: the answers are listed, nothing can be changed or submitted', async () => {
    const answers: LearnerState['answers'] = {
      [key('#consent')]: { response: ['diagnostic'], attempts: 1 },
      [key('#step')]: { response: ['D2'], attempts: 1 },
      [key('1.1')]: { response: ['2'], attempts: 1 },
    };
    const { tracker } = await mountPlayer(questionnairePayload, {
      resume: start({ answers }),
      mode: 'review',
    });
    await expect.element(h2()).toHaveTextContent('Vérifiez vos réponses');
    await expect.element(page.getByText(/^2 — /).first()).toBeVisible();
    expect(page.getByRole('button', { name: 'Envoyer mes réponses' }).query()).toBeNull();
    expect(page.getByRole('button', { name: /^Modifier/ }).query()).toBeNull();
    expect(tracker.of('answered')).toHaveLength(0);
    expect(await axeViolations()).toEqual([]);
  });

  test('reflow: no horizontal scroll at 320 px on a dimension page and the results', async () => {
    await page.viewport(320, 640);
    const answers: LearnerState['answers'] = {
      [key('#consent')]: { response: ['diagnostic'], attempts: 1 },
      [key('#step')]: { response: ['D2'], attempts: 1 },
    };
    await mountPlayer(questionnairePayload, { resume: start({ answers }) });
    await expect.element(page.getByText('Dimension 2 sur 8')).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    document.body.replaceChildren();
    answers[key('#submitted')] = { response: ['yes'], attempts: 1 };
    await mountPlayer(questionnairePayload, { resume: start({ answers }) });
    await expect.element(h2()).toHaveTextContent('Votre profil d’agilité numérique');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(1024, 768);
  });
});
