import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryEntry, LanguageTag } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { en } from '../i18n/en.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles, proseStyles } from '../theme.ts';

/**
 * A Markdown block. `html` is trusted: the course compiler sanitised it at build time, so the learner's
 * browser gets no Markdown parser and no sanitiser. Headings in it start at h2 (the page title is the h1).
 * Glossary links (`a[data-glossary]`) open the definition in a non-modal popover (click or Enter, focus moves
 * into it, Escape or "Close" closes it and returns focus to the term) with a link to the glossary page.
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
      .popover {
        margin: 0.75rem 0;
        padding: 0.75rem 1rem;
        border: 2px solid var(--dlis-color-primary, #1a4f8b);
        border-radius: var(--dlis-radius, 0.375rem);
        background: var(--dlis-color-background, #ffffff);
      }
      .popover:focus {
        outline: 3px solid var(--dlis-color-focus, #1a4f8b);
      }
      .term {
        font-weight: 700;
        margin: 0 0 0.25rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-top: 0.5rem;
      }
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
    const t = (text: Record<string, string>) => localize(text, this.language, this.defaultLanguage);
    return html`<div class="prose" @click=${this.#onClick} @keydown=${this.#onKey}>
        ${unsafeHTML(this.html)}
      </div>
      ${
        entry
          ? html`<div
              class="popover"
              role="dialog"
              aria-label=${formatMessage(this.messages.definitionOf, { term: t(entry.term) })}
              tabindex="-1"
              @keydown=${this.#onKey}
            >
              <p class="term">${t(entry.term)}</p>
              <div class="prose">${unsafeHTML(t(entry.definition))}</div>
              <p class="actions">
                ${
                  this.glossaryPage
                    ? html`<a
                        href=${`#glossary-${entry.id}`}
                        @click=${(e: Event) => this.#goToGlossary(e, entry.id)}
                        >${this.messages.glossarySee}</a
                      >`
                    : nothing
                }
                <button type="button" class="secondary" @click=${() => this.#close()}>
                  ${this.messages.close}
                </button>
              </p>
            </div>`
          : nothing
      }`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('html')) {
      for (const link of this.renderRoot.querySelectorAll('a[data-glossary]'))
        link.setAttribute('aria-expanded', 'false');
    }
    if (changed.has('open') && this.open) this.renderRoot.querySelector<HTMLElement>('.popover')?.focus();
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

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.#close();
    }
  }

  #close(): void {
    this.open = undefined;
    this.#trigger?.setAttribute('aria-expanded', 'false');
    this.#trigger?.focus();
  }

  #goToGlossary(event: Event, id: string): void {
    event.preventDefault();
    if (this.glossaryPage)
      this.dispatchEvent(playerEvent('dlis-navigate', { route: this.glossaryPage, glossaryTerm: id }));
  }
}

customElements.define('dlis-markdown', DlisMarkdown);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-markdown': DlisMarkdown;
  }
}
