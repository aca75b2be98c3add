import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import { playerEvent } from '../events.ts';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { hasAssessment, RESULTS_ROUTE } from '../logic/course-routes.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles } from '../theme.ts';

/**
 * The course menu: modules and their pages as links, aria-current="page" on the current one, "(viewed)"
 * text on visited ones, the result page last. Collapsed behind a "Contents" toggle on narrow screens.
 * Raises `dlis-navigate`.
 */
export class DlisNav extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    messages: { attribute: false },
    route: {},
    visited: { attribute: false },
    open: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .toggle {
        display: none;
        width: 100%;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .module {
        margin-bottom: 1rem;
      }
      .module-title {
        display: block;
        font-weight: 700;
        margin-bottom: 0.25rem;
        overflow-wrap: anywhere;
      }
      a {
        display: block;
        padding: 0.375rem 0.5rem;
        border-radius: var(--dlis-radius, 0.375rem);
        text-decoration: none;
        overflow-wrap: anywhere;
      }
      a:hover {
        text-decoration: underline;
      }
      a[aria-current='page'] {
        font-weight: 700;
        background: var(--dlis-color-surface, #f2f4f7);
        border-inline-start: 0.25rem solid var(--dlis-color-primary, #1a4f8b);
      }
      .mark {
        color: var(--dlis-color-success, #1e6b34);
      }
      @media (max-width: 48rem) {
        .toggle {
          display: block;
        }
        .list.collapsed {
          display: none;
        }
        .list {
          margin-top: 0.5rem;
        }
      }
    `,
  ];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  messages: Messages = en;
  /** The current route: a page id or RESULTS_ROUTE. */
  route = '';
  visited: readonly string[] = [];

  /** Open state of the menu on narrow screens (it is always shown on wide ones). */
  private open = false;

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const t = (text: Record<string, string>) => localize(text, this.language, course.defaultLanguage);
    return html`<nav aria-label=${this.messages.courseNav}>
      <button
        type="button"
        class="toggle secondary"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="course-menu"
        @click=${() => (this.open = !this.open)}
      >
        ${this.messages.menu}
      </button>
      <ol id="course-menu" class="list ${this.open ? '' : 'collapsed'}">
        ${course.modules.map(
          (module) =>
            html`<li class="module">
              <span class="module-title">${t(module.title)}</span>
              <ol>
                ${module.pages.map((page) => html`<li>${this.#link(page.id, t(page.title))}</li>`)}
              </ol>
            </li>`,
        )}
        ${hasAssessment(course) ? html`<li class="module">${this.#link(RESULTS_ROUTE, this.messages.results)}</li>` : nothing}
      </ol>
    </nav>`;
  }

  #link(route: string, title: string) {
    const current = route === this.route;
    const visited = this.visited.includes(route);
    return html`<a
      href=${`#${route}`}
      aria-current=${current ? 'page' : nothing}
      @click=${(event: Event) => this.#onClick(event, route)}
      >${title}${
        visited
          ? html` <span class="mark" aria-hidden="true">✓</span
              ><span class="visually-hidden">${this.messages.visited}</span>`
          : nothing
      }</a
    >`;
  }

  #onClick(event: Event, route: string): void {
    event.preventDefault();
    this.open = false;
    this.dispatchEvent(playerEvent('dlis-navigate', { route }));
  }
}

customElements.define('dlis-nav', DlisNav);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-nav': DlisNav;
  }
}
