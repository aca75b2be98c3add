import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { TabsBlock } from '@dlis/course/compiled';
import { tabIndexForKey } from '../logic/tab-keys.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/**
 * Tabs per the WAI-ARIA tabs pattern: a labelled tablist, tabs with aria-selected/aria-controls and a roving
 * tabindex, arrow keys / Home / End move and activate (automatic activation), one tabpanel shown.
 * Printing shows every panel.
 */
export class DlisTabs extends BlockElement<TabsBlock> {
  static override properties: PropertyDeclarations = {
    selected: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    css`
      :host {
        display: block;
        margin: 1.5rem 0;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        border-bottom: 2px solid var(--dlis-color-primary, #1a4f8b);
      }
      [role='tab'] {
        background: var(--dlis-color-background, #ffffff);
        color: var(--dlis-color-primary, #1a4f8b);
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--dlis-color-primary, #1a4f8b);
        color: var(--dlis-color-on-primary, #ffffff);
        text-decoration: underline;
        text-underline-offset: 0.25em;
      }
      [role='tabpanel'] {
        padding: 1rem 0.25rem;
      }
      .print-title {
        display: none;
      }
      @media print {
        [role='tablist'] {
          display: none;
        }
        [role='tabpanel'][hidden] {
          display: block;
        }
        .print-title {
          display: block;
          font-weight: 700;
        }
      }
    `,
  ];

  private selected = 0;

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`<div role="tablist" aria-label=${this.t(b.label)} @keydown=${this.#onKey}>
        ${b.tabs.map(
          (tab, i) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${tab.id}`}
              aria-selected=${i === this.selected ? 'true' : 'false'}
              aria-controls=${`panel-${tab.id}`}
              tabindex=${i === this.selected ? 0 : -1}
              @click=${() => (this.selected = i)}
            >
              ${this.t(tab.title)}
            </button>`,
        )}
      </div>
      ${b.tabs.map(
        (tab, i) =>
          html`<div
            role="tabpanel"
            id=${`panel-${tab.id}`}
            aria-labelledby=${`tab-${tab.id}`}
            tabindex="0"
            ?hidden=${i !== this.selected}
          >
            <p class="print-title">${this.t(tab.title)}</p>
            <div class="prose">${unsafeHTML(this.t(tab.html))}</div>
          </div>`,
      )}`;
  }

  async #onKey(event: KeyboardEvent): Promise<void> {
    const count = this.block?.tabs.length ?? 0;
    const next = tabIndexForKey(event.key, this.selected, count);
    if (next === undefined) return;
    event.preventDefault();
    this.selected = next;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }
}

customElements.define('dlis-tabs', DlisTabs);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-tabs': DlisTabs;
  }
}
