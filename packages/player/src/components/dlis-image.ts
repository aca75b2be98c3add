import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ImageBlock } from '@dlis/course/compiled';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { blockImage } from './block-image.ts';

/**
 * An image block: a figure, alt="" when decorative (`alt` null), lazy loaded, with its optional caption.
 * Defined by the blocks add-on, which courses with an image block ship.
 */
export class DlisImage extends BlockElement<ImageBlock> {
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

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<figure>
      ${blockImage(b, b.alt ? this.t(b.alt) : '')}
      ${b.caption ? html`<figcaption class="prose">${unsafeHTML(this.t(b.caption))}</figcaption>` : nothing}
    </figure>`;
  }
}

customElements.define('dlis-image', DlisImage);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-image': DlisImage;
  }
}
