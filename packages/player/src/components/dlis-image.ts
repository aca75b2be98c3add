import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { baseStyles, proseStyles } from '../theme.ts';

/** An image block: a figure, alt="" when decorative (`alt` null), lazy loaded, with its optional caption. */
@customElement('dlis-image')
export class DlisImage extends LitElement {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      figure {
        margin: 1.5rem 0;
      }
      figcaption {
        margin-top: 0.5rem;
        color: var(--dlis-color-muted, #595959);
        font-size: 0.95em;
      }
    `,
  ];

  /** Path relative to index.html. */
  @property() src = '';
  @property({ type: Number }) width?: number;
  @property({ type: Number }) height?: number;
  /** Alternative text; null for a decorative image. */
  @property({ attribute: false }) alt: string | null = null;
  /** Sanitised inline HTML. */
  @property({ attribute: false }) caption?: string;

  override render() {
    return html`<figure>
      <img
        src=${this.src}
        alt=${this.alt ?? ''}
        width=${ifDefined(this.width)}
        height=${ifDefined(this.height)}
        loading="lazy"
        decoding="async"
      />
      ${this.caption ? html`<figcaption class="prose">${unsafeHTML(this.caption)}</figcaption>` : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-image': DlisImage;
  }
}
