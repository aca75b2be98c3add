import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { baseStyles, proseStyles } from '../theme.ts';

/**
 * A Markdown block. `html` is trusted: the course compiler sanitised it at build time, so the learner's
 * browser gets no Markdown parser and no sanitiser. Headings in it start at h2 (the page title is the h1).
 */
@customElement('dlis-markdown')
export class DlisMarkdown extends LitElement {
  static override styles = [baseStyles, proseStyles];

  @property({ attribute: false }) html = '';

  override render() {
    return html`<div class="prose">${unsafeHTML(this.html)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-markdown': DlisMarkdown;
  }
}
