import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AccordionBlock } from '@dlis/course/compiled';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/** An accordion: one native <details>/<summary> per item (keyboard and screen reader support built in). */
export class DlisAccordion extends BlockElement<AccordionBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      .accordion {
        margin: 1.5rem 0;
      }
      details {
        border: 1px solid var(--dlis-color-border, #767676);
        border-radius: var(--dlis-radius, 0.375rem);
        margin: 0.5rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        padding: 0.625rem 0.75rem;
        min-height: 2.75rem;
        overflow-wrap: anywhere;
      }
      details[open] summary {
        border-bottom: 1px solid var(--dlis-color-border, #767676);
      }
      .panel {
        padding: 0.75rem;
      }
      @media print {
        details > .panel {
          display: block;
        }
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<div class="accordion">
      ${b.items.map(
        (item) =>
          html`<details id=${`item-${item.id}`}>
            <summary>${this.t(item.title)}</summary>
            <div class="panel prose">${unsafeHTML(this.t(item.html))}</div>
          </details>`,
      )}
    </div>`;
  }
}

customElements.define('dlis-accordion', DlisAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-accordion': DlisAccordion;
  }
}
