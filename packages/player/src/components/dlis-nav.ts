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
 * text on visited ones, the result page last. On narrow screens it shows only while the shell's "Contents"
 * button (in the header) is expanded: the shell sets the class `open` on this element. Raises `dlis-navigate`.
 */
export class DlisNav extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    messages: { attribute: false },
    route: {},
    visited: { attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
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
        border-radius: var(--dlis-radius);
        text-decoration: none;
        overflow-wrap: anywhere;
      }
      a:hover {
        text-decoration: underline;
      }
      a[aria-current='page'] {
        font-weight: 700;
        background: var(--dlis-color-surface);
        border-inline-start: 0.25rem solid var(--dlis-color-primary);
      }
      .mark {
        color: var(--dlis-color-success);
      }
      @media (max-width: 48rem) {
        :host(:not(.open)) ol {
          display: none;
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

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const t = (text: Record<string, string>) => localize(text, this.language, course.defaultLanguage);
    return html`<nav aria-label=${this.messages.courseNav}>
      <ol>
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
    this.dispatchEvent(playerEvent('dlis-navigate', { route }));
  }
}

customElements.define('dlis-nav', DlisNav);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-nav': DlisNav;
  }
}
