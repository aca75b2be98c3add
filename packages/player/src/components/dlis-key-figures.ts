import { css, html, nothing } from 'lit';
import type { KeyFiguresBlock } from '@dlis/course/compiled';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { baseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/** Key figures: a list whose values are text (read as such by screen readers), with label and source. */
export class DlisKeyFigures extends BlockElement<KeyFiguresBlock> {
  static override styles = [
    baseStyles,
    css`
      section {
        margin: 1.5rem 0;
      }
      h2 {
        font-size: 1.25rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        gap: 1rem;
      }
      li {
        padding: 1rem;
        border: 1px solid var(--dlis-color-border, #767676);
        border-top: 0.375rem solid var(--dlis-color-primary, #1a4f8b);
        border-radius: var(--dlis-radius, 0.375rem);
        overflow-wrap: anywhere;
      }
      .value {
        display: block;
        font-size: 2rem;
        font-weight: 700;
        line-height: 1.2;
        color: var(--dlis-color-primary, #1a4f8b);
      }
      .source {
        display: block;
        font-size: 0.875rem;
        color: var(--dlis-color-muted, #595959);
        margin-top: 0.25rem;
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<section aria-label=${b.title ? this.t(b.title) : nothing}>
      ${b.title ? html`<h2>${this.t(b.title)}</h2>` : nothing}
      <ul>
        ${b.figures.map(
          (f) =>
            html`<li>
              <span class="value">${this.t(f.value)}</span>
              <span class="label">${this.t(f.label)}</span>
              ${f.source ? html`<span class="source">${formatMessage(blocksMessagesFor(this.language).source, { source: this.t(f.source) })}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

customElements.define('dlis-key-figures', DlisKeyFigures);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-key-figures': DlisKeyFigures;
  }
}
