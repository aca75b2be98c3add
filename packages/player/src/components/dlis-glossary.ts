import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryBlock, GlossaryEntry } from '@dlis/course/compiled';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';

/** The course glossary: a definition list, each term with the id `glossary-<id>` that glossary links target. */
@customElement('dlis-glossary')
export class DlisGlossary extends BlockElement<GlossaryBlock> {
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
  @property({ attribute: false }) entries: GlossaryEntry[] = [];

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

declare global {
  interface HTMLElementTagNameMap {
    'dlis-glossary': DlisGlossary;
  }
}
