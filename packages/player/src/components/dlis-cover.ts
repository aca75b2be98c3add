import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { CompiledCourse, LanguageTag, Localized } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { playerEvent } from '../events.ts';
import { formatMessage } from '../i18n/messages.ts';
import { coverMessagesFor } from '../i18n/cover/cover-messages.ts';
import { coursePages } from '../logic/course-routes.ts';
import { durationInWords } from '../logic/duration-words.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles } from '../theme.ts';

/**
 * The cover at the top of the course's first page (the cover add-on, shipped with every course): the image,
 * title, description, duration and objectives course.yaml gives, the modules, and one button: "Enter the
 * course" (to the page's own title below) for a new learner, "Resume: <page>" (to the first page not viewed
 * yet, raising `dlis-navigate`) for one who has come back to the beginning.
 */
export class DlisCover extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    state: { attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        margin: 0 0 var(--dlis-space-6);
        border-radius: var(--dlis-radius);
        border-top: 0.375rem solid var(--dlis-color-primary);
        background: var(--dlis-color-surface);
        overflow: hidden;
      }
      img {
        display: block;
        width: 100%;
        height: auto;
        max-height: 18rem;
        object-fit: cover;
      }
      .text {
        padding: var(--dlis-space-5);
      }
      .title {
        margin: 0 0 var(--dlis-space-3);
        font-size: 2.25rem;
        font-weight: 700;
        line-height: 1.15;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0 0 var(--dlis-space-3);
      }
      ul,
      ol {
        margin: var(--dlis-space-2) 0 var(--dlis-space-5);
        padding-inline-start: var(--dlis-space-5);
      }
      @media (max-width: 37.5rem) {
        .text {
          padding: var(--dlis-space-4);
        }
        .title {
          font-size: 1.75rem;
        }
      }
    `,
  ];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  state: LearnerState = { page: '', visited: [], answers: {} };

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const m = coverMessagesFor(this.language);
    const t = (text: Localized) => localize(text, this.language, course.defaultLanguage);
    const pages = coursePages(course);
    const seenOthers = this.state.visited.some((id) => id !== pages[0]?.page.id);
    const resume = seenOthers ? pages.find((ref) => !this.state.visited.includes(ref.page.id)) : undefined;
    const cover = course.cover;
    const image = cover?.image;
    const file = image && (image.files[this.language] ?? image.files[course.defaultLanguage]);
    return html`${
        file
          ? html`<img
              src=${file.path}
              srcset=${file.srcset ?? nothing}
              sizes=${file.srcset ? '(max-width: 48rem) 100vw, 46rem' : nothing}
              width=${file.width ?? nothing}
              height=${file.height ?? nothing}
              alt=${t(image.alt)}
            />`
          : nothing
      }
      <div class="text">
        <p class="title">${t(course.title)}</p>
        <p>${t(course.description)}</p>
        ${
          cover?.duration
            ? html`<p>
                ${formatMessage(m.duration, { duration: durationInWords(this.language, cover.duration) })}
              </p>`
            : nothing
        }
        ${
          cover?.objectives.length
            ? html`<p><strong>${m.objectives}</strong></p>
                <ul>
                  ${cover.objectives.map((o) => html`<li>${t(o)}</li>`)}
                </ul>`
            : nothing
        }
        <p><strong>${m.courseContents}</strong></p>
        <ol>
          ${course.modules.map((module) => html`<li>${t(module.title)}</li>`)}
        </ol>
        <button type="button" @click=${() => this.#enter(resume?.page.id)}>
          ${resume ? formatMessage(m.resumeCourse, { page: t(resume.page.title) }) : m.startCourse}
        </button>
      </div>`;
  }

  /** To the page to resume, or down to the title of this page (the h1 of the page this cover is on). */
  #enter(route?: string): void {
    if (route) this.dispatchEvent(playerEvent('dlis-navigate', { route }));
    else (this.getRootNode() as ParentNode).querySelector<HTMLElement>('h1')?.focus();
  }
}

customElements.define('dlis-cover', DlisCover);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-cover': DlisCover;
  }
}
