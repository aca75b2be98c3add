import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { formatMessage } from '../i18n/messages.ts';
import { readingMessagesFor } from '../i18n/reading/reading-messages.ts';
import { searchCourse, searchEntries, type SearchEntry, type SearchHit } from '../logic/search-course.ts';
import { baseStyles } from '../theme.ts';

/**
 * Search across every page of the course shown, in the reader's language (the search add-on, loaded when a
 * reader first opens the search). A search landmark with a labelled field; on submit (Enter or the button), the
 * number of pages found in a live region and the pages as a list of links, each with the text around its
 * first match. A link raises `dlis-navigate` to that page and block.
 */
export class DlisSearch extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    query: { state: true },
    hits: { state: true },
  };

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        flex: 1 1 14rem;
        font-weight: 700;
      }
      input {
        font: inherit;
        min-height: 2.75rem;
        padding: 0.375rem 0.5rem;
        border: 2px solid var(--dlis-color-text, #1b1f24);
        border-radius: var(--dlis-radius, 0.375rem);
        max-width: 100%;
      }
      ol {
        margin: 0.75rem 0 0;
        padding-inline-start: 1.5rem;
      }
      li {
        margin-bottom: 0.75rem;
      }
      li p {
        margin: 0.25rem 0 0;
        overflow-wrap: anywhere;
      }
      a {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      mark {
        background: var(--dlis-color-highlight, #fff3b0);
        color: inherit;
      }
      .count {
        margin: 0.75rem 0 0;
      }
    `,
  ];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  /** The query last submitted (empty before the first search). */
  private query = '';
  private hits: SearchHit[] = [];
  /** The searchable texts, made once per course and language. */
  #entries?: { course: CompiledCourse; language: LanguageTag; entries: SearchEntry[] };

  override willUpdate(changed: PropertyValues<this>): void {
    // Another language or visible course (a variable changed): the same query, searched again.
    if ((changed.has('language') || changed.has('course')) && this.query) this.#search(this.query);
  }

  #searchEntries(course: CompiledCourse): SearchEntry[] {
    const cached = this.#entries;
    if (cached?.course === course && cached.language === this.language) return cached.entries;
    const entries = searchEntries(course, this.language);
    this.#entries = { course, language: this.language, entries };
    return entries;
  }

  #search(query: string): void {
    this.query = query.trim();
    this.hits = this.course ? searchCourse(this.#searchEntries(this.course), this.query) : [];
  }

  override render() {
    const m = readingMessagesFor(this.language);
    return html`<section role="search" aria-label=${m.searchRegion}>
      <form @submit=${this.#onSubmit}>
        <label
          >${m.searchLabel}
          <input type="search" name="query" autocomplete="off" enterkeyhint="search" />
        </label>
        <button type="submit">${m.searchButton}</button>
      </form>
      <p class="count" role="status">${this.#countText()}</p>
      ${
        this.hits.length
          ? html`<ol aria-label=${m.resultsList}>
              ${this.hits.map((hit) => this.#renderHit(hit))}
            </ol>`
          : nothing
      }
    </section>`;
  }

  #countText(): string {
    if (!this.query) return '';
    const m = readingMessagesFor(this.language);
    const count = this.hits.length;
    const template = count === 0 ? m.resultsNone : count === 1 ? m.resultsOne : m.resultsMany;
    return formatMessage(template, { count, query: this.query });
  }

  #renderHit(hit: SearchHit) {
    return html`<li>
      <a href=${`#${hit.blockId ?? hit.pageId}`} @click=${(event: Event) => this.#go(event, hit)}
        >${hit.pageTitle}</a
      >
      <p>${hit.snippet.before}<mark>${hit.snippet.match}</mark>${hit.snippet.after}</p>
    </li>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector('input');
    this.#search(input?.value ?? '');
  }

  #go(event: Event, hit: SearchHit): void {
    event.preventDefault();
    this.dispatchEvent(
      playerEvent('dlis-navigate', { route: hit.pageId, ...(hit.blockId ? { blockId: hit.blockId } : {}) }),
    );
  }
}

customElements.define('dlis-search', DlisSearch);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-search': DlisSearch;
  }
}
