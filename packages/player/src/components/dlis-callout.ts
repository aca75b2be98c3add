import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CalloutVariant } from '@dlis/course/compiled';
import { baseStyles, proseStyles } from '../theme.ts';

const ICONS = { info: 'ℹ', tip: '💡', warning: '⚠', important: '❗' } as const satisfies Record<
  CalloutVariant,
  string
>;

/**
 * A callout (role=note). The variant is told by an icon and a text label (`label`, from the UI strings),
 * never by colour alone.
 */
export class DlisCallout extends LitElement {
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    label: {},
    heading: {},
    html: { attribute: false },
  };

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
      :host([variant='warning']),
      :host([variant='important']) {
        --dlis-callout-accent: var(--dlis-color-danger);
      }
      :host([variant='tip']) {
        --dlis-callout-accent: var(--dlis-color-success);
      }
    `,
  ];

  variant: CalloutVariant = 'info';
  /** The variant's name in the UI language ("Conseil", "Tip"). */
  label = '';
  heading?: string;
  /** Sanitised HTML. */
  html = '';

  override render() {
    return html`<aside
      role="note"
      aria-label=${this.heading ? `${this.label} — ${this.heading}` : this.label}
    >
      <span class="label"
        ><span aria-hidden="true">${ICONS[this.variant]}</span> ${this.label}${
          this.heading ? html` — ${this.heading}` : nothing
        }</span
      >
      <div class="prose">${unsafeHTML(this.html)}</div>
    </aside>`;
  }
}

customElements.define('dlis-callout', DlisCallout);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-callout': DlisCallout;
  }
}
