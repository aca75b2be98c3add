import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  type LanguageTag,
  type Localized,
  type QuestionnaireBlock,
} from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { agilityMessagesFor, type QuestionnaireMessages } from '../i18n/agility/agility-messages.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { demoteHeadings } from '../logic/demote-headings.ts';
import { localize } from '../logic/localize.ts';
import {
  askedBackground,
  readProgress,
  respondentCountry,
  responsesOf,
  shownScenarios,
  stepsFor,
  type QuestionnaireProgress,
  type QuestionnaireResponses,
} from '../logic/questionnaire-progress.ts';
import { questionnaireReport, questionnaireResult } from '../logic/questionnaire-report.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import './dlis-agility-results.ts';
import { questionnaireEvent } from './dlis-questionnaire-events.ts';
import {
  renderDimensionStep,
  renderReviewStep,
  stepButton,
  type StepView,
} from './dlis-questionnaire-steps.ts';
import { questionnaireHeadingStyles, questionnaireStyles } from './dlis-questionnaire-styles.ts';

/**
 * The digital agility questionnaire (issue 6): consent (diagnostic required, research optional and separate),
 * background questions (only with research consent), one page per dimension (self-assessment items on their
 * scale with "not applicable", then the dimension's scenarios), a review with "change" links, then submission
 * and the results. Progress is saved (event `dlis-questionnaire-save`) on every step change, so a learner can
 * stop and resume mid-way; the shell stores it in `LearnerState.answers` (questionnaireStateKey). Submitting
 * raises `dlis-questionnaire-submit` with the report to send (questionnaireReport: scoring is @dlis/agility's).
 */
export class DlisQuestionnaire extends LitElement {
  static override properties: PropertyDeclarations = {
    block: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
    saved: { attribute: false },
    readOnly: { type: Boolean },
    draft: { state: true },
    problem: { state: true },
    notice: { state: true },
  };

  static override styles = [baseStyles, proseStyles, questionnaireHeadingStyles, questionnaireStyles];

  block?: QuestionnaireBlock;
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  /** The player's UI strings, given by the page; the add-on's own strings are added (agilityMessagesFor). */
  messages?: Messages;
  /** The learner's saved answers (`LearnerState.answers`): the questionnaire's progress is read from them. */
  saved: LearnerState['answers'] = {};
  /** Review/browse mode: answers are shown, nothing can change. */
  readOnly = false;

  /** Responses changed on this page and not yet saved, by state key (null: removed). */
  private draft: Record<string, string[] | null> = {};
  /** The error shown (role=alert) when a step cannot be left yet. */
  private problem = '';
  /** The news shown in the status region (saved). */
  private notice = '';

  readonly #startedAt = performance.now();
  /** What to focus after the next render: the step heading, or an input by id. */
  #focus?: string;

