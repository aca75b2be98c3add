import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { QuoteBlock } from '@dlis/course/compiled';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/** A quote or a testimony: <figure><blockquote>…<figcaption>, the kind told in words ("Témoignage"). */
export class DlisQuote extends BlockElement<QuoteBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      figure {
        margin: 1.5rem 0;
        padding: 1rem 1.25rem;
        border-inline-start: 0.375rem solid var(--dlis-color-primary, #1a4f8b);
        background: var(--dlis-color-surface, #f2f4f7);
      }
      .kind {
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      blockquote {
        margin: 0;
        font-size: 1.125rem;
      }
      figcaption {
        margin-top: 0.75rem;
      }
      .role,
      cite {
        color: var(--dlis-color-muted, #595959);
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = blocksMessagesFor(this.language);
    const kind = b.kind === 'testimony' ? m.testimony : m.quote;
    const caption = b.author || b.role || b.source;
    return html`<figure aria-label=${kind}>
      <p class="kind">${kind}</p>
      <blockquote class="prose">${unsafeHTML(this.t(b.html))}</blockquote>
      ${
        caption
          ? html`<figcaption>
              ${b.author ? html`<strong>${this.t(b.author)}</strong>` : nothing}
              ${b.role ? html`<span class="role">${b.author ? ', ' : ''}${this.t(b.role)}</span>` : nothing}
              ${b.source ? html`<br /><cite>${this.t(b.source)}</cite>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }
}

customElements.define('dlis-quote', DlisQuote);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-quote': DlisQuote;
  }
}
