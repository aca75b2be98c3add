import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { MediaBlock } from '@dlis/course/compiled';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * Audio or video: the native player with its controls (keyboard accessible), never autoplay, metadata
 * preloaded only, a caption track per caption file, and the full transcript in a <details> disclosure.
 */
export class DlisMedia extends BlockElement<MediaBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      figure {
        margin: 1.5rem 0;
      }
      video,
      audio {
        display: block;
        width: 100%;
        max-width: 100%;
      }
      figcaption {
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
      details {
        margin-top: 0.5rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--dlis-color-border, #767676);
        border-radius: var(--dlis-radius, 0.375rem);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        min-height: 2.75rem;
        display: flex;
        align-items: center;
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const src = this.t(Object.fromEntries(Object.entries(b.src).map(([k, v]) => [k, v.path])));
    const type = (b.src[this.language] ?? Object.values(b.src)[0])?.mimeType;
    const tracks = b.captions.map(
      (c) =>
        html`<track
          kind="captions"
          src=${c.path}
          srclang=${c.lang}
          label=${c.label}
          ?default=${c.lang === this.language}
        />`,
    );
    const m = blocksMessagesFor(this.language);
    const fallback = html`<p>${m.mediaFallback}</p>`;
    return html`<figure>
      <figcaption>${this.t(b.title)}</figcaption>
      ${
        b.kind === 'video'
          ? html`<video
              controls
              preload="metadata"
              playsinline
              poster=${b.poster ?? nothing}
              aria-label=${this.t(b.title)}
            >
              <source src=${src} type=${type ?? nothing} />
              ${tracks}${fallback}
            </video>`
          : html`<audio controls preload="metadata" aria-label=${this.t(b.title)}>
              <source src=${src} type=${type ?? nothing} />
              ${tracks}${fallback}
            </audio>`
      }
      <details>
        <summary>${m.transcript}</summary>
        <div class="prose">${unsafeHTML(this.t(b.transcript))}</div>
      </details>
    </figure>`;
  }
}

customElements.define('dlis-media', DlisMedia);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-media': DlisMedia;
  }
}