  get #responses(): QuestionnaireResponses {
    const merged: Record<string, readonly string[] | undefined> = { ...responsesOf(this.saved) };
    for (const [key, value] of Object.entries(this.draft)) merged[key] = value ?? undefined;
    return merged;
  }

  /** The player's strings and the add-on's, in the UI language of the content language. */
  get #messages(): QuestionnaireMessages | undefined {
    return this.messages && { ...this.messages, ...agilityMessagesFor(this.language) };
  }

  #key(part: string): string {
    return questionnaireStateKey(this.block?.id ?? '', part);
  }

  #t = (text: Localized): string => localize(text, this.language, this.defaultLanguage);

  #set(part: string, response: string[] | null): void {
    this.draft = { ...this.draft, [this.#key(part)]: response };
    this.problem = '';
  }

  override render() {
    const block = this.block;
    const m = this.#messages;
    if (!block || !m) return nothing;
    const progress = readProgress(block, this.#responses);
    if (progress.submitted) return this.#renderResults(block, progress, m);
    if (this.readOnly) return renderReviewStep(this.#view(block, progress, m), false);
    if (!progress.diagnosticConsent || progress.step === 'consent')
      return this.#renderConsent(block, progress, m);
    if (progress.step === 'background' && stepsFor(block, progress.researchConsent).includes('background'))
      return this.#renderBackground(block, progress, m);
    if (progress.step === 'review') return renderReviewStep(this.#view(block, progress, m), true);
    return renderDimensionStep(this.#view(block, progress, m));
  }

  protected override updated(): void {
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    if (target === 'results') {
      void this.renderRoot.querySelector('dlis-agility-results')?.focusHeading();
      return;
    }
    const element =
      target === 'heading'
        ? this.renderRoot.querySelector<HTMLElement>('h2')
        : this.renderRoot.querySelector<HTMLElement>(`[id="${target}"]`);
    element?.focus();
  }

  /** What the step renderers need: the data, the progress and the actions. */
  #view(block: QuestionnaireBlock, progress: QuestionnaireProgress, m: QuestionnaireMessages): StepView {
    const steps = stepsFor(block, progress.researchConsent);
    return {
      block,
      progress,
      messages: m,
      t: this.#t,
      steps,
      scenarios: shownScenarios(block, respondentCountry(block, progress.background)),
      problem: this.problem,
      notice: this.notice,
      choose: (id, value) => this.#set(id, [value]),
      goTo: (step, focus) => this.#goTo(step, focus),
      submit: () => this.#submit(block, progress),
    };
  }

  #renderConsent(block: QuestionnaireBlock, progress: QuestionnaireProgress, m: QuestionnaireMessages) {
    const c = block.consent;
    const start = () => {
      if (!progress.diagnosticConsent) {
        this.problem = m.qConsentRequired;
        this.#focus = 'consent-diagnostic';
        return;
      }
      if (!progress.researchConsent) {
        // No research data without consent: background answers given before are removed (the country stays:
        // it is part of the diagnostic).
        for (const q of block.background) if (!q.country) this.#set(q.id, null);
      }
      const steps = stepsFor(block, progress.researchConsent);
      this.#goTo(steps[1] ?? 'review');
    };
    const toggle = (choice: 'diagnostic' | 'research', on: boolean) => {
      const now = new Set([
        ...(progress.diagnosticConsent ? ['diagnostic'] : []),
        ...(progress.researchConsent ? ['research'] : []),
      ]);
      if (on) now.add(choice);
      else now.delete(choice);
      this.#set(
        QuestionnaireStateKey.consent,
        ['diagnostic', 'research'].filter((id) => now.has(id)),
      );
    };
    return html`<section class="questionnaire" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${m.qConsentTitle}</h2>
      <div class="prose notice" .innerHTML=${demoteHeadings(this.#t(c.notice))}></div>
      <fieldset class="consent">
        <legend class="visually-hidden">${m.qConsentTitle}</legend>
        <div class="check">
          <input
            type="checkbox"
            id="consent-diagnostic"
            required
            aria-required="true"
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby=${this.problem ? 'step-problem' : nothing}
            .checked=${progress.diagnosticConsent}
            @change=${(e: Event) => toggle('diagnostic', (e.target as HTMLInputElement).checked)}
          />
          <label for="consent-diagnostic">${this.#t(c.diagnostic)} <span>${m.qRequired}</span></label>
        </div>
        <div class="check">
          <input
            type="checkbox"
            id="consent-research"
            .checked=${progress.researchConsent}
            @change=${(e: Event) => toggle('research', (e.target as HTMLInputElement).checked)}
          />
          <label for="consent-research">${this.#t(c.research)}</label>
        </div>
      </fieldset>
      <p id="step-problem" class="problem" role="alert">${this.problem}</p>
      <div class="actions"><button type="button" @click=${start}>${m.qStart}</button></div>
    </section>`;
  }

  #renderBackground(block: QuestionnaireBlock, progress: QuestionnaireProgress, m: QuestionnaireMessages) {
    const research = progress.researchConsent;
    const asked = askedBackground(block, progress.background, research);
    const buttons = { block, messages: m, t: this.#t };
    const next = () => {
      const missing = asked.filter((q) => q.required && progress.background[q.id] === undefined);
      if (missing.length > 0) {
        this.problem = formatMessage(m.qRequiredMissing, {
          questions: new Intl.ListFormat(this.language).format(missing.map((q) => this.#t(q.label))),
        });
        this.#focus = `bg-${missing[0]?.id ?? ''}-0`;
        return;
      }
      // A conditional question no longer asked (its condition changed) keeps no answer.
      for (const q of block.background) if (!asked.includes(q)) this.#set(q.id, null);
      this.#goTo(stepsFor(block, research)[2] ?? 'review');
    };
    // The country is asked whatever the research choice: say why, and that it is not sent without consent.
    return html`<section class="questionnaire" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${m.qBackgroundTitle}</h2>
      ${
        research
          ? html`<p>
              ${asked.some((q) => q.country) ? m.qBackgroundIntroCountry : m.qBackgroundIntro}
              ${asked.some((q) => q.required) ? m.qBackgroundRequired : nothing}
            </p>`
          : nothing
      }
      ${asked.map(
        (q) =>
          html`<fieldset class="item" aria-describedby=${q.country ? 'country-why' : nothing}>
            <legend>${this.#t(q.label)}${q.required ? html` <span>${m.qRequired}</span>` : nothing}</legend>
            ${
              q.country
                ? html`<p id="country-why" class="hint">
                    ${research ? m.qCountryWhy : `${m.qCountryWhy} ${m.qCountryPrivate}`}
                  </p>`
                : nothing
            }
            <div class="options">
              ${q.options.map(
                (o, i) =>
                  html`<div class="option">
                    <input
                      type="radio"
                      id=${`bg-${q.id}-${i}`}
                      name=${`bg-${q.id}`}
                      .checked=${progress.background[q.id] === o.id}
                      @change=${() => this.#set(q.id, [o.id])}
                    />
                    <label for=${`bg-${q.id}-${i}`}>${this.#t(o.label)}</label>
                  </div>`,
              )}
            </div>
          </fieldset>`,
      )}
      <p id="step-problem" class="problem" role="alert">${this.problem}</p>
      <div class="actions">
        ${stepButton(buttons, 'previous', 'consent', () => this.#goTo('consent'))}
        ${stepButton(buttons, 'next', stepsFor(block, research)[2] ?? 'review', next)}
      </div>
    </section>`;
  }

  #renderResults(block: QuestionnaireBlock, progress: QuestionnaireProgress, m: QuestionnaireMessages) {
    return html`<dlis-agility-results
      .block=${block}
      .result=${questionnaireResult(block, progress)}
      .answers=${progress.answers}
      .scenarios=${shownScenarios(block, respondentCountry(block, progress.background))}
      .language=${this.language}
      .defaultLanguage=${this.defaultLanguage}
      .messages=${m}
    ></dlis-agility-results>`;
  }

  /** Shows `step` (focus on its heading, or on the input `focus`) and saves the progress. */
  #goTo(step: string, focus = 'heading'): void {
    this.#set(QuestionnaireStateKey.step, [step]);
    this.#focus = focus;
    this.#save();
  }

  #save(): void {
    if (!this.block || this.readOnly) return;
    this.dispatchEvent(
      questionnaireEvent('dlis-questionnaire-save', { questionnaireId: this.block.id, entries: this.draft }),
    );
    this.notice = this.#messages?.qSaved ?? '';
  }

  #submit(block: QuestionnaireBlock, progress: QuestionnaireProgress): void {
    if (this.readOnly) return;
    const report = questionnaireReport(block, progress, {
      lang: this.language,
      defaultLanguage: this.defaultLanguage,
      durationMs: performance.now() - this.#startedAt,
      timestamp: new Date(),
    });
    this.#set(QuestionnaireStateKey.submitted, ['yes']);
    this.#focus = 'results';
    this.dispatchEvent(
      questionnaireEvent('dlis-questionnaire-submit', {
        questionnaireId: block.id,
        entries: this.draft,
        report,
      }),
    );
  }
}

customElements.define('dlis-questionnaire', DlisQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-questionnaire': DlisQuestionnaire;
  }
}
