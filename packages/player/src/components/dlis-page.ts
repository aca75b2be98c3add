import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { CompiledBlock, CompiledPage, LanguageTag, Localized } from '@dlis/course/compiled';
import type { SavedAnswer } from '@dlis/tracking';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles } from '../theme.ts';
import './dlis-callout.ts';
import './dlis-image.ts';
import './dlis-markdown.ts';
import './dlis-question.ts';

const CALLOUT_LABEL = {
  info: 'calloutInfo',
  tip: 'calloutTip',
  warning: 'calloutWarning',
  important: 'calloutImportant',
} as const;

/** One course page: its title as the page's only h1 (focusable for navigation), then its blocks. */
@customElement('dlis-page')
export class DlisPage extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: 1.75rem;
        line-height: 1.25;
        margin: 0 0 1rem;
        overflow-wrap: anywhere;
      }
      h1:focus {
        outline: none;
      }
      h1:focus-visible {
        outline: 3px solid var(--dlis-color-focus, #1a4f8b);
      }
    `,
  ];

  @property({ attribute: false }) page?: CompiledPage;
  @property({ attribute: false }) language: LanguageTag = 'fr';
  @property({ attribute: false }) defaultLanguage: LanguageTag = 'fr';
  @property({ attribute: false }) messages: Messages = en;
  @property({ attribute: false }) answers: Readonly<Record<string, SavedAnswer>> = {};
  @property({ type: Boolean }) readOnly = false;

  @query('h1') private heading?: HTMLHeadingElement;

  /** Moves focus to the page title (after navigation), once rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  override render() {
    if (!this.page) return nothing;
    return html`<article>
      <h1 tabindex="-1">${this.t(this.page.title)}</h1>
      ${this.page.blocks.map((block) => this.renderBlock(block))}
    </article>`;
  }

  private t(text: Localized): string {
    return localize(text, this.language, this.defaultLanguage);
  }

  private renderBlock(block: CompiledBlock) {
    switch (block.type) {
      case 'markdown':
        return html`<dlis-markdown .html=${this.t(block.html)}></dlis-markdown>`;
      case 'image':
        return html`<dlis-image
          .src=${block.src}
          .width=${block.width}
          .height=${block.height}
          .alt=${block.alt ? this.t(block.alt) : null}
          .caption=${block.caption ? this.t(block.caption) : undefined}
        ></dlis-image>`;
      case 'callout':
        return html`<dlis-callout
          .variant=${block.variant}
          .label=${this.messages[CALLOUT_LABEL[block.variant]]}
          .heading=${block.title ? this.t(block.title) : undefined}
          .html=${this.t(block.html)}
        ></dlis-callout>`;
      case 'question':
        return html`<dlis-question
          .question=${block}
          .language=${this.language}
          .defaultLanguage=${this.defaultLanguage}
          .messages=${this.messages}
          .saved=${this.answers[block.id]}
          .readOnly=${this.readOnly}
        ></dlis-question>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-page': DlisPage;
  }
}
