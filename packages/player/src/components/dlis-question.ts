import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LanguageTag, QuestionBlock } from '@dlis/course/compiled';
import type { SavedAnswer } from '@dlis/tracking';
import { playerEvent } from '../events.ts';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';
import { correctResponse, scoreQuestion } from '../logic/score-question.ts';
import { baseStyles, proseStyles } from '../theme.ts';

/** Removes the `<p>` around a one-paragraph prompt, so the legend holds phrasing content only. */
const unwrapParagraph = (markup: string): string => {
  const m = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(markup);
  return m?.[1] !== undefined && !m[1].includes('<p') ? m[1] : markup;
};

/**
 * A question: a fieldset whose legend is the prompt; single-choice and true-false are a radio group,
 * multiple-choice a set of checkboxes. "Check" raises `dlis-answer`; the feedback (overall + per selected
 * choice) is shown in an aria-live region. Read-only shows the saved answer with its feedback.
 */
@customElement('dlis-question')
export class DlisQuestion extends LitElement {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      fieldset {
        margin: 1.5rem 0;
        padding: 1rem;
        border: 1px solid var(--dlis-color-border, #767676);
        border-radius: var(--dlis-radius, 0.375rem);
        min-width: 0;
      }
      legend {
        padding: 0 0.25rem;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .choices {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0 1rem;
      }
      .choice {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        padding: 0.375rem 0;
      }
      .choice input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.15rem 0 0;
        flex: none;
      }
      .choice label {
        overflow-wrap: anywhere;
      }
      .feedback:empty {
        display: none;
      }
      .feedback {
        margin-top: 1rem;
        padding: 0.75rem;
        border-inline-start: 0.375rem solid var(--dlis-color-primary, #1a4f8b);
        background: var(--dlis-color-surface, #f2f4f7);
      }
      .outcome {
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      .outcome.correct {
        color: var(--dlis-color-success, #1e6b34);
      }
      .outcome.incorrect {
        color: var(--dlis-color-danger, #a4262c);
      }
      .note {
        font-style: italic;
      }
    `,
  ];

  @property({ attribute: false }) question?: QuestionBlock;
  @property({ attribute: false }) language: LanguageTag = 'fr';
  @property({ attribute: false }) defaultLanguage: LanguageTag = 'fr';
  @property({ attribute: false }) messages: Messages = en;
  /** The saved answer, restored on resume and after navigation. */
  @property({ attribute: false }) saved?: SavedAnswer;
  @property({ type: Boolean }) readOnly = false;

  @state() private selected: string[] = [];
  /** Whether the feedback of the current selection is shown. */
  @state() private checked = false;
  @state() private missing = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('saved') || changed.has('question')) {
      this.selected = this.saved?.response ?? [];
      this.checked = this.saved !== undefined && this.selected.length > 0;
    }
  }

  override render() {
    const q = this.question;
    if (!q) return nothing;
    const t = (text: Record<string, string>) => localize(text, this.language, this.defaultLanguage);
    const radio = q.kind !== 'multiple-choice';
    return html`<fieldset role=${radio ? 'radiogroup' : nothing}>
      <legend class="prose">${unsafeHTML(unwrapParagraph(t(q.prompt)))}</legend>
      ${this.readOnly ? html`<p class="note">${this.messages.readOnly}</p>` : nothing}
      <ul class="choices">
        ${q.choices.map(
          (choice) =>
            html`<li class="choice">
              <input
                type=${radio ? 'radio' : 'checkbox'}
                id=${`choice-${choice.id}`}
                name=${`q-${q.id}`}
                value=${choice.id}
                .checked=${this.selected.includes(choice.id)}
                ?disabled=${this.readOnly}
                @change=${this.onChange}
              />
              <label for=${`choice-${choice.id}`}>${unsafeHTML(t(choice.label))}</label>
            </li>`,
        )}
      </ul>
      ${this.readOnly ? nothing : html`<button type="button" @click=${this.onCheck}>${this.messages.check}</button>`}
      <div class="feedback" aria-live="polite">${this.renderFeedback(q, t)}</div>
    </fieldset>`;
  }

  private renderFeedback(q: QuestionBlock, t: (text: Record<string, string>) => string) {
    if (this.missing) return html`<p class="outcome">${this.messages.selectAnswer}</p>`;
    if (!this.checked) return nothing;
    const neutral = correctResponse(q).length === 0;
    const { correct } = scoreQuestion(q, this.selected);
    const general = neutral ? undefined : correct ? q.feedback.correct : q.feedback.incorrect;
    const chosen = q.choices.filter((c) => this.selected.includes(c.id) && c.feedback);
    const outcome = neutral ? 'neutral' : correct ? 'correct' : 'incorrect';
    const text = neutral ? this.messages.recorded : correct ? this.messages.correct : this.messages.incorrect;
    return html`<p class="outcome ${outcome}">
        <span aria-hidden="true">${neutral ? '' : correct ? '✓ ' : '✗ '}</span>${text}
      </p>
      ${general ? html`<div class="prose">${unsafeHTML(t(general))}</div>` : nothing}
      ${
        chosen.length
          ? html`<ul>
              ${chosen.map(
                (c) =>
                  html`<li>
                    <span class="visually-hidden">${this.messages.yourChoice} </span
                    ><strong class="prose">${unsafeHTML(t(c.label))}</strong> —
                    <span class="prose">${unsafeHTML(t(c.feedback ?? {}))}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const q = this.question;
    if (!q) return;
    const picked = new Set(input.type === 'radio' ? [] : this.selected);
    if (input.checked) picked.add(input.value);
    else picked.delete(input.value);
    // Keep course order, so the response pattern does not depend on the clicking order.
    this.selected = q.choices.map((c) => c.id).filter((id) => picked.has(id));
    this.checked = false;
    this.missing = false;
  }

  private onCheck(): void {
    const q = this.question;
    if (!q || this.readOnly) return;
    if (this.selected.length === 0) {
      this.missing = true;
      return;
    }
    this.missing = false;
    this.checked = true;
    this.dispatchEvent(playerEvent('dlis-answer', { questionId: q.id, response: [...this.selected] }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-question': DlisQuestion;
  }
}
