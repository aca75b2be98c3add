/** The dimension pages and the review of `dlis-questionnaire`, as render functions of its view. */
import { html, nothing } from 'lit';
import type { Localized, QuestionnaireBlock } from '@dlis/course/compiled';
import { NOT_APPLICABLE, type ScenarioItem, type SelfItem } from '@dlis/agility';
import type { QuestionnaireMessages } from '../i18n/agility/agility-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { askedBackground, type QuestionnaireProgress } from '../logic/questionnaire-progress.ts';

export interface StepView {
  block: QuestionnaireBlock;
  progress: QuestionnaireProgress;
  messages: QuestionnaireMessages;
  t: (text: Localized) => string;
  /** The learner's steps, in order (the background one only with research consent). */
  steps: string[];
  /** The scenarios shown to this respondent (country), in model order. */
  scenarios: ScenarioItem[];
  problem: string;
  notice: string;
  /** Records an answer (item, scenario or background id → scale point, `na` or option id). */
  choose: (id: string, value: string) => void;
  /** Shows a step, focusing its heading or the element with id `focus`. */
  goTo: (step: string, focus?: string) => void;
  submit: () => void;
}

/**
 * The name of a step on the questionnaire's own buttons ("Next step: D3 …"), which tells them apart from the
 * page navigation's Previous/Next below them.
 */
export function stepTitle(
  block: QuestionnaireBlock,
  m: QuestionnaireMessages,
  t: (text: Localized) => string,
  step: string,
): string {
  if (step === 'consent') return m.qConsentTitle;
  if (step === 'background') return m.qBackgroundTitle;
  if (step === 'review') return m.qReviewTitle;
  const dimension = block.definition.dimensions.find((d) => d.id === step);
  return dimension ? `${dimension.id} ${t(dimension.labels)}` : step;
}

/** The questionnaire's button to the previous or next step, named after it. */
export function stepButton(
  view: Pick<StepView, 'block' | 'messages' | 't'>,
  to: 'previous' | 'next',
  step: string,
  onClick: () => void,
) {
  const m = view.messages;
  const name = stepTitle(view.block, m, view.t, step);
  return to === 'previous'
    ? html`<button type="button" class="secondary" @click=${onClick}>
        ${formatMessage(m.qPreviousStep, { step: name })}
      </button>`
    : html`<button type="button" @click=${onClick}>${formatMessage(m.qNextStep, { step: name })}</button>`;
}

/** Id of the first input of an item or scenario (a "change" link focuses it). */
const inputId = (id: string, index: number) => `in-${id}-${index}`;

/** The label of the answer to an item or scenario, or "not answered". */
function answerLabel(view: StepView, id: string): string {
  const { block, progress, messages: m, t } = view;
  const answer = progress.answers[id];
  if (answer === undefined) return m.qNotAnswered;
  if (answer === NOT_APPLICABLE) return t(block.definition.notApplicable);
  const item = block.definition.items.find((i) => i.id === id);
  if (item) {
    const point = block.definition.scales
      .find((s) => s.id === item.scale)
      ?.points.find((p) => p.value === answer);
    return point ? `${answer} — ${t(point.labels)}` : String(answer);
  }
  const option = block.definition.scenarios.find((s) => s.id === id)?.options.find((o) => o.id === answer);
  return option?.labels ? `${option.id}. ${t(option.labels)}` : String(answer);
}

function itemLabel(view: StepView, item: SelfItem): string {
  return item.labels ? view.t(item.labels) : item.id;
}

