import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { FlashcardsBlock } from '@dlis/course/compiled';
import { formatMessage } from '../i18n/messages.ts';
import { visualAMessagesFor } from '../i18n/visual-a/visual-a-messages.ts';
import { baseStyles, blockFrameStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * Flashcards: a list of cards, each with a toggle button (`aria-pressed`, Enter and Space natively) that
 * flips it; a click on the card flips it too. The hidden side is `inert` (out of the accessibility tree and of
 * the tab order), and the side just shown is read out by a polite live region, so a screen reader hears the
 * back as the card turns. The turn is a 3D rotation, none under `prefers-reduced-motion` (baseStyles); printed,
 * both sides show one under the other. Flipping is not recorded (like tabs and accordions: nothing to score or
 * resume). Defined by the visual-a add-on.
 */
export class DlisFlashcards extends BlockElement<FlashcardsBlock> {
  static override properties: PropertyDeclarations = {
    flipped: { state: true },
    announcement: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    blockFrameStyles,
    css`
      .help {
        margin: 0 0 var(--dlis-space-4);
        color: var(--dlis-color-muted);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: var(--dlis-space-4);
      }
      li {
        display: flex;
        flex-direction: column;
        gap: var(--dlis-space-2);
      }
      .card {
        flex: 1;
        display: grid;
        min-height: 9rem;
        cursor: pointer;
        perspective: 60rem;
      }
      .faces {
        display: grid;
        transition: transform 0.4s ease;
        transform-style: preserve-3d;
      }
      .flipped .faces {
        transform: rotateY(180deg);
      }
      .face {
        grid-area: 1 / 1;
        display: flex;
        flex-direction: column;
        justify-content: center;
        padding: var(--dlis-space-4);
        border-radius: var(--dlis-radius);
        backface-visibility: hidden;
        overflow-wrap: anywhere;
      }
      .front {
        border: 2px solid var(--dlis-color-primary);
        background: var(--dlis-color-surface);
        color: var(--dlis-color-text);
        font-size: var(--dlis-text-lg);
        font-weight: 600;
        text-align: center;
      }
      .back {
        transform: rotateY(180deg);
        border: 2px solid var(--dlis-color-primary);
        background: var(--dlis-color-background);
        color: var(--dlis-color-text);
      }
      .side {
        display: block;
        font-size: var(--dlis-text-sm);
        font-weight: 600;
        color: var(--dlis-color-muted);
        margin-bottom: var(--dlis-space-1);
      }
      .front .side {
        text-align: center;
      }
      button {
        align-self: stretch;
      }
      @media print {
        .card {
          min-height: 0;
          perspective: none;
          break-inside: avoid;
        }
        .faces,
        .flipped .faces,
        .back {
          transform: none;
        }
        .face {
          grid-area: auto;
          backface-visibility: visible;
          border-width: 1px;
        }
        .front {
          border-bottom-left-radius: 0;
          border-bottom-right-radius: 0;
        }
        .back {
          border-top: 0;
          border-top-left-radius: 0;
          border-top-right-radius: 0;
        }
        .help {
          display: none;
        }
      }
    `,
  ];

  private flipped = new Set<string>();
  private announcement = '';

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = visualAMessagesFor(this.language);
    const total = String(b.cards.length);
    const title = b.title ? this.t(b.title) : undefined;
    return html`${title ? html`<h2 id="title">${title}</h2>` : nothing}
      <p class="help">${m.flashcardsHelp}</p>
      <ul aria-labelledby=${title ? 'title' : nothing} aria-label=${title ? nothing : m.flashcardsLabel}>
        ${b.cards.map((card, i) => {
          const flipped = this.flipped.has(card.id);
          return html`<li>
            <div
              class="card ${flipped ? 'flipped' : ''}"
              @click=${(e: Event) => this.#onCardClick(e, card.id)}
            >
              <div class="faces">
                <div class="face front prose" ?inert=${flipped}>
                  <span class="side">${m.flashcardFront}</span>${unsafeHTML(this.t(card.front))}
                </div>
                <div class="face back prose" ?inert=${!flipped}>
                  <span class="side">${m.flashcardBack}</span>${unsafeHTML(this.t(card.back))}
                </div>
              </div>
            </div>
            <button
              type="button"
              class="secondary"
              aria-pressed=${flipped ? 'true' : 'false'}
              @click=${() => this.#flip(card.id)}
            >
              ${m.flashcardFlip}<span class="visually-hidden">
                ${formatMessage(m.flashcardPosition, { n: i + 1, total })}</span
              >
            </button>
          </li>`;
        })}
      </ul>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  /** A click on the card, but not on a link in it, flips it (the button is the keyboard way). */
  #onCardClick(event: Event, id: string): void {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    this.#flip(id);
  }

  #flip(id: string): void {
    const card = this.block?.cards.find((c) => c.id === id);
    if (!card) return;
    const flipped = new Set(this.flipped);
    const toBack = !flipped.delete(id);
    if (toBack) flipped.add(id);
    this.flipped = flipped;
    const m = visualAMessagesFor(this.language);
    const side = formatMessage(m.flashcardShown, { side: toBack ? m.flashcardBack : m.flashcardFront });
    this.announcement = `${side} ${plainText(this.t(toBack ? card.back : card.front))}`;
  }
}

/** The text of sanitised inline HTML: the live region reads it out without a second, hidden copy of its links. */
function plainText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

customElements.define('dlis-flashcards', DlisFlashcards);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-flashcards': DlisFlashcards;
  }
}
