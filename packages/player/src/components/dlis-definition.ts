import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GlossaryEntry, LanguageTag } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { blocksMessagesFor } from '../i18n/blocks/blocks-messages.ts';
import { en } from '../i18n/en.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles, proseStyles } from '../theme.ts';

/**
 * The definition of a glossary term opened from a text (`dlis-markdown`): a non-modal popover that takes the
 * focus, with a link to the glossary page and "Close"; Escape or "Close" raise `close` (the text puts the focus
 * back on the term). Defined by the blocks add-on, which courses with a glossary ship (packager courseAddons).
 */
export class DlisDefinition extends LitElement {
  static override properties: PropertyDeclarations = {
    entry: { attribute: false },
    glossaryPage: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    css`
      .popover {
        margin: var(--dlis-space-3) 0;
        padding: var(--dlis-space-3) var(--dlis-space-4);
        border: 2px solid var(--dlis-color-primary);
        border-radius: var(--dlis-radius);
        background: var(--dlis-color-background);
      }
      .popover:focus {
        outline: 3px solid var(--dlis-color-focus);
      }
      .term {
        font-weight: 700;
        margin: 0 0 var(--dlis-space-1);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--dlis-space-2) var(--dlis-space-4);
        align-items: center;
        margin-top: var(--dlis-space-2);
      }
    `,
  ];

  entry?: GlossaryEntry;
  /** Page holding the glossary block; the popover links there when set. */
  glossaryPage?: string;
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages: Messages = en;

  override render() {
    const entry = this.entry;
    if (!entry) return nothing;
    const t = (text: Record<string, string>) => localize(text, this.language, this.defaultLanguage);
    const m = blocksMessagesFor(this.language);
    return html`<div
      class="popover"
      role="dialog"
      aria-label=${formatMessage(m.definitionOf, { term: t(entry.term) })}
      tabindex="-1"
      @keydown=${this.#onKey}
    >
      <p class="term">${t(entry.term)}</p>
      <div class="prose">${unsafeHTML(t(entry.definition))}</div>
      <p class="actions">
        ${
          this.glossaryPage
            ? html`<a href=${`#glossary-${entry.id}`} @click=${this.#goToGlossary}>${m.glossarySee}</a>`
            : nothing
        }
        <button type="button" class="secondary" @click=${this.#close}>${this.messages.close}</button>
      </p>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('entry')) this.renderRoot.querySelector<HTMLElement>('.popover')?.focus();
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#close();
  }

  #close(): void {
    this.dispatchEvent(new Event('close'));
  }

  #goToGlossary(event: Event): void {
    event.preventDefault();
    const id = this.entry?.id;
    if (this.glossaryPage && id)
      this.dispatchEvent(playerEvent('dlis-navigate', { route: this.glossaryPage, glossaryTerm: id }));
  }
}

customElements.define('dlis-definition', DlisDefinition);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-definition': DlisDefinition;
  }
}