// Radio names go by position on the page (`item-0`, `scenario-1`), not by id: the steps share one template, so a
// radio element is reused by the next step, and renaming a checked radio would uncheck its new group's choice.
function renderItem(view: StepView, item: SelfItem, position: number) {
  const { block, progress, t } = view;
  const points = block.definition.scales.find((s) => s.id === item.scale)?.points ?? [];
  const answer = progress.answers[item.id];
  const choices = [
    ...points.map((p) => ({ value: String(p.value), label: `${p.value} — ${t(p.labels)}` })),
    ...(item.notApplicableAllowed
      ? [{ value: NOT_APPLICABLE, label: t(block.definition.notApplicable) }]
      : []),
  ];
  return html`<fieldset class="item">
    <legend><span class="item-id">${item.id}</span> ${itemLabel(view, item)}</legend>
    <div class="options scale">
      ${choices.map(
        (c, i) =>
          html`<div class=${c.value === NOT_APPLICABLE ? 'option na' : 'option'}>
            <input
              type="radio"
              id=${inputId(item.id, i)}
              name=${`item-${position}`}
              .checked=${String(answer) === c.value}
              @change=${() => view.choose(item.id, c.value)}
            />
            <label for=${inputId(item.id, i)}>${c.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

function renderScenario(view: StepView, scenario: ScenarioItem, n: number) {
  const { block, progress, t } = view;
  const prompt = block.scenarioPrompts[scenario.id];
  const promptId = `prompt-${scenario.id}`;
  return html`<div class="item scenario" role="radiogroup" aria-labelledby=${promptId}>
    <div id=${promptId} class="prompt">
      <h4>${formatMessage(view.messages.situation, { step: n })}</h4>
      <div class="prose" .innerHTML=${prompt ? t(prompt) : scenario.id}></div>
    </div>
    <div class="options">
      ${scenario.options.map(
        (o, i) =>
          html`<div class="option">
            <input
              type="radio"
              id=${inputId(scenario.id, i)}
              name=${`scenario-${n}`}
              .checked=${progress.answers[scenario.id] === o.id}
              @change=${() => view.choose(scenario.id, o.id)}
            />
            <label for=${inputId(scenario.id, i)}>${o.id}. ${o.labels ? t(o.labels) : ''}</label>
          </div>`,
      )}
    </div>
  </div>`;
}

function stepNav(view: StepView, index: number) {
  const previous = view.steps[index - 1];
  const next = view.steps[index + 1] ?? 'review';
  return html`<p class="notice" role="status">${view.notice}</p>
    <div class="actions">
      ${previous ? stepButton(view, 'previous', previous, () => view.goTo(previous)) : nothing}
      ${stepButton(view, 'next', next, () => view.goTo(next))}
    </div>`;
}

/** One dimension: progress, intro, self-assessment items, then the dimension's scenarios shown. */
export function renderDimensionStep(view: StepView) {
  const { block, progress, messages: m, t } = view;
  const dimensions = block.definition.dimensions;
  const position = dimensions.findIndex((d) => d.id === progress.step);
  const dimension = dimensions[position] ?? dimensions[0];
  if (!dimension) return nothing;
  const items = block.definition.items.filter((i) => i.dimension === dimension.id);
  const scenarios = view.scenarios.filter((s) => s.dimension === dimension.id);
  const intro = block.dimensionIntros[dimension.id];
  const index = view.steps.indexOf(dimension.id);
  const progressText = formatMessage(m.qStepProgress, { step: position + 1, total: dimensions.length });
  return html`<section class="questionnaire" aria-labelledby="step-heading">
    <p class="step-progress">
      <span>${progressText}</span>
      <progress max=${dimensions.length} .value=${position + 1} aria-label=${progressText}></progress>
    </p>
    <h2 id="step-heading" tabindex="-1">${t(dimension.labels)}</h2>
    ${intro ? html`<div class="prose" .innerHTML=${t(intro)}></div>` : nothing}
    <h3>${m.qSelfItems}</h3>
    ${items.map((item, i) => renderItem(view, item, i))}
    ${
      scenarios.length
        ? html`<h3>${m.qScenarios}</h3>
            ${scenarios.map((s, i) => renderScenario(view, s, i + 1))}`
        : nothing
    }
    ${stepNav(view, index)}
  </section>`;
}

/** Every answer, with a "change" link each (when `editable`), and the submit button. */
export function renderReviewStep(view: StepView, editable: boolean) {
  const { block, progress, messages: m, t } = view;
  const change = (step: string, focus: string, label: string) =>
    editable
      ? html`<button type="button" class="link" @click=${() => view.goTo(step, focus)}>
          ${m.qChange}<span class="visually-hidden">: ${label}</span>
        </button>`
      : nothing;
  const asked = askedBackground(block, progress.background, progress.researchConsent);
  const row = (label: string, answer: string, action: unknown) =>
    html`<li><span class="label">${label}</span> <strong>${answer}</strong> ${action}</li>`;
  const index = view.steps.indexOf('review');
  const previous = view.steps[index - 1];
  return html`<section class="questionnaire review" aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1">${m.qReviewTitle}</h2>
    ${editable ? html`<p>${m.qReviewIntro}</p>` : nothing}
    <h3>${m.qConsentTitle}</h3>
    <ul class="answers">
      ${row(
        t(block.consent.research),
        progress.researchConsent ? m.qYes : m.qNo,
        change('consent', 'consent-research', t(block.consent.research)),
      )}
    </ul>
    ${
      asked.length
        ? html`<h3>${m.qBackgroundTitle}</h3>
            <ul class="answers">
              ${asked.map((q) => {
                const option = q.options.find((o) => o.id === progress.background[q.id]);
                return row(
                  t(q.label),
                  option ? t(option.label) : m.qNotAnswered,
                  change('background', `bg-${q.id}-0`, t(q.label)),
                );
              })}
            </ul>`
        : nothing
    }
    ${block.definition.dimensions.map((d) => {
      const items = block.definition.items.filter((i) => i.dimension === d.id);
      const scenarios = view.scenarios.filter((s) => s.dimension === d.id);
      return html`<h3>${t(d.labels)}</h3>
        <ul class="answers">
          ${items.map((item) =>
            row(
              `${item.id} ${itemLabel(view, item)}`,
              answerLabel(view, item.id),
              change(d.id, inputId(item.id, 0), itemLabel(view, item)),
            ),
          )}
          ${scenarios.map((s, i) =>
            row(
              formatMessage(m.situation, { step: i + 1 }),
              answerLabel(view, s.id),
              change(
                d.id,
                inputId(s.id, 0),
                `${formatMessage(m.situation, { step: i + 1 })} (${t(d.labels)})`,
              ),
            ),
          )}
        </ul>`;
    })}
    ${
      editable
        ? html`<div class="actions">
            ${previous ? stepButton(view, 'previous', previous, () => view.goTo(previous)) : nothing}
            <button type="button" @click=${view.submit}>${m.qSubmit}</button>
          </div>`
        : nothing
    }
  </section>`;
}
