import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import { readingMessagesFor } from '../i18n/reading/reading-messages.ts';
import { loadLazyAddon } from '../logic/lazy-addon.ts';
import { baseStyles } from '../theme.ts';

/** The search panel: closed, loading the search add-on, shown, or the add-on could not load. */
type SearchPanel = 'closed' | 'loading' | 'open' | 'failed';

/**
 * The reading tools of a course that is read, not assessed (the reading add-on): a bar under the header on
 * every page with "Search" (opens the search across the course; its add-on loads the first time) and "Print this
 * page". A search result raises `dlis-navigate` from `dlis-search`; it crosses this element to the shell.
 */
export class DlisReadingTools extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    panel: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: 75rem;
        margin: 0 auto;
        padding: 0.5rem 1rem 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .panel {
        margin-top: 0.75rem;
        padding: 0.75rem 1rem;
        border: 1px solid var(--dlis-color-border, #6b7280);
        border-radius: var(--dlis-radius, 0.375rem);
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  private panel: SearchPanel = 'closed';

  override render() {
    const m = readingMessagesFor(this.language);
    return html`<div class="bar">
        <button
          type="button"
          class="secondary"
          aria-expanded=${this.panel === 'closed' ? 'false' : 'true'}
          aria-controls="search-panel"
          @click=${this.#toggleSearch}
        >
          ${m.search}
        </button>
        <button type="button" class="secondary" @click=${() => window.print()}>${m.printPage}</button>
      </div>
      <div id="search-panel" class="panel" ?hidden=${this.panel === 'closed'}>
        ${
          this.panel === 'open'
            ? html`<dlis-search .course=${this.course} .language=${this.language}></dlis-search>`
            : html`<p role="status">
                ${this.panel === 'failed' ? m.searchUnavailable : this.panel === 'loading' ? m.searchLoading : ''}
              </p>`
        }
      </div>`;
  }

  async #toggleSearch(): Promise<void> {
    if (this.panel !== 'closed') {
      this.panel = 'closed';
      return;
    }
    this.panel = 'loading';
    const loaded = (await loadLazyAddon('search')) || customElements.get('dlis-search') !== undefined;
    // The reader may have closed the panel while the script loaded.
    if ((this.panel as SearchPanel) === 'closed') return;
    this.panel = loaded ? 'open' : 'failed';
    if (!loaded) return;
    await customElements.whenDefined('dlis-search');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('dlis-search')?.focus();
  }
}

customElements.define('dlis-reading-tools', DlisReadingTools);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-reading-tools': DlisReadingTools;
  }
}
