import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { baseStyles, proseStyles } from '../theme.ts';

/** An image block: a figure, alt="" when decorative (`alt` null), lazy loaded, with its optional caption. */
export class DlisImage extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    width: { type: Number },
    height: { type: Number },
    alt: { attribute: false },
    caption: { attribute: false },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    css`
      figure {
        margin: 1.5rem 0;
      }
      figcaption {
        margin-top: 0.5rem;
        color: var(--dlis-color-muted);
        font-size: 0.95em;
      }
    `,
  ];

  /** Path relative to index.html. */
  src = '';
  width?: number;
  height?: number;
  /** Alternative text; null for a decorative image. */
  alt: string | null = null;
  /** Sanitised inline HTML. */
  caption?: string;

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

customElements.define('dlis-image', DlisImage);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-image': DlisImage;
  }
}
