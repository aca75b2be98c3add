import { css, html, nothing } from 'lit';
import type { BannerBlock } from '@dlis/course/compiled';
import { baseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { blockImage } from './block-image.ts';

/**
 * A banner: the image across the content column, and its title on a solid panel in the theme's primary
 * colour (the `on-primary`/`primary` pair, checked at 4.5:1 for every theme), over the bottom of the image when
 * the block is at least 30rem wide and `titlePlacement` is `overlay`, else under it. Text never sits on the
 * picture itself, whose colours nobody checks. Defined by the visual-a add-on.
 */
export class DlisBanner extends BlockElement<BannerBlock> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
        margin: 0 0 var(--dlis-space-5);
      }
      .banner {
        position: relative;
        margin: 0;
        border-radius: var(--dlis-radius);
        overflow: hidden;
        background: var(--dlis-color-surface);
      }
      img {
        display: block;
        width: 100%;
        max-height: 22rem;
        object-fit: cover;
      }
      .panel {
        padding: var(--dlis-space-4) var(--dlis-space-5);
        background: var(--dlis-color-primary);
        color: var(--dlis-color-on-primary);
      }
      h2 {
        margin: 0;
        font-size: var(--dlis-text-2xl);
        line-height: 1.2;
        overflow-wrap: anywhere;
      }
      p {
        margin: var(--dlis-space-2) 0 0;
        font-size: var(--dlis-text-lg);
      }
      @container (min-width: 30rem) {
        .overlay .panel {
          position: absolute;
          inset-inline-start: var(--dlis-space-5);
          inset-block-end: var(--dlis-space-5);
          max-width: min(36rem, calc(100% - 2 * var(--dlis-space-5)));
          border-radius: var(--dlis-radius);
        }
      }
      @media print {
        .banner {
          break-inside: avoid;
        }
        img {
          max-height: 9cm;
        }
        .overlay .panel {
          position: static;
          max-width: none;
        }
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const panel =
      b.title || b.subtitle
        ? html`<div class="panel">
            ${b.title ? html`<h2>${this.t(b.title)}</h2>` : nothing}
            ${b.subtitle ? html`<p>${this.t(b.subtitle)}</p>` : nothing}
          </div>`
        : nothing;
    return html`<div class="banner ${b.titlePlacement}">
      ${blockImage(b, b.alt ? this.t(b.alt) : '', { lazy: false })} ${panel}
    </div>`;
  }
}

customElements.define('dlis-banner', DlisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-banner': DlisBanner;
  }
}
