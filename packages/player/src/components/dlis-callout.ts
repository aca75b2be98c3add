import { css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CalloutBlock, CalloutVariant } from '@dlis/course/compiled';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

const ICONS = { info: 'ℹ', tip: '💡', warning: '⚠', important: '❗' } as const satisfies Record<
  CalloutVariant,
  string
>;

/** The UI string naming each variant (blocks catalogue). */
const LABELS = {
  info: 'calloutInfo',
  tip: 'calloutTip',
  warning: 'calloutWarning',
  important: 'calloutImportant',
} as const satisfies Record<CalloutVariant, string>;

/**
 * A callout (role=note). The variant is told by an icon and a text label (from the blocks add-on's UI
 * strings), never by colour alone. Defined by the blocks add-on, which courses with a callout ship.
 */
export class DlisCallout extends BlockElement<CalloutBlock> {
  static override styles = [
    baseStyles,
    proseStyles,
    css`
      aside {
        margin: 1.5rem 0;
        padding: 1rem;
        border: 1px solid var(--dlis-color-border);
        border-inline-start: 0.375rem solid var(--dlis-callout-accent, var(--dlis-color-primary));
        border-radius: var(--dlis-radius);
        background: var(--dlis-color-surface);
      }
      .label {
        display: block;
        font-weight: 700;
        margin-bottom: 0.25rem;
      }
      .warning,
      .important {
        --dlis-callout-accent: var(--dlis-color-danger);
      }
      .tip {
        --dlis-callout-accent: var(--dlis-color-success);
      }
    `,
  ];

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const label = blocksMessagesFor(this.language)[LABELS[b.variant]];
    const heading = b.title ? this.t(b.title) : undefined;
    return html`<aside class=${b.variant} role="note" aria-label=${heading ? `${label} — ${heading}` : label}>
      <span class="label"
        ><span aria-hidden="true">${ICONS[b.variant]}</span>
        ${label}${heading ? html` — ${heading}` : nothing}</span
      >
      <div class="prose">${unsafeHTML(this.t(b.html))}</div>
    </aside>`;
  }
}

customElements.define('dlis-callout', DlisCallout);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-callout': DlisCallout;
  }
}
