import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryEntry, LanguageTag } from '@dlis/course/compiled';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { baseStyles, proseStyles } from '../theme.ts';

/**
 * A Markdown block. `html` is trusted: the course compiler sanitised it at build time, so the learner's
 * browser gets no Markdown parser and no sanitiser. Headings in it start at h2 (the page title is the h1).
 * Glossary links (`a[data-glossary]`) open the definition (`dlis-definition`, blocks add-on: a non-modal
 * popover that takes the focus; Escape or "Close" close it and the focus returns to the term).
 */
export class DlisMarkdown extends LitElement {
  static override properties: PropertyDeclarations = {
    html: { attribute: false },
    glossary: { attribute: false },
    glossaryPage: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
    open: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    css`
      a[data-glossary] {
        text-decoration-style: dotted;
      }
    `,
  ];

  html = '';
  /** CompiledCourse.glossary (needed only when the text has glossary links). */
  glossary: readonly GlossaryEntry[] = [];
  /** Page holding the glossary block; the popover links there when set. */
  glossaryPage?: string;
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages: Messages = en;

  /** Id of the glossary entry shown, if any. */
  private open?: string;
  #trigger?: HTMLElement;

  override render() {
    const entry = this.open ? this.glossary.find((e) => e.id === this.open) : undefined;
    // The definition element comes with the blocks add-on (dlis-definition.ts), shipped with a glossary.
    return html`<div class="prose" @click=${this.#onClick}>${unsafeHTML(this.html)}</div>
      ${
        entry
          ? html`<dlis-definition
              .entry=${entry}
              .glossaryPage=${this.glossaryPage}
              .language=${this.language}
              .defaultLanguage=${this.defaultLanguage}
              .messages=${this.messages}
              @close=${this.#close}
            ></dlis-definition>`
          : nothing
      }`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('html')) {
      for (const link of this.renderRoot.querySelectorAll('a[data-glossary]'))
        link.setAttribute('aria-expanded', 'false');
    }
  }

  #onClick(event: Event): void {
    const link = (event.target as Element).closest?.('a[data-glossary]');
    if (!(link instanceof HTMLElement)) return;
    const id = link.dataset.glossary ?? '';
    if (!this.glossary.some((e) => e.id === id)) return;
    event.preventDefault();
    this.#trigger?.setAttribute('aria-expanded', 'false');
    this.#trigger = link;
    link.setAttribute('aria-expanded', 'true');
    this.open = id;
  }

  #close(): void {
    this.open = undefined;
    this.#trigger?.setAttribute('aria-expanded', 'false');
    this.#trigger?.focus();
  }
}

customElements.define('dlis-markdown', DlisMarkdown);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-markdown': DlisMarkdown;
  }
}
