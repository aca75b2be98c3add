import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LanguageTag, QuestionBlock } from '@dlis/course/compiled';
import type { SavedAnswer } from '@dlis/tracking';
import { playerEvent } from '../events.ts';
import { en } from '../i18n/en.ts';
import { formatMessage, type MessageKey, type Messages } from '../i18n/messages.ts';
import { expectedAnswer } from '../logic/expected-answer.ts';
import { localize } from '../logic/localize.ts';
import { decimalPlaces, parseDecimal } from '../logic/normalize-answer.ts';
import { initialOrder, moveItem } from '../logic/ordering-shuffle.ts';
import { partlyRight } from '../logic/partly-right.ts';
import { scoreQuestion } from '../logic/score-question.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import {
  choiceInputs,
  matchingInputs,
  orderingInputs,
  textInput,
  type InputContext,
} from './question-inputs.ts';
import { questionStyles } from './question-styles.ts';

/**
 * When the feedback of this question shows: 'immediate' after each check; 'deferred' (scored question of an
 * assessment with feedback on submit) shows only "Answer recorded"; 'review' shows the saved answer with the
 * expected answer and the feedback (after submission, or in review/browse mode).
 */
export type FeedbackMode = 'immediate' | 'deferred' | 'review';

/**
 * A question of any kind: a fieldset whose legend is the prompt (inline HTML, so phrasing content only), the
 * answer controls of its kind (question-inputs.ts), "Check" (raises `dlis-answer`; hidden once maxAttempts is
 * used up) and the feedback in an aria-live region, per `feedbackMode`.
 */
export class DlisQuestion extends LitElement {
  static override properties: PropertyDeclarations = {
    question: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
    saved: { attribute: false },
    readOnly: { type: Boolean },
    feedbackMode: { attribute: false },
    response: { state: true },
    checked: { state: true },
    problem: { state: true },
    announcement: { state: true },
  };

  static override styles = [baseStyles, proseStyles, questionStyles];

  question?: QuestionBlock;
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages: Messages = en;
  /** The saved answer, restored on resume and after navigation. */
  saved?: SavedAnswer;
  readOnly = false;
  feedbackMode: FeedbackMode = 'immediate';

