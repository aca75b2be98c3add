import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledVariable, VariableChoiceBlock } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { choiceListStyles } from './choice-list-styles.ts';

/**
 * The choice of a course variable (conditional content): one radio button per value; each change raises
 * `dlis-variable` (the shell saves it, reports it and shows the pages and questions that follow from it).
 */
export class DlisVariableChoice extends BlockElement<VariableChoiceBlock> {
  static override properties: PropertyDeclarations = {
    variable: { attribute: false },
    value: { attribute: false },
    readOnly: { type: Boolean },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    choiceListStyles,
    css`
      fieldset {
        border: 2px solid var(--dlis-color-primary);
      }
    `,
  ];

  /** The course variable the block sets (CompiledCourse.variables). */
  variable?: CompiledVariable;
  /** Its current value id, if any. */
  value?: string;
  readOnly = false;

  override render() {
    const b = this.block;
    const variable = this.variable;
    if (!b || !variable) return nothing;
    const chosen = variable.values.find((v) => v.id === this.value);
    return html`<fieldset>
      <legend class="prose">${unsafeHTML(this.t(b.prompt))}</legend>
      <ul>
        ${variable.values.map(
          (value) =>
            html`<li>
              <input
                type="radio"
                name=${`variable-${b.id}`}
                id=${`variable-${b.id}-${value.id}`}
                value=${value.id}
                .checked=${value.id === this.value}
                ?disabled=${this.readOnly}
                @change=${this.#onChange}
              />
              <label for=${`variable-${b.id}-${value.id}`}>${this.t(value.label)}</label>
            </li>`,
        )}
      </ul>
      <p class="note" aria-live="polite">
        ${
          chosen
            ? formatMessage(blocksMessagesFor(this.language).variableChosen, { value: this.t(chosen.label) })
            : nothing
        }
      </p>
    </fieldset>`;
  }

  #onChange(event: Event): void {
    const b = this.block;
    const input = event.target as HTMLInputElement;
    if (!b || !input.checked) return;
    this.value = input.value;
    this.dispatchEvent(playerEvent('dlis-variable', { variable: b.variable, value: input.value }));
  }
}

customElements.define('dlis-variable-choice', DlisVariableChoice);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-variable-choice': DlisVariableChoice;
  }
}
