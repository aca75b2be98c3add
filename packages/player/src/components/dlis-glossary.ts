import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryBlock, GlossaryEntry } from '@dlis/course/compiled';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/** The course glossary: a definition list, each term with the id `glossary-<id>` that glossary links target. */
export class DlisGlossary extends BlockElement<GlossaryBlock> {
  static override properties: PropertyDeclarations = {
    entries: { attribute: false },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    css`
      dl {
        margin: 1.5rem 0;
      }
      dt {
        font-weight: 700;
        margin-top: 1rem;
        scroll-margin-top: 1rem;
      }
      dd {
        margin: 0.25rem 0 0;
      }
      dt:focus {
        outline: 3px solid var(--dlis-color-focus, #1a4f8b);
      }
    `,
  ];

  /** CompiledCourse.glossary. */
  entries: GlossaryEntry[] = [];

  /** Scrolls to a term and focuses it (a glossary link was followed). */
  async showTerm(id: string): Promise<void> {
    await this.updateComplete;
    const dt = this.renderRoot.querySelector<HTMLElement>(`#glossary-${CSS.escape(id)}`);
    dt?.focus();
  }

  override render() {
    if (!this.block) return nothing;
    return html`<dl>
      ${this.entries.map(
        (e) =>
          html`<dt id=${`glossary-${e.id}`} tabindex="-1">${this.t(e.term)}</dt>
            <dd class="prose">${unsafeHTML(this.t(e.definition))}</dd>`,
      )}
    </dl>`;
  }
}

customElements.define('dlis-glossary', DlisGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-glossary': DlisGlossary;
  }
}
