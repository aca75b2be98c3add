import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LabelledGraphicBlock } from '@dlis/course/compiled';
import { formatMessage } from '../i18n/messages.ts';
import { visualBMessagesFor } from '../i18n/visual-b/visual-b-messages.ts';
import { baseStyles, blockFrameStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { blockImage } from './block-image.ts';

type Marker = LabelledGraphicBlock['markers'][number];

/**
 * A labelled graphic (hotspots): the image with numbered markers at their x/y percentages. Each marker is a
 * disclosure button (aria-expanded) whose popover follows it in the DOM, so Tab reaches the explanation next,
 * and the markers come in their numbers' order. Escape or "Close" closes it and gives focus back to the
 * marker. Every label and explanation is also a numbered list: hidden on screen (screen readers read it),
 * printed under the image with the numbers of the markers. Defined by the visual-b add-on.
 */
export class DlisLabelledGraphic extends BlockElement<LabelledGraphicBlock> {
  static override properties: PropertyDeclarations = {
    open: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    blockFrameStyles,
    css`
      .hint {
        margin: 0 0 var(--dlis-space-3);
        color: var(--dlis-color-muted);
        font-size: var(--dlis-text-sm);
      }
      :host {
        container-type: inline-size;
      }
      /* A grid of one column: the image, and the markers and popovers placed on it (an absolute child's
         containing block is its grid area, given with its end lines: an auto end would be the edge of the grid),
         so a popover in the flow below the image (narrow screens) leaves
         the markers where they are. */
      .canvas {
        position: relative;
        display: inline-grid;
        grid-template-columns: minmax(0, auto);
        max-width: 100%;
      }
      .canvas img {
        display: block;
        grid-area: 1 / 1 / 2 / 2;
        border-radius: var(--dlis-radius);
      }
      /* At least 24 × 24 px (WCAG 2.2 target size); 36 px here. */
      button.marker {
        grid-area: 1 / 1 / 2 / 2;
        position: absolute;
        transform: translate(-50%, -50%);
        display: grid;
        place-items: center;
        width: 2.25rem;
        height: 2.25rem;
        min-height: 0;
        padding: 0;
        border-radius: 50%;
        border: 3px solid var(--dlis-color-on-primary);
        box-shadow: 0 0 0 2px var(--dlis-color-primary);
        z-index: 1;
      }
      button.marker[aria-expanded='true'] {
        background: var(--dlis-color-on-primary);
        color: var(--dlis-color-primary);
        border-color: var(--dlis-color-primary);
      }
      .popover {
        grid-area: 1 / 1 / 2 / 2;
        position: absolute;
        z-index: 2;
        width: min(18rem, 100%);
        padding: var(--dlis-space-3) var(--dlis-space-4);
        border: 2px solid var(--dlis-color-primary);
        border-radius: var(--dlis-radius);
        background: var(--dlis-color-background);
        color: var(--dlis-color-text);
        box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
      }
      .popover h3 {
        margin: 0 0 var(--dlis-space-2);
        font-size: var(--dlis-text-base);
      }
      .popover .prose > :first-child {
        margin-top: 0;
      }
      .popover button {
        min-height: 2.25rem;
        padding: 0.25rem 0.75rem;
      }
      /* Narrow (a phone, 320 to 576 px): the explanation goes under the image, as wide as it, in the flow
         (no room beside a marker without covering the image or running past the screen). Its own width does
         not widen the image's column (inline-size containment). */
      @container (max-width: 36rem) {
        .popover {
          grid-area: 2 / 1;
          position: static;
          width: auto;
          contain: inline-size;
          margin-top: var(--dlis-space-3);
          box-shadow: none;
        }
      }
      .list h3 {
        font-size: var(--dlis-text-base);
        margin: var(--dlis-space-4) 0 var(--dlis-space-2);
      }
      .list ol {
        margin: 0;
        padding-inline-start: var(--dlis-space-5);
      }
      @media print {
        button.marker {
          display: grid;
          box-shadow: none;
        }
        .popover,
        .hint {
          display: none;
        }
        .list.visually-hidden {
          position: static;
          width: auto;
          height: auto;
          margin: 0;
          overflow: visible;
          clip: auto;
          white-space: normal;
        }
      }
    `,
  ];

  /** Id of the marker whose explanation is shown, if any. */
  private open?: string;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = visualBMessagesFor(this.language);
    return html`${b.title ? html`<h2>${this.t(b.title)}</h2>` : nothing}
      <p class="hint">${m.markerHint}</p>
      <div class="canvas" @keydown=${this.#onKey}>
        ${blockImage(b, this.t(b.alt))} ${b.markers.map((marker, i) => this.#renderMarker(marker, i + 1))}
      </div>
      <div class="list visually-hidden">
        <h3>${m.markerList}</h3>
        <ol>
          ${b.markers.map(
            (marker) =>
              html`<li>
                <strong>${this.t(marker.label)}</strong>
                ${marker.html ? html`<div class="prose">${unsafeHTML(this.t(marker.html))}</div>` : nothing}
              </li>`,
          )}
        </ol>
      </div>`;
  }

  #renderMarker(marker: Marker, number: number) {
    const m = visualBMessagesFor(this.language);
    const open = this.open === marker.id;
    const label = this.t(marker.label);
    const popoverId = `marker-${marker.id}`;
    return html`<button
        type="button"
        class="marker"
        style=${`left: ${marker.x}%; top: ${marker.y}%`}
        aria-label=${formatMessage(m.markerName, { number, label })}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? popoverId : nothing}
        data-marker=${marker.id}
        @click=${() => (this.open = open ? undefined : marker.id)}
      >
        ${number}
      </button>
      ${
        open
          ? html`<div
              class="popover"
              id=${popoverId}
              role="group"
              aria-labelledby=${`${popoverId}-title`}
              style=${popoverPosition(marker)}
            >
              <h3 id=${`${popoverId}-title`}>${number}. ${label}</h3>
              ${marker.html ? html`<div class="prose">${unsafeHTML(this.t(marker.html))}</div>` : nothing}
              <button type="button" class="secondary" @click=${() => this.#close()}>${m.closeMarker}</button>
            </div>`
          : nothing
      }`;
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.open === undefined) return;
    event.preventDefault();
    this.#close();
  }

  /** Closes the open explanation and gives focus back to its marker. */
  async #close(): Promise<void> {
    const id = this.open;
    this.open = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`button[data-marker="${id}"]`)?.focus();
  }
}

/**
 * Where a marker's popover goes on wide screens: below the marker in the upper half of the image, above it in
 * the lower half; towards the image's centre horizontally, so that it stays over the image. (On narrow screens
 * it goes under the image: the container query above, where `position: static` ignores these.)
 */
function popoverPosition(marker: Marker): string {
  const vertical =
    marker.y < 50 ? `top: calc(${marker.y}% + 1.5rem)` : `bottom: calc(${100 - marker.y}% + 1.5rem)`;
  const horizontal =
    marker.x < 50
      ? `left: max(0px, min(calc(${marker.x}% - 1.125rem), calc(100% - 18rem)))`
      : `right: max(0px, min(calc(${100 - marker.x}% - 1.125rem), calc(100% - 18rem)))`;
  return `${vertical}; ${horizontal}`;
}

customElements.define('dlis-labelled-graphic', DlisLabelledGraphic);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-labelled-graphic': DlisLabelledGraphic;
  }
}
