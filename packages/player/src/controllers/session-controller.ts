import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledCourse, LanguageTag, PlayerPayload } from '@dlis/course/compiled';
import type { FinishMode, LearnerState, StartInfo, Tracker, TrackerStatus } from '@dlis/tracking';
import { PlayerError, PlayerErrorCode } from '../errors.ts';
import { afterNextPaint } from './after-paint.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { XapiMessageKey } from '../i18n/xapi/xapi-messages.ts';
import { assessmentScore, effectiveMasteryScore, isPassing } from '../logic/assessment-score.ts';
import { chooseLanguage } from '@dlis/tracking';
import { isCourseCompleted } from '../logic/completion.ts';
import { activeAssessmentIds } from '../logic/bank-draw.ts';
import { courseQuestions, courseScenarios, hasAssessment, RESULTS_ROUTE } from '../logic/course-routes.ts';
import { conditionalAddon } from '../logic/conditional-addon.ts';
import { loadLaterAddons } from '../logic/lazy-addon.ts';
import type { ConditionalContent } from '../logic/conditional-content.ts';
import { buildInteractionRecord, cleanResponse } from '../logic/interaction-record.ts';
import {
  applyScenarioChoice,
  canStartNewAttempt,
  newAttemptState,
  restoreState,
  withScenario,
} from '../logic/learner-state.ts';
import { isRoute, nextRoute, previousRoute } from '../logic/navigation.ts';
import { progressMeasure } from '../logic/progress-measure.ts';
import { isQuestionnaireSubmitted, withQuestionnaireEntries } from '../logic/questionnaire-state.ts';
import type { QuestionnaireReport } from '../logic/questionnaire-report.ts';
import { checkPayload } from '../logic/read-payload.ts';
import { decisionRecord } from '../logic/scenario-run.ts';
import { nextXapiNotice } from '../logic/xapi-news.ts';

export type SessionPhase = 'idle' | 'loading' | 'running' | 'ended' | 'error';

/** Makes the tracker of a payload (main.ts plugs `createTracker` in; tests pass their own Tracker instead). */
export type TrackerFactory = (payload: PlayerPayload) => Tracker;

export interface BeginOptions {
  /** Returns the payload (injected, or read from the page); may throw PlayerError. */
  readPayload: () => unknown;
  tracker?: Tracker;
  trackerFactory?: TrackerFactory;
  /** The browser's language preferences (navigator.languages). */
  browserLanguages: readonly string[];
  /**
   * The page to open instead of the bookmark (a deep link of the launch URL), given the course the learner
   * sees; ignored when it is not a route of that course.
   */
  firstRoute?: (course: CompiledCourse) => string | undefined;
}

/** A save that records without committing: the next page change, questionnaire step, submit or exit commits it. */
const RECORD_ONLY = { commit: false } as const;

/**
 * The learner's session: routing, learner state and every Tracker call. It depends only on a
 * ReactiveControllerHost (asks for a render after each change), so it holds no DOM.
 *
 * Commit policy (issue 11: an LMS commit can be a synchronous request): one commit per page change,
 * questionnaire step, submit (assessment or questionnaire) and new attempt, plus the tracker's own at start and
 * finish; answers, checklist ticks and scenario decisions are recorded and ride along with the next commit.
 */
export class SessionController implements ReactiveController {
  phase: SessionPhase = 'idle';
  error?: PlayerError;
  /** The course as the learner sees it: `visibleCourse()` of the payload's for the variable values. */
  course?: CompiledCourse;
  start?: StartInfo;
  lang: LanguageTag = 'fr';
  route = '';
  state: LearnerState = { page: '', visited: [], answers: {} };
  /** The latest save news to show in the status region, as a UI string key. */
  saveNotice?: MessageKey;
  /** The latest news about the statements sent to the LRS (logic/xapi-news.ts), shown next to saveNotice. */
  xapiNotice?: XapiMessageKey;
  /** Bumped on every navigation, so the host knows when to move focus. */
  navigation = 0;

  #tracker?: Tracker;
  /** The payload's course, every conditional page, block and question included. */
  #fullCourse?: CompiledCourse;
  /** The conditional-content logic the blocks add-on lends, for a course with variables. */
  #conditional?: ConditionalContent;
  #unsubscribe?: () => void;
  #shownAt = 0;
  #completedReported = false;
  #failing = false;
  #exiting = false;
  /** finish() was asked for (exit or pagehide): it commits everything, so no later save may follow it. */
  #finishing = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** True when answers cannot change: review/browse mode or a submitted assessment. */
  get readOnly(): boolean {
    return this.start?.mode !== 'normal' || this.state.submitted === true;
  }

