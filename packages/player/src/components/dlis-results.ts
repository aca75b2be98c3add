import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { CompiledCourse, LanguageTag } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { playerEvent } from '../events.ts';
import { en } from '../i18n/en.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { assessmentScore, isPassing } from '../logic/assessment-score.ts';
import { activeAssessmentIds } from '../logic/bank-draw.ts';
import { courseQuestions, courseScenarios } from '../logic/course-routes.ts';
import { scenarioPoints } from '../logic/scenario-run.ts';
import { truncate } from '@dlis/course/compiled';
import { localize } from '../logic/localize.ts';
import { scoreQuestion } from '../logic/score-question.ts';
import { baseStyles } from '../theme.ts';

interface RecapRow {
  id: string;
  pageId: string;
  title: string;
  answered: boolean;
  correct: boolean;
  score: number;
  max: number;
}

/**
 * The assessment result page: answered count, unanswered questions with links to their page, a recap per
 * question, and "Submit assessment" (raises `dlis-submit-assessment`). Once submitted: score in percent and
 * passed/failed against the mastery score in force.
 */
export class DlisResults extends LitElement {
  static override properties: PropertyDeclarations = {
    course: { attribute: false },
    language: { attribute: false },
    messages: { attribute: false },
    state: { attribute: false },
    submitted: { type: Boolean },
    canRetry: { type: Boolean },
    readOnly: { type: Boolean },
    masteryScore: { type: Number },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: 1.75rem;
        margin: 0 0 1rem;
      }
      h1:focus {
        outline: none;
      }
      h1:focus-visible {
        outline: 3px solid var(--dlis-color-focus, #1a4f8b);
      }
      .outcome {
        font-size: 1.25rem;
        font-weight: 700;
      }
      .passed {
        color: var(--dlis-color-success, #1e6b34);
      }
      .failed {
        color: var(--dlis-color-danger, #a4262c);
      }
      li {
        margin: 0.25rem 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  messages: Messages = en;
  state: LearnerState = { page: '', visited: [], answers: {} };
  submitted = false;
  /** Whether "Start a new attempt" is offered (submitted, attempts left, normal mode). */
  canRetry = false;
  /** Answers cannot change (review/browse mode): no submit button. */
  readOnly = false;
  /** Mastery score in force, 0–100. */
  masteryScore = 0;

  get #heading(): HTMLHeadingElement | null {
    return this.renderRoot.querySelector('h1');
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.#heading?.focus();
  }

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const m = this.messages;
    const percent = new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(this.language, { maximumFractionDigits: 2 });
    const score = assessmentScore(course, this.state);
    const maxAttempts = course.assessment.maxAttempts;
    const attempt = (this.state.assessmentAttempts ?? 0) + (this.submitted ? 0 : 1);
    const passed = isPassing(score, this.masteryScore);
    const rows = this.#rows(course);
    const unanswered = rows.filter((r) => !r.answered);
    return html`<h1 tabindex="-1">${m.results}</h1>
      ${maxAttempts > 0 ? html`<p>${formatMessage(m.attemptOf, { attempt: Math.min(attempt, maxAttempts), max: maxAttempts })}</p>` : nothing}
      <p>${formatMessage(m.answeredCount, { answered: score.answered, total: score.total })}</p>
      ${
        this.submitted
          ? html`<p class="outcome">
                ${formatMessage(m.score, { score: percent.format(score.percent / 100) })}
              </p>
              <p>${formatMessage(m.masteryScore, { score: percent.format(this.masteryScore / 100) })}</p>
              <p class="outcome ${passed ? 'passed' : 'failed'}">
                <span aria-hidden="true">${passed ? '✓' : '✗'}</span> ${passed ? m.passed : m.failed}
              </p>`
          : this.readOnly
            ? nothing
            : html`<p>${m.resultsIntro}</p>`
      }
      ${
        unanswered.length
          ? html`<h2>${m.unanswered}</h2>
              <ul>
                ${unanswered.map(
                  (r) =>
                    html`<li>
                      <a
                        href=${`#${r.pageId}`}
                        @click=${(e: Event) => this.#go(e, r.pageId)}
                        aria-label=${formatMessage(m.goToQuestion, { title: r.title })}
                        >${r.title}</a
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <h2>${m.recap}</h2>
      <ol>
        ${rows.map(
          (r) =>
            html`<li>
              ${r.title} —
              ${!r.answered ? m.recapUnanswered : r.correct ? m.recapCorrect : m.recapIncorrect}${
                this.submitted
                  ? html` —
                    ${formatMessage(m.points, { score: number.format(r.score), max: number.format(r.max) })}`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      ${
        this.submitted || this.readOnly
          ? nothing
          : html`<button type="button" @click=${this.#submit}>${m.submitAssessment}</button>`
      }
      ${
        this.submitted && !this.readOnly
          ? this.canRetry
            ? html`<button type="button" @click=${this.#retry}>${m.newAttempt}</button>`
            : maxAttempts > 0
              ? html`<p>${m.attemptsDone}</p>`
              : nothing
          : nothing
      }`;
  }

  #rows(course: CompiledCourse): RecapRow[] {
    const questions = courseQuestions(course);
    const scenarios = courseScenarios(course);
    const rows: RecapRow[] = [];
    for (const id of activeAssessmentIds(course, this.state.bankSeeds ?? {})) {
      const scenario = scenarios.get(id);
      if (scenario) {
        const best = this.state.scenarios?.[id]?.bestScore;
        const score = scenarioPoints(scenario.scenario, best);
        rows.push({
          id,
          pageId: scenario.pageId,
          title: truncate(localize(scenario.scenario.title, this.language, course.defaultLanguage), 120),
          answered: best !== undefined,
          correct: best !== undefined && score >= scenario.scenario.points,
          score,
          max: scenario.scenario.points,
        });
        continue;
      }
      const ref = questions.get(id);
      if (!ref) continue;
      const answer = this.state.answers[id];
      const result = scoreQuestion(ref.question, answer?.response ?? []);
      rows.push({
        id,
        pageId: ref.pageId,
        title: truncate(
          localize(ref.question.description ?? ref.question.prompt, this.language, course.defaultLanguage),
          120,
        ),
        answered: answer !== undefined,
        correct: answer !== undefined && result.correct,
        score: answer ? result.score : 0,
        max: result.maxScore,
      });
    }
    return rows;
  }

  #go(event: Event, route: string): void {
    event.preventDefault();
    this.dispatchEvent(playerEvent('dlis-navigate', { route }));
  }

  #retry(): void {
    this.dispatchEvent(playerEvent('dlis-new-attempt', undefined));
  }

  #submit(): void {
    this.dispatchEvent(playerEvent('dlis-submit-assessment', undefined));
  }
}

customElements.define('dlis-results', DlisResults);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-results': DlisResults;
  }
}
