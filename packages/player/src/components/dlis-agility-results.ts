import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { LanguageTag, Localized, QuestionnaireBlock } from '@dlis/course/compiled';
import type { AgilityResult, ScenarioItem, Tier } from '@dlis/agility';
import type { QuestionnaireMessages } from '../i18n/agility/agility-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import type { ChartDatum } from './chart-datum.ts';
import type { BarRow } from './dlis-bar-chart.ts';
import { questionnaireHeadingStyles } from './dlis-questionnaire-styles.ts';
import './dlis-bar-chart.ts';
import './dlis-radar-chart.ts';

const TIER_LABEL = {
  priority: 'qTierPriority',
  recommended: 'qTierRecommended',
  optional: 'qTierOptional',
} as const;

/**
 * The results of the digital agility questionnaire (issue 6): index and level, a radar chart and bars of the
 * dimensions (the bars' table gives the numbers of both), self-assessment (S) against knowledge (K) with the calibration messages,
 * "insufficient data" flags, the recommended resources by tier (linked when `resourceLinks` has a link), and
 * the scenarios with their feedback. Every number is `result`'s (scoreQuestionnaire), shown with one decimal.
 * Print CSS keeps a one-page summary (the scenario review is left out).
 */
export class DlisAgilityResults extends LitElement {
  static override properties: PropertyDeclarations = {
    block: { attribute: false },
    result: { attribute: false },
    answers: { attribute: false },
    scenarios: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
  };

  /** Opens the print dialog (tests replace it: a real dialog would block the browser). */
  static print: () => void = () => window.print();

  static override styles = [
    baseStyles,
    proseStyles,
    questionnaireHeadingStyles,
    css`
      :host {
        display: block;
      }
      .index {
        font-size: 1.25rem;
        font-weight: 700;
        margin: 0;
      }
      .charts {
        display: flex;
        flex-direction: column;
        gap: 1.5rem;
      }
      .scenario {
        border-top: 1px solid var(--dlis-color-border, #767676);
        padding-top: 0.5rem;
        margin-top: 0.75rem;
      }
      .model {
        color: var(--dlis-color-muted, #595959);
        font-size: 0.875rem;
      }
      @media print {
        :host {
          font-size: 9pt;
          line-height: 1.3;
        }
        h2 {
          font-size: 14pt;
          margin: 0 0 0.25rem;
        }
        .index {
          font-size: 12pt;
        }
        .scenarios {
          display: none;
        }
        h3 {
          font-size: 11pt;
          margin: 0.5rem 0 0.25rem;
        }
        /* One page: the radar beside the table of bars, lists in columns, the scenario review left out. */
        .charts {
          flex-direction: row;
          align-items: flex-start;
          gap: 1rem;
          break-inside: avoid;
        }
        dlis-radar-chart {
          flex: none;
        }
        dlis-bar-chart {
          flex: 1;
        }
        ul {
          columns: 2;
          margin: 0.25rem 0;
        }
        h4 {
          margin: 0.25rem 0;
        }
        p {
          margin: 0.25rem 0;
        }
      }
    `,
  ];

  block?: QuestionnaireBlock;
  result?: AgilityResult;
  /** The answers scored, by item or scenario id (for the scenario review). */
  answers: Readonly<Record<string, number | string>> = {};
  /** The scenarios shown to the respondent. */
  scenarios: ScenarioItem[] = [];
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages?: QuestionnaireMessages;

