import { html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChecklistBlock } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { choiceListStyles } from './choice-list-styles.ts';

/** A checklist: real checkboxes; each change raises `dlis-checklist` with the ticked ids (saved by the shell). */
export class DlisChecklist extends BlockElement<ChecklistBlock> {
  static override properties: PropertyDeclarations = {
    ticked: { attribute: false },
    readOnly: { type: Boolean },
  };

  static override styles = [baseStyles, proseStyles, choiceListStyles];

  /** Ticked item ids (LearnerState.checklists[block.id]). */
  ticked: readonly string[] = [];
  readOnly = false;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const done = b.items.filter((i) => this.ticked.includes(i.id)).length;
    return html`<fieldset>
      ${b.title ? html`<legend>${this.t(b.title)}</legend>` : nothing}
      <ul>
        ${b.items.map(
          (item) =>
            html`<li>
              <input
                type="checkbox"
                id=${`check-${item.id}`}
                value=${item.id}
                .checked=${this.ticked.includes(item.id)}
                ?disabled=${this.readOnly}
                @change=${this.#onChange}
              />
              <label for=${`check-${item.id}`} class="prose">${unsafeHTML(this.t(item.html))}</label>
            </li>`,
        )}
      </ul>
      <p class="note" aria-live="polite">
        ${formatMessage(blocksMessagesFor(this.language).checklistDone, { done, total: b.items.length })}
      </p>
    </fieldset>`;
  }

  #onChange(event: Event): void {
    const b = this.block;
    if (!b) return;
    const input = event.target as HTMLInputElement;
    const set = new Set(this.ticked);
    if (input.checked) set.add(input.value);
    else set.delete(input.value);
    const ticked = b.items.map((i) => i.id).filter((id) => set.has(id));
    this.ticked = ticked;
    this.dispatchEvent(playerEvent('dlis-checklist', { blockId: b.id, ticked }));
  }
}

customElements.define('dlis-checklist', DlisChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-checklist': DlisChecklist;
  }
}
