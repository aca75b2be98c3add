import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ToolSheetBlock } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * A printable tool sheet ("fiche-outil"). Its button raises `dlis-print-sheet`; the shell then marks the page
 * so that print CSS hides everything but this sheet, prints, and unmarks on afterprint. The sheet avoids
 * page breaks inside, so it prints on one page.
 */
export class DlisToolSheet extends BlockElement<ToolSheetBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      section {
        margin: 1.5rem 0;
        padding: 1rem 1.25rem;
        border: 2px solid var(--dlis-color-primary, #1a4f8b);
        border-radius: var(--dlis-radius, 0.375rem);
      }
      h2 {
        margin-top: 0;
        font-size: 1.375rem;
      }
      @media print {
        section {
          break-inside: avoid;
          border-width: 1px;
          font-size: 0.9rem;
          margin: 0;
        }
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<section aria-labelledby="sheet-title">
      <h2 id="sheet-title">${this.t(b.title)}</h2>
      <div class="prose">${unsafeHTML(this.t(b.html))}</div>
      <p>
        <button type="button" @click=${this.#print}>${blocksMessagesFor(this.language).printSheet}</button>
      </p>
    </section>`;
  }

  #print(): void {
    if (this.block) this.dispatchEvent(playerEvent('dlis-print-sheet', { blockId: this.block.id }));
  }
}

customElements.define('dlis-tool-sheet', DlisToolSheet);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-tool-sheet': DlisToolSheet;
  }
}