  /** Moves focus to the results heading. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  #t = (text: Localized): string => localize(text, this.language, this.defaultLanguage);

  #format = (value: number): string =>
    new Intl.NumberFormat(this.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      value,
    );

  override render() {
    const { block, result, messages: m } = this;
    if (!block || !result || !m) return nothing;
    const def = block.definition;
    const dimensionLabel = (id: string) => {
      const d = def.dimensions.find((x) => x.id === id);
      return d ? this.#t(d.labels) : id;
    };
    const data: ChartDatum[] = result.dimensions.map((d) => ({
      short: d.id,
      label: dimensionLabel(d.id),
      value: d.score,
    }));
    const show = (v: number | null) => (v === null ? '—' : this.#format(v));
    // A knowledge score that does not count in its dimension's score (knowledgeShare 0) says so.
    const knowledge = (id: string, v: number | null) =>
      v !== null && def.dimensions.find((x) => x.id === id)?.knowledgeShare === 0
        ? formatMessage(m.qKnowledgeNotCounted, { value: show(v) })
        : show(v);
    const rows: BarRow[] = result.dimensions.map((d) => ({
      short: d.id,
      label: dimensionLabel(d.id),
      value: d.score,
      cells: [show(d.self), knowledge(d.id, d.knowledge)],
    }));
    return html`<section aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1">${m.qResultsTitle}</h2>
      <p class="index">
        ${
          result.index === null
            ? m.qIndexNone
            : formatMessage(m.qIndex, { index: this.#format(result.index) })
        }
      </p>
      ${
        result.level
          ? html`<p>
              ${formatMessage(m.qLevel, {
                level: result.level.id,
                levels: def.levels.length,
                label: this.#t(result.level.labels),
              })}
            </p>`
          : nothing
      }
      <div class="charts">
        <dlis-radar-chart
          .data=${data}
          .caption=${formatMessage(m.qRadar, { table: m.qBars })}
          .table=${false}
          .missing=${m.qInsufficient}
          .format=${this.#format}
        ></dlis-radar-chart>
        <dlis-bar-chart
          .rows=${rows}
          .caption=${m.qBars}
          .headers=${[m.qDimension, m.qScore, m.qSelf, m.qKnowledge]}
          .missing=${m.qInsufficient}
          .format=${this.#format}
        ></dlis-bar-chart>
      </div>
      ${this.#renderCalibration(dimensionLabel, m)} ${this.#renderRecommendations(m)}
      ${this.#renderScenarios(dimensionLabel, m)}
      <p class="model">${formatMessage(m.qModel, { id: result.model.id, version: result.model.version })}</p>
      <div><button type="button" @click=${() => DlisAgilityResults.print()}>${m.qPrint}</button></div>
    </section>`;
  }

  #renderCalibration(dimensionLabel: (id: string) => string, m: QuestionnaireMessages) {
    const calibration = this.result?.calibration ?? [];
    if (calibration.length === 0) return nothing;
    return html`<h3>${m.qCalibration}</h3>
      <ul>
        ${calibration.map(
          (c) => html`<li><strong>${dimensionLabel(c.dimension)}</strong> — ${this.#t(c.message)}</li>`,
        )}
      </ul>`;
  }

  #renderRecommendations(m: QuestionnaireMessages) {
    const { block, result } = this;
    if (!block || !result) return nothing;
    const tiers: Tier[] = ['priority', 'recommended', 'optional'];
    const resource = (id: string) => {
      const r = block.definition.resources.find((x) => x.id === id);
      const label = r ? this.#t(r.labels) : id;
      const link = block.resourceLinks[id];
      return link ? html`<a href=${link}>${label}</a>` : label;
    };
    const any = tiers.some((t) => result.modules[t].length > 0);
    return html`<h3>${m.qRecommended}</h3>
      ${
        any
          ? tiers.map((tier) =>
              result.modules[tier].length
                ? html`<h4>${m[TIER_LABEL[tier]]}</h4>
                    <ul>
                      ${result.modules[tier].map((id) => html`<li>${resource(id)}</li>`)}
                    </ul>`
                : nothing,
            )
          : html`<p>${m.qNoRecommendation}</p>`
      }`;
  }

  #renderScenarios(dimensionLabel: (id: string) => string, m: QuestionnaireMessages) {
    const block = this.block;
    if (!block || this.scenarios.length === 0) return nothing;
    const credit = (c: number) => (c === 100 ? m.qCreditFull : c === 50 ? m.qCreditPartial : m.qCreditNone);
    return html`<div class="scenarios">
      <h3>${m.qScenarioReview}</h3>
      ${this.scenarios.map((s) => {
        // Numbered within their dimension, as in the questionnaire.
        const n = this.scenarios.filter((x) => x.dimension === s.dimension).indexOf(s) + 1;
        const answer = this.answers[s.id];
        const chosen = s.options.find((o) => o.id === answer);
        const best = s.options.find((o) => o.credit === 100);
        const optionText = (o: (typeof s.options)[number]) => `${o.id}. ${o.labels ? this.#t(o.labels) : ''}`;
        const feedback = chosen ? block.scenarioFeedback[s.id]?.[chosen.id] : undefined;
        const prompt = block.scenarioPrompts[s.id];
        return html`<div class="scenario">
          <h4>${formatMessage(m.situation, { step: n })} — ${dimensionLabel(s.dimension)}</h4>
          ${prompt ? html`<div class="prose" .innerHTML=${this.#t(prompt)}></div>` : nothing}
          <p>
            ${m.qYourAnswer} <strong>${chosen ? optionText(chosen) : m.qNotAnswered}</strong>
            ${chosen ? html` — ${credit(chosen.credit)}` : nothing}
          </p>
          ${
            best && best !== chosen
              ? html`<p>${formatMessage(m.qBestAnswer, { answer: optionText(best) })}</p>`
              : nothing
          }
          ${feedback ? html`<div class="prose" .innerHTML=${this.#t(feedback)}></div>` : nothing}
        </div>`;
      })}
    </div>`;
  }
}

customElements.define('dlis-agility-results', DlisAgilityResults);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-agility-results': DlisAgilityResults;
  }
}
