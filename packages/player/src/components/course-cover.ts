import { html, type TemplateResult } from 'lit';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { coursePages } from '../logic/course-routes.ts';
import { localize } from '../logic/localize.ts';

/**
 * The cover at the top of the course's first page, made from what course.yaml has: the title,
 * the description, the modules, and a button: "Start" (to the page's own title below) for a new learner,
 * "Resume" (to the first page not viewed yet) for one who has come back to the beginning.
 */
export function courseCover(
  course: CompiledCourse,
  lang: LanguageTag,
  state: LearnerState,
  m: Messages,
  act: (route?: string) => void,
): TemplateResult {
  const t = (text: Record<string, string>) => localize(text, lang, course.defaultLanguage);
  const pages = coursePages(course);
  const seenOthers = state.visited.some((id) => id !== pages[0]?.page.id);
  const resume = seenOthers ? pages.find((ref) => !state.visited.includes(ref.page.id)) : undefined;
  return html`<div class="cover">
    <p class="cover-title">${t(course.title)}</p>
    <p>${t(course.description)}</p>
    <p><strong>${m.courseContents}</strong></p>
    <ol class="cover-modules">
      ${course.modules.map((module) => html`<li>${t(module.title)}</li>`)}
    </ol>
    <button type="button" @click=${() => act(resume?.page.id)}>
      ${resume ? formatMessage(m.resumeCourse, { page: t(resume.page.title) }) : m.startCourse}
    </button>
  </div>`;
}
