import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledCourse, LanguageTag, Localized, QuestionBlock } from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { playerEvent } from '../events.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { assessmentScore, isPassing } from '../logic/assessment-score.ts';
import { activeAssessmentIds } from '../logic/bank-draw.ts';
import { courseQuestions, courseScenarios } from '../logic/course-routes.ts';
import { scenarioPoints } from '../logic/scenario-run.ts';
import { truncate } from '@dlis/course/compiled';
import { localize } from '../logic/localize.ts';
import { scoreQuestion } from '../logic/score-question.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { resultsMessagesFor } from '../i18n/results/results-messages.ts';
import { expectedAnswer } from '../logic/expected-answer.ts';
import { answerOf, choiceFeedbackOf } from './results-answer.ts';
import { resultsStyles } from './results-styles.ts';

const STATUS_MARK = { unanswered: '–', correct: '✓', partial: '◐', incorrect: '✗' } as const;

interface RecapRow {
  id: string;
  pageId: string;
  title: string;
  answered: boolean;
  correct: boolean;
  score: number;
  max: number;
  /** The question (absent for a scenario) and the learner's response. */
  question?: QuestionBlock;
  response: readonly string[];
}

/**
 * The assessment result page: answered count, one list with each question once (its status, a link to its
 * page; once submitted, its points, the learner's answer, the expected one and the feedback) and "Submit
 * assessment" (raises `dlis-submit-assessment`), which asks for confirmation in a modal dialog listing the
 * unanswered questions when there are any. Once submitted: score in percent and passed/failed against the
 * mastery score in force. Defined by the results add-on (addon-results.ts).
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

  static override styles = [baseStyles, proseStyles, resultsStyles];

  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  /** The player's UI strings (the shell always sets them). */
  messages!: Messages;
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

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.#heading?.focus();
  }

  override render() {
    const course = this.course;
    if (!course) return nothing;
    const m = this.messages;
    const r = resultsMessagesFor(this.language);
    const percent = new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 });
    const score = assessmentScore(course, this.state);
    const maxAttempts = course.assessment.maxAttempts;
    const attempt = (this.state.assessmentAttempts ?? 0) + (this.submitted ? 0 : 1);
    const passed = isPassing(score, this.masteryScore);
    const rows = this.#rows(course);
    const unanswered = rows.filter((row) => !row.answered);
    return html`<h1 tabindex="-1">${m.results}</h1>
      ${maxAttempts > 0 ? html`<p>${formatMessage(r.attemptOf, { attempt: Math.min(attempt, maxAttempts), max: maxAttempts })}</p>` : nothing}
      <p>${formatMessage(r.answeredCount, { answered: score.answered, total: score.total })}</p>
      ${
        this.submitted
          ? html`<div class="summary ${passed ? 'passed' : 'failed'}">
              <p class="outcome">${formatMessage(r.score, { score: percent.format(score.percent / 100) })}</p>
              <p>${formatMessage(r.masteryScore, { score: percent.format(this.masteryScore / 100) })}</p>
              <p class="outcome verdict">
                <span aria-hidden="true">${passed ? '✓' : '✗'}</span> ${passed ? r.passed : r.failed}
              </p>
            </div>`
          : this.readOnly
            ? nothing
            : html`<p>${r.resultsIntro}</p>`
      }
      <h2>${r.recap}</h2>
      <ol class="recap">
        ${rows.map((row) => this.#renderRow(row, course))}
      </ol>
      ${
        this.submitted || this.readOnly
          ? nothing
          : html`<button type="button" class="submit" @click=${() => this.#submit(unanswered.length)}>
                ${r.submitAssessment}
              </button>
              <dialog aria-labelledby="confirm-title" @close=${this.#onDialogClose}>
                <h2 id="confirm-title">${r.confirmTitle}</h2>
                <p>${formatMessage(r.confirmUnanswered, { count: unanswered.length })}</p>
                <ul>
                  ${unanswered.map(
                    (row) =>
                      html`<li>
                        <a href=${`#${row.pageId}`} @click=${(e: Event) => this.#go(e, row.pageId)}
                          >${row.title}</a
                        >
                      </li>`,
                  )}
                </ul>
                <p>${r.confirmNote}</p>
                <p class="actions">
                  <button type="button" class="secondary" @click=${() => this.#dialog?.close()}>
                    ${r.keepAnswering}
                  </button>
                  <button type="button" @click=${this.#confirm}>${r.submitAnyway}</button>
                </p>
              </dialog>`
      }
      ${
        this.submitted && !this.readOnly
          ? this.canRetry
            ? html`<button type="button" @click=${this.#retry}>${r.newAttempt}</button>`
            : maxAttempts > 0
              ? html`<p>${r.attemptsDone}</p>`
              : nothing
          : nothing
      }`;
  }

  #renderRow(row: RecapRow, course: CompiledCourse) {
    const m = this.messages;
    const r = resultsMessagesFor(this.language);
    const t = (text: Localized) => localize(text, this.language, course.defaultLanguage);
    const status = !row.answered
      ? 'unanswered'
      : row.correct
        ? 'correct'
        : row.score > 0
          ? 'partial'
          : 'incorrect';
    const label = {
      unanswered: r.recapUnanswered,
      correct: r.recapCorrect,
      partial: r.partlyCorrect,
      incorrect: r.recapIncorrect,
    }[status];
    const q = row.question;
    const answer = q && row.answered ? answerOf(q, row.response, t) : nothing;
    const expected = q && !row.correct ? expectedAnswer(q, this.language, course.defaultLanguage) : undefined;
    const feedback =
      q && row.answered ? (row.correct ? q.feedback.correct : q.feedback.incorrect) : undefined;
    const chosen = q && row.answered ? choiceFeedbackOf(q, row.response) : [];
    return html`<li class=${status}>
      <a
        href=${`#${row.pageId}`}
        @click=${(e: Event) => this.#go(e, row.pageId)}
        aria-label=${row.answered ? nothing : formatMessage(r.goToQuestion, { title: row.title })}
        >${row.title}</a
      >
      <p class="status">
        <span aria-hidden="true">${STATUS_MARK[status]}</span> ${label}${
          this.submitted ? html` — ${this.#points(row.score)}` : nothing
        }
      </p>
      ${
        this.submitted
          ? html`${answer === nothing ? nothing : html`<p>${formatMessage(r.answerGiven, { answer: '' })}${answer}</p>`}
            ${expected ? html`<p>${formatMessage(m.expected, { answer: expected })}</p>` : nothing}
            ${feedback ? html`<div class="prose">${unsafeHTML(t(feedback))}</div>` : nothing}
            ${chosen.map((f) => html`<div class="prose">${unsafeHTML(t(f))}</div>`)}`
          : nothing
      }
    </li>`;
  }

  /** "1 point", "0 points", "0,5 point" in the page language (plural rules of Intl). */
  #points(score: number): string {
    const r = resultsMessagesFor(this.language);
    const text = new Intl.NumberFormat(this.language, { maximumFractionDigits: 2 }).format(score);
    const rule = new Intl.PluralRules(this.language).select(score);
    return formatMessage(rule === 'one' ? r.pointOne : rule === 'few' ? r.pointFew : r.pointOther, {
      score: text,
    });
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
          response: [],
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
        question: ref.question,
        response: answer?.response ?? [],
      });
    }
    return rows;
  }

  #go(event: Event, route: string): void {
    event.preventDefault();
    this.#dialog?.close();
    this.dispatchEvent(playerEvent('dlis-navigate', { route }));
  }

  #retry(): void {
    this.dispatchEvent(playerEvent('dlis-new-attempt', undefined));
  }

  /** Submits at once when every question is answered; otherwise asks first (the dialog). */
  #submit(unanswered: number): void {
    if (unanswered === 0) this.#confirm();
    else this.#dialog?.showModal();
  }

  #confirm(): void {
    this.#dialog?.close();
    this.dispatchEvent(playerEvent('dlis-submit-assessment', undefined));
  }

  /** Focus back on "Submit assessment" when the learner keeps answering (Escape or the button). */
  #onDialogClose(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('.submit')?.focus();
  }
}

customElements.define('dlis-results', DlisResults);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-results': DlisResults;
  }
}