  get localMode(): boolean {
    return this.start?.connection === 'local';
  }

  /** Reads the payload, starts the tracker, restores the saved state and shows the bookmarked page. */
  async begin(options: BeginOptions): Promise<void> {
    if (this.phase !== 'idle') return;
    this.phase = 'loading';
    this.#host.requestUpdate();
    try {
      const payload = checkPayload(options.readPayload());
      const course = payload.course;
      this.course = course;
      this.lang = chooseLanguage(course.languages, course.defaultLanguage, {
        browser: options.browserLanguages,
      });
      const tracker = options.tracker ?? options.trackerFactory?.(payload);
      if (!tracker) throw new PlayerError(PlayerErrorCode.noTracker, 'No tracker was given to the player.');
      this.#tracker = tracker;
      this.#unsubscribe = tracker.onStatus((status) => this.#onStatus(status));
      const start = await tracker.start();
      if (course.variables?.length) this.#conditional = await conditionalAddon();
      this.start = start;
      this.lang = chooseLanguage(course.languages, course.defaultLanguage, {
        learner: start.learner.language,
        browser: options.browserLanguages,
      });
      tracker.setLanguage?.(this.lang);
      this.state = restoreState(course, start.resume);
      this.#fullCourse = course;
      const shown = this.#conditional?.start(course, this.state, start.launchParameters);
      if (shown) this.#showVariables(shown);
      const seen = this.course ?? course;
      this.#completedReported = isCourseCompleted({
        course: seen,
        visited: this.state.visited,
        passed: this.#submittedOutcome(),
        completionThreshold: start.completionThreshold,
        questionnaireSubmitted: isQuestionnaireSubmitted(seen, this.state.answers),
      });
      this.phase = 'running';
      const first = options.firstRoute?.(seen);
      this.#show(first !== undefined && isRoute(seen, first) ? first : this.state.page);
      // The add-ons the first screen does not need come once it is painted (index.html lists them).
      void afterNextPaint().then(loadLaterAddons);
    } catch (error) {
      // A PlayerError (payload, no tracker) keeps its code; anything else (the tracker's start, a factory that
      // throws) is a failed start, shown with its message.
      this.phase = 'error';
      const detail = error instanceof Error ? error.message : String(error);
      this.error =
        error instanceof PlayerError
          ? error
          : new PlayerError(
              PlayerErrorCode.start,
              `The tracker failed to start: ${detail}`,
              { detail },
              { cause: error },
            );
      this.#host.requestUpdate();
    }
  }

  /** Goes to a page id or RESULTS_ROUTE; unknown routes are ignored. */
  goTo(route: string): void {
    if (this.phase !== 'running' || !this.course || !isRoute(this.course, route)) return;
    this.#show(route);
  }

  next(): void {
    const route = this.course && nextRoute(this.course, this.route);
    if (route) this.goTo(route);
  }

  previous(): void {
    const route = this.course && previousRoute(this.course, this.route);
    if (route) this.goTo(route);
  }

  setLanguage(lang: LanguageTag): void {
    if (!this.course?.languages.includes(lang) || lang === this.lang) return;
    this.lang = lang;
    this.#tracker?.setLanguage?.(lang);
    this.#host.requestUpdate();
  }

  /**
   * Records an answer: learner state, interaction, commit. Ignored when read-only, when the question's
   * attempts are used up, and for a bank question not drawn in this attempt.
   */
  answer(questionId: string, response: readonly string[]): void {
    const course = this.course;
    const ref = course && courseQuestions(course).get(questionId);
    if (!course || !ref || this.readOnly || !this.#tracker) return;
    const used = this.state.answers[questionId]?.attempts ?? 0;
    if (ref.question.maxAttempts > 0 && used >= ref.question.maxAttempts) return;
    if (ref.bankId && !activeAssessmentIds(course, this.state.bankSeeds ?? {}).includes(questionId)) return;
    const record = buildInteractionRecord(ref.question, response, {
      lang: this.lang,
      defaultLanguage: course.defaultLanguage,
      latencyMs: performance.now() - this.#shownAt,
      timestamp: new Date(),
    });
    const previous = this.state.answers[questionId];
    this.state = {
      ...this.state,
      answers: {
        ...this.state.answers,
        [questionId]: {
          response: cleanResponse(ref.question, response),
          attempts: (previous?.attempts ?? 0) + 1,
        },
      },
    };
    this.#tracker.answered(record);
    this.#tracker.save(this.state, RECORD_ONLY);
    this.#host.requestUpdate();
  }

  /**
   * The learner chose a value of a course variable (a variable-choice block): saved, reported (a neutral choice
   * interaction, and the xAPI context of the statements that follow), and the course shown follows it.
   * Ignored when read-only, for an unknown variable or value, and when the value does not change.
   */
  setVariable(variableId: string, value: string): void {
    const full = this.#fullCourse;
    const tracker = this.#tracker;
    if (!full || !tracker || this.readOnly) return;
    const chosen = this.#conditional?.choose(full, this.state, variableId, value, {
      lang: this.lang,
      defaultLanguage: full.defaultLanguage,
      latencyMs: performance.now() - this.#shownAt,
      timestamp: new Date(),
    });
    if (!chosen) return;
    this.#showVariables(chosen);
    if (chosen.record) tracker.answered(chosen.record);
    this.#reportCompletion();
    tracker.save(this.state);
    this.#host.requestUpdate();
  }

  /** The state and course after the variable values changed; the tracker's xAPI context follows them. */
  #showVariables(shown: { state: LearnerState; course: CompiledCourse }): void {
    this.state = shown.state;
    this.course = shown.course;
    if (shown.state.variables) this.#tracker?.setVariables?.(shown.state.variables);
  }

  /** Finalises the assessment: score, passed/failed, completion, state.submitted. Once per attempt. */
  submitAssessment(): void {
    const course = this.course;
    const tracker = this.#tracker;
    if (!course || !tracker || !this.start || this.readOnly || !hasAssessment(course)) return;
    const score = assessmentScore(course, this.state);
    const passed = isPassing(score, effectiveMasteryScore(course, this.start));
    tracker.scored({ raw: score.raw, min: score.min, max: score.max, scaled: score.scaled });
    if (passed) tracker.passed();
    else tracker.failed();
    this.state = {
      ...this.state,
      submitted: true,
      assessmentAttempts: (this.state.assessmentAttempts ?? 0) + 1,
    };
    this.#reportCompletion();
    tracker.save(this.state);
    this.#host.requestUpdate();
  }

  /** Whether "Start a new attempt" is offered (normal mode, submitted, attempts left). */
  get canRetry(): boolean {
    return this.start?.mode === 'normal' && !!this.course && canStartNewAttempt(this.course, this.state);
  }

  /** Starts a new assessment attempt: scored answers cleared, new bank seeds, pages visited kept. */
  newAttempt(): void {
    if (!this.course || !this.#tracker || !this.canRetry) return;
    this.state = newAttemptState(this.course, this.state);
    this.#tracker.save(this.state);
    this.#host.requestUpdate();
  }

  /** Saves the ticked items of a checklist (not an interaction). Ignored in review/browse mode. */
  checklist(blockId: string, ticked: readonly string[]): void {
    if (!this.#tracker || this.start?.mode !== 'normal') return;
    this.state = { ...this.state, checklists: { ...this.state.checklists, [blockId]: [...ticked] } };
    this.#tracker.save(this.state, RECORD_ONLY);
    this.#host.requestUpdate();
  }

  /**
   * A scenario action: 'start' opens the first run, 'choose' records a decision (interaction
   * `<id>.<run>.<step>`), 'replay' starts a new run. Ignored in review/browse mode, and for a scored scenario
   * once the assessment is submitted.
   */
  scenario(scenarioId: string, action: 'start' | 'choose' | 'replay', choiceId = ''): void {
    const course = this.course;
    const block = course && courseScenarios(course).get(scenarioId)?.scenario;
    const tracker = this.#tracker;
    if (!course || !block || !tracker || this.start?.mode !== 'normal') return;
    if (block.scored && this.state.submitted) return;
    const run = this.state.scenarios?.[scenarioId];
    if (action === 'start') {
      if (run) return;
      this.state = withScenario(this.state, scenarioId, { path: [], runs: 1 });
    } else if (action === 'replay') {
      if (!run) return;
      this.state = withScenario(this.state, scenarioId, {
        path: [],
        runs: run.runs + 1,
        ...(run.bestScore !== undefined ? { bestScore: run.bestScore } : {}),
      });
    } else {
      const applied = run && applyScenarioChoice(block, run, choiceId);
      if (!applied) return;
      this.state = withScenario(this.state, scenarioId, applied.run);
      tracker.answered(
        decisionRecord(block, applied.run.runs, applied.step, applied.situation, choiceId, {
          lang: this.lang,
          defaultLanguage: course.defaultLanguage,
          latencyMs: performance.now() - this.#shownAt,
          timestamp: new Date(),
        }),
      );
      this.#shownAt = performance.now();
    }
    tracker.save(this.state, RECORD_ONLY);
    this.#host.requestUpdate();
  }

  /** Saves questionnaire progress (issue 6) into `answers`. Ignored outside normal mode. */
  questionnaireSave(entries: Readonly<Record<string, readonly string[] | null>>): void {
    if (!this.#tracker || this.start?.mode !== 'normal') return;
    this.state = { ...this.state, answers: withQuestionnaireEntries(this.state.answers, entries) };
    this.#tracker.save(this.state);
    this.#host.requestUpdate();
  }

  /**
   * A submitted questionnaire: its last progress saved, then answered() per item, completed() (rule
   * 'questionnaire-submitted'), questionnaireCompleted() (the index goes to xAPI there), one commit. Once. The
   * index is not reported with scored(): it is no assessment score, and an LMS such as Moodle grades any score.
   * The commit waits until the results are painted: it carries every answer, and an LMS commit can be a
   * synchronous request (Moodle 4.5 took 6 s to store the 53 interactions of one questionnaire), which would
   * otherwise freeze the form the learner has just submitted.
   */
  questionnaireSubmit(
    entries: Readonly<Record<string, readonly string[] | null>>,
    report: QuestionnaireReport,
  ): void {
    const tracker = this.#tracker;
    if (!this.course || !tracker || this.start?.mode !== 'normal') return;
    if (isQuestionnaireSubmitted(this.course, this.state.answers)) return;
    this.state = { ...this.state, answers: withQuestionnaireEntries(this.state.answers, entries) };
    for (const interaction of report.interactions) tracker.answered(interaction);
    this.#reportCompletion();
    tracker.questionnaireCompleted(report.outcome);
    tracker.save(this.state, RECORD_ONLY);
    this.#host.requestUpdate();
    // Exit and pagehide commit everything themselves (finish), so a session that ends first needs no more.
    void afterNextPaint().then(() => {
      if (this.phase === 'running' && !this.#finishing) tracker.save(this.state);
    });
  }

  /** The exit button: ends the session ('normal' once submitted or completed, else 'suspend'). */
  async exit(): Promise<void> {
    if (this.phase !== 'running' || !this.#tracker || this.#exiting) return;
    this.#exiting = true;
    this.#finishing = true;
    const mode: FinishMode = this.state.submitted || this.#completedReported ? 'normal' : 'suspend';
    try {
      await this.#tracker.finish(mode);
    } finally {
      this.phase = 'ended';
      this.navigation++;
      this.#host.requestUpdate();
    }
  }

  /** The page is going away (pagehide): suspend. The tracker ignores a second finish. */
  suspend(): void {
    if (this.phase !== 'running') return;
    this.#finishing = true;
    void this.#tracker?.finish('suspend');
  }

  #show(route: string): void {
    const course = this.course;
    const tracker = this.#tracker;
    if (!course || !tracker) return;
    this.route = route;
    this.navigation++;
    this.#shownAt = performance.now();
    if (route !== RESULTS_ROUTE) {
      const visited = this.state.visited.includes(route)
        ? this.state.visited
        : [...this.state.visited, route];
      this.state = { ...this.state, page: route, visited };
      tracker.progress(route, progressMeasure(course, visited));
      this.#reportCompletion();
      tracker.save(this.state);
    }
    this.#host.requestUpdate();
  }

  /** Reports `completed` once, when the completion rule is met in a normal-mode attempt. */
  #reportCompletion(): void {
    if (!this.course || !this.start || this.#completedReported || this.start.mode !== 'normal') return;
    const done = isCourseCompleted({
      course: this.course,
      visited: this.state.visited,
      passed: this.#submittedOutcome(),
      completionThreshold: this.start.completionThreshold,
      questionnaireSubmitted: isQuestionnaireSubmitted(this.course, this.state.answers),
    });
    if (!done) return;
    this.#completedReported = true;
    this.#tracker?.completed();
  }

  #submittedOutcome(): boolean | undefined {
    if (!this.course || !this.start || !this.state.submitted) return undefined;
    const score = assessmentScore(this.course, this.state);
    return isPassing(score, effectiveMasteryScore(this.course, this.start));
  }

  #onStatus(status: TrackerStatus): void {
    if (status.kind === 'save-failed') {
      this.#failing = true;
      this.saveNotice = status.retrying ? 'saveFailedRetrying' : 'saveFailed';
    } else if (status.kind === 'saved' && this.#failing) {
      this.#failing = false;
      this.saveNotice = 'saveRecovered';
    } else if (status.kind === 'xapi') {
      const notice = nextXapiNotice(status.queue, this.xapiNotice);
      // The queue reports every send: re-render (and re-announce) only when the news changes.
      if (notice === this.xapiNotice) return;
      this.xapiNotice = notice;
    } else {
      return;
    }
    this.#host.requestUpdate();
  }
}
