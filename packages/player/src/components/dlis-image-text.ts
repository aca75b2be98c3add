import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ImageTextBlock } from '@dlis/course/compiled';
import { baseStyles, blockFrameStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { blockImage } from './block-image.ts';

/**
 * An image beside a text: two columns when the block is at least 36rem wide (the image on the side the
 * designer chose), else one above the other in the same order (image first when it is on the left, text first when
 * on the right), so the reading order is what is seen at every width. Defined by the visual-a add-on.
 */
export class DlisImageText extends BlockElement<ImageTextBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    blockFrameStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .image-text {
        display: grid;
        gap: var(--dlis-space-4);
        align-items: center;
      }
      img {
        display: block;
        width: 100%;
        border-radius: var(--dlis-radius);
      }
      @container (min-width: 36rem) {
        .image-text {
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
          gap: var(--dlis-space-5);
        }
        .image-text.right {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }
      @media print {
        .image-text {
          break-inside: avoid;
        }
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const image = blockImage(b, b.alt ? this.t(b.alt) : '', { column: '19rem' });
    const text = html`<div class="prose">${unsafeHTML(this.t(b.html))}</div>`;
    // Source order, not CSS order: screen readers and keyboards follow the order people see.
    return html`<div class="image-text ${b.position}">
      ${b.position === 'right' ? html`${text}${image}` : html`${image}${text}`}
    </div>`;
  }
}

customElements.define('dlis-image-text', DlisImageText);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-image-text': DlisImageText;
  }
}