  private response: string[] = [];
  /** Whether the feedback of the current response is shown. */
  private checked = false;
  /** A validation message (nothing selected, not a number…). */
  private problem?: string;
  /** Live announcement of the last move of an ordering item. */
  private announcement = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('saved') || changed.has('question')) {
      this.response = this.#initialResponse();
      this.checked = this.saved !== undefined;
    }
  }

  #initialResponse(): string[] {
    const q = this.question;
    const saved = this.saved?.response;
    if (!q) return [];
    if (q.kind === 'ordering')
      return saved?.length
        ? [...saved]
        : initialOrder(
            q.id,
            q.items.map((i) => i.id),
          );
    if (q.kind === 'numeric' && saved?.[0]) return [this.#localNumber(saved[0])];
    return saved ? [...saved] : [];
  }

  /** A saved number ('.' separator) written with the decimal separator of the language. */
  #localNumber(text: string): string {
    const separator = new Intl.NumberFormat(this.language).format(1.5).charAt(1);
    return separator === ',' ? text.replace('.', ',') : text;
  }

  get #attemptsLeft(): number | undefined {
    const max = this.question?.maxAttempts ?? 0;
    return max > 0 ? Math.max(0, max - (this.saved?.attempts ?? 0)) : undefined;
  }

  override render() {
    const q = this.question;
    if (!q) return nothing;
    const t = (text: Record<string, string>) => localize(text, this.language, this.defaultLanguage);
    const m = this.messages;
    const left = this.#attemptsLeft;
    const locked = this.readOnly || left === 0;
    const context: InputContext = {
      t,
      messages: m,
      response: this.response,
      disabled: locked,
      set: (response) => {
        this.response = response;
        this.checked = false;
        this.problem = undefined;
      },
    };
    const radio = q.kind === 'single-choice' || q.kind === 'true-false' || q.kind === 'likert';
    return html`<fieldset role=${radio ? 'radiogroup' : nothing}>
      <legend class="prose">${unsafeHTML(t(q.prompt))}</legend>
      ${this.readOnly ? html`<p class="note">${m.readOnly}</p>` : nothing} ${this.#renderInputs(q, context)}
      ${
        left !== undefined && !this.readOnly
          ? html`<p class="attempts">
              ${left > 0 ? formatMessage(m.attemptsLeft, { count: left }) : m.noAttemptsLeft}
            </p>`
          : nothing
      }
      ${locked ? nothing : html`<button type="button" class="check" @click=${this.#onCheck}>${m.check}</button>`}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div class="feedback" aria-live="polite">${this.#renderFeedback(q, t)}</div>
    </fieldset>`;
  }

  #renderInputs(q: QuestionBlock, c: InputContext) {
    switch (q.kind) {
      case 'single-choice':
      case 'multiple-choice':
      case 'true-false':
      case 'likert':
        return choiceInputs(q, c);
      case 'matching':
        return matchingInputs(q, c);
      case 'ordering':
        return orderingInputs(q, c, (index, delta) => this.#move(index, delta));
      case 'fill-in':
        return textInput(q, c, '');
      case 'numeric':
        return textInput(q, c, q.unit ? `unit-${q.id}` : '');
    }
  }

  #renderFeedback(q: QuestionBlock, t: (text: Record<string, string>) => string) {
    const m = this.messages;
    if (this.problem) return html`<p class="outcome">${this.problem}</p>`;
    if (!this.checked && this.feedbackMode === 'review') {
      const expected = expectedAnswer(q, this.language, this.defaultLanguage);
      return expected
        ? html`<p class="expected">${formatMessage(m.expected, { answer: expected })}</p>`
        : nothing;
    }
    if (!this.checked) return nothing;
    const saved = this.saved?.response ?? this.response;
    const score = scoreQuestion(q, saved);
    if (this.feedbackMode === 'deferred' || (score.neutral && this.feedbackMode !== 'review')) {
      return html`<p class="outcome neutral">${m.recorded}</p>
        ${this.feedbackMode === 'deferred' ? html`<p>${m.feedbackLater}</p>` : nothing}`;
    }
    const key: MessageKey = score.neutral ? 'recorded' : score.correct ? 'correct' : 'incorrect';
    const general = score.neutral ? undefined : score.correct ? q.feedback.correct : q.feedback.incorrect;
    const chosen =
      q.kind === 'single-choice' || q.kind === 'multiple-choice' || q.kind === 'true-false'
        ? q.choices.filter((c) => saved.includes(c.id) && c.feedback)
        : [];
    // The right answer shows in review and once the last attempt is used: nothing is left to try.
    const expected =
      (this.feedbackMode === 'review' || this.#attemptsLeft === 0) && !score.correct
        ? expectedAnswer(q, this.language, this.defaultLanguage)
        : undefined;
    const partly = score.neutral || score.correct ? undefined : partlyRight(q, saved);
    return html`<p class="outcome ${score.neutral ? 'neutral' : score.correct ? 'correct' : 'incorrect'}">
        <span aria-hidden="true">${score.neutral ? '' : score.correct ? '✓ ' : '✗ '}</span>${m[key]}
      </p>
      ${partly ? html`<p>${formatMessage(m.partlyRight, partly)}</p>` : nothing}
      ${expected ? html`<p class="expected">${formatMessage(m.expected, { answer: expected })}</p>` : nothing}
      ${general ? html`<div class="prose">${unsafeHTML(t(general))}</div>` : nothing}
      ${
        chosen.length
          ? html`<ul>
              ${chosen.map(
                (c) =>
                  html`<li>
                    <span class="visually-hidden">${m.yourChoice} </span
                    ><strong class="prose">${unsafeHTML(t(c.label))}</strong> —
                    <span class="prose">${unsafeHTML(t(c.feedback ?? {}))}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  async #move(index: number, delta: number): Promise<void> {
    const q = this.question;
    if (q?.kind !== 'ordering') return;
    const order = moveItem(this.response, index, delta);
    const id = this.response[index] ?? '';
    const position = order.indexOf(id);
    this.response = order;
    this.checked = false;
    this.problem = undefined;
    // The plain text of the label (build time), or the label itself when it has no markup.
    const label = q.labelTexts[id] ?? q.items.find((i) => i.id === id)?.label;
    this.announcement = formatMessage(this.messages.movedTo, {
      item: label ? localize(label, this.language, this.defaultLanguage) : id,
      position: position + 1,
      total: order.length,
    });
    // Keep focus on the moved item: the same button, or the other one when it became disabled at an end.
    await this.updateComplete;
    const row = this.renderRoot.querySelectorAll<HTMLLIElement>('.order-item')[position];
    const same = row?.querySelector<HTMLButtonElement>(delta < 0 ? '.up' : '.down');
    const other = row?.querySelector<HTMLButtonElement>(delta < 0 ? '.down' : '.up');
    (same && !same.disabled ? same : other)?.focus();
  }

  #onCheck(): void {
    const q = this.question;
    if (!q || this.readOnly || this.#attemptsLeft === 0) return;
    const problem = this.#validate(q);
    if (problem) {
      this.problem = problem;
      return;
    }
    this.problem = undefined;
    let response = [...this.response];
    if (q.kind === 'numeric') response = [String(parseDecimal(response[0] ?? ''))];
    if (q.kind === 'matching') response = q.sources.map((_, i) => this.response[i] ?? '');
    this.checked = true;
    this.dispatchEvent(playerEvent('dlis-answer', { questionId: q.id, response }));
  }

  /** The message to show when the response cannot be checked yet, else undefined. */
  #validate(q: QuestionBlock): string | undefined {
    const m = this.messages;
    const first = (this.response[0] ?? '').trim();
    switch (q.kind) {
      case 'fill-in':
        return first === '' ? m.typeAnswer : undefined;
      case 'numeric': {
        const value = parseDecimal(first);
        if (value === undefined) return m.enterNumber;
        return decimalPlaces(String(value)) > q.decimals
          ? formatMessage(m.tooManyDecimals, { decimals: q.decimals })
          : undefined;
      }
      case 'matching':
        return this.response.some(Boolean) ? undefined : m.selectAnswer;
      case 'ordering':
        return undefined;
      default:
        return this.response.length === 0 ? m.selectAnswer : undefined;
    }
  }
}

customElements.define('dlis-question', DlisQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-question': DlisQuestion;
  }
}
