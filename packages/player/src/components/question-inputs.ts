/**
 * The answer controls of each question kind, as Lit templates for `dlis-question` (which owns the state).
 * Every control is a native, labelled form element or button: no drag-only interaction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type {
  ChoiceQuestion,
  FillInQuestion,
  LikertQuestion,
  MatchingQuestion,
  NumericQuestion,
  OrderingQuestion,
} from '@dlis/course/compiled';
import { formatMessage, type Messages } from '../i18n/messages.ts';

export interface InputContext {
  /** Localizes a course text. */
  t: (text: Record<string, string>) => string;
  messages: Messages;
  response: readonly string[];
  disabled: boolean;
  /** Replaces the whole response. */
  set: (response: string[]) => void;
}

/** Radio buttons (single-choice, true-false, likert) or checkboxes (multiple-choice). */
export function choiceInputs(q: ChoiceQuestion | LikertQuestion, c: InputContext): TemplateResult {
  const options = q.kind === 'likert' ? q.scale : q.choices;
  const radio = q.kind !== 'multiple-choice';
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const picked = new Set(radio ? [] : c.response);
    if (input.checked) picked.add(input.value);
    else picked.delete(input.value);
    // Course order, so the response pattern does not depend on the clicking order.
    c.set(options.map((o) => o.id).filter((id) => picked.has(id)));
  };
  return html`<ul class="choices ${q.kind === 'likert' ? 'scale' : ''}">
    ${options.map(
      (o) =>
        html`<li class="choice">
          <input
            type=${radio ? 'radio' : 'checkbox'}
            id=${`choice-${o.id}`}
            name=${`q-${q.id}`}
            value=${o.id}
            .checked=${c.response.includes(o.id)}
            ?disabled=${c.disabled}
            @change=${change}
          />
          <label for=${`choice-${o.id}`}>${unsafeHTML(c.t(o.label))}</label>
        </li>`,
    )}
  </ul>`;
}

/** One labelled <select> of targets per source. */
export function matchingInputs(q: MatchingQuestion, c: InputContext): TemplateResult {
  const change = (index: number, event: Event) => {
    const next = q.sources.map((_, i) => c.response[i] ?? '');
    next[index] = (event.target as HTMLSelectElement).value;
    c.set(next);
  };
  return html`<ul class="pairs">
    ${q.sources.map(
      (s, i) =>
        html`<li class="pair">
          <label for=${`match-${q.id}-${i}`}>${unsafeHTML(c.t(s.label))}</label>
          <select id=${`match-${q.id}-${i}`} ?disabled=${c.disabled} @change=${(e: Event) => change(i, e)}>
            <option value="" ?selected=${!c.response[i]}>${c.messages.chooseTarget}</option>
            ${q.targets.map(
              (target) =>
                html`<option value=${target.id} ?selected=${c.response[i] === target.id}>
                  ${c.t(q.labelTexts[target.id] ?? target.label)}
                </option>`,
            )}
          </select>
        </li>`,
    )}
  </ul>`;
}

/**
 * The items in the learner's order, each with "move up" / "move down" buttons whose names include the item
 * label. `move` reorders and announces the new position.
 */
export function orderingInputs(
  q: OrderingQuestion,
  c: InputContext,
  move: (index: number, delta: number) => void,
): TemplateResult {
  const label = (id: string) => {
    const label = q.labelTexts[id] ?? q.items.find((i) => i.id === id)?.label;
    return label ? c.t(label) : id;
  };
  return html`<ol class="order">
    ${c.response.map(
      (id, i) =>
        html`<li class="order-item" data-id=${id}>
          <span class="order-label">${label(id)}</span>
          <span class="order-buttons">
            <button
              type="button"
              class="secondary up"
              aria-label=${formatMessage(c.messages.moveUp, { item: label(id) })}
              ?disabled=${c.disabled || i === 0}
              @click=${() => move(i, -1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              class="secondary down"
              aria-label=${formatMessage(c.messages.moveDown, { item: label(id) })}
              ?disabled=${c.disabled || i === c.response.length - 1}
              @click=${() => move(i, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </span>
        </li>`,
    )}
  </ol>`;
}

/** A labelled text field (fill-in) or decimal field with its unit after it (numeric). */
export function textInput(
  q: FillInQuestion | NumericQuestion,
  c: InputContext,
  describedBy: string,
): TemplateResult {
  const numeric = q.kind === 'numeric';
  const unit = numeric && q.unit ? c.t(q.unit) : undefined;
  return html`<p class="field">
    <label for=${`answer-${q.id}`}>${c.messages.yourAnswer}</label>
    <span class="field-row">
      <input
        id=${`answer-${q.id}`}
        type="text"
        inputmode=${numeric ? 'decimal' : nothing}
        autocomplete="off"
        spellcheck=${numeric ? 'false' : nothing}
        maxlength=${q.kind === 'fill-in' ? q.maxLength : 32}
        .value=${c.response[0] ?? ''}
        ?disabled=${c.disabled}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => c.set([(e.target as HTMLInputElement).value])}
      />
      ${unit ? html`<span class="unit" id=${`unit-${q.id}`}>${unit}</span>` : nothing}
    </span>
  </p>`;
}
