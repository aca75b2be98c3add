import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ToolSheetBlock } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { formatMessage } from '../i18n/messages.ts';
import { deepLinkUrl } from '../logic/deep-link.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * A printable tool sheet ("fiche-outil"). Its button raises `dlis-print-sheet`; the shell then marks the page
 * so that print CSS hides everything but this sheet, prints, and unmarks on afterprint. The sheet avoids
 * page breaks inside, so it prints on one page. "Copy the link" puts the sheet's deep link
 * (index.html#<block id>) on the clipboard, or shows it to copy by hand where the clipboard is refused.
 */
export class DlisToolSheet extends BlockElement<ToolSheetBlock> {
  static override properties: PropertyDeclarations = { link: { state: true } };

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
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .link label {
        display: flex;
        flex-direction: column;
      }
      .link input {
        font: inherit;
        min-height: 2.75rem;
        max-width: 100%;
      }
      @media print {
        .actions,
        .link {
          display: none;
        }
        section {
          break-inside: avoid;
          border-width: 1px;
          font-size: 0.9rem;
          margin: 0;
        }
      }
    `,
  ];

  /** The link last copied, or offered to copy by hand (`manual`). */
  private link?: { url: string; manual: boolean };

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = blocksMessagesFor(this.language);
    return html`<section aria-labelledby="sheet-title">
      <h2 id="sheet-title">${this.t(b.title)}</h2>
      <div class="prose">${unsafeHTML(this.t(b.html))}</div>
      <p class="actions">
        <button type="button" @click=${this.#print}>${m.printSheet}</button>
        <button type="button" class="secondary" @click=${this.#copyLink}>${m.copySheetLink}</button>
      </p>
      <div class="link" role="status">
        ${
          this.link && !this.link.manual
            ? html`<p>${formatMessage(m.sheetLinkCopied, { url: this.link.url })}</p>`
            : nothing
        }
      </div>
      ${
        this.link?.manual
          ? html`<p class="link">
              <label
                >${m.sheetLink}
                <input type="text" readonly .value=${this.link.url} @focus=${this.#selectAll} />
              </label>
            </p>`
          : nothing
      }
    </section>`;
  }

  async #copyLink(): Promise<void> {
    if (!this.block) return;
    const url = deepLinkUrl(location.href, this.block.id);
    try {
      await navigator.clipboard.writeText(url);
      this.link = { url, manual: false };
    } catch {
      // No clipboard (an LMS frame without the permission, an old browser): the link, selected, to copy by hand.
      this.link = { url, manual: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.link input')?.focus();
    }
  }

  #selectAll(event: Event): void {
    (event.target as HTMLInputElement).select();
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
