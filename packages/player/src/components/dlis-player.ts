import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isReadingCourse, type PlayerPayload } from '@dlis/course/compiled';
import type { Tracker } from '@dlis/tracking';
import { SessionController, type TrackerFactory } from '../controllers/session-controller.ts';
import { playerErrorMessage } from '../errors.ts';
import type {
  AnswerDetail,
  ChecklistDetail,
  VariableDetail,
  NavigateDetail,
  PrintSheetDetail,
  ScenarioDetail,
} from '../events.ts';
import type { QuestionnaireSaveDetail, QuestionnaireSubmitDetail } from './dlis-questionnaire-events.ts';
import { catalogs, messagesFor, uiLanguageFor } from '../i18n/catalogs.ts';
import { xapiMessagesFor } from '../logic/xapi-news.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { effectiveMasteryScore } from '../logic/assessment-score.ts';
import { chooseLanguage } from '@dlis/tracking';
import { coursePages, RESULTS_ROUTE } from '../logic/course-routes.ts';
import { readDeepLink } from '../logic/deep-link.ts';
import { localize } from '../logic/localize.ts';
import { nextRoute, previousRoute } from '../logic/navigation.ts';
import { visitedCount } from '../logic/progress-measure.ts';
import { PAYLOAD_ELEMENT_ID, parsePayload } from '../logic/read-payload.ts';
import { fontFaceCss, themeProperties } from '../logic/theme-style.ts';
import { playerStyles } from './player-styles.ts';
import './dlis-nav.ts';
import type { DlisPage } from './dlis-page.ts';
import type { DlisResults } from './dlis-results.ts';
import './dlis-page.ts';
// dlis-results is defined by the results add-on (addon-results.ts), shipped with courses that have an assessment.

/** localStorage key prefix (+ course id) remembering that the local-mode notice was shown. */
const NOTICE_KEY = 'dlis-local-notice:';

/** The language's own name ("français", "English") for the language switcher. */
const languageName = (tag: string): string => {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
};

/**
 * The player shell: reads the course (the `payload` property, else `#dlis-course` in the page), starts the
 * tracker (the `tracker` property, else `DlisPlayer.trackerFactory`), and lays out header, menu, page and
 * previous/next buttons. Set `payload`/`tracker` before the element is connected.
 */
export class DlisPlayer extends LitElement {
  static override properties: PropertyDeclarations = {
    payload: { attribute: false },
    tracker: { attribute: false },
    printingSheet: { attribute: 'printing-sheet', reflect: true },
    themed: { state: true },
    menuOpen: { state: true },
    moreOpen: { state: true },
    noticeDismissed: { state: true },
  };

  /** How packages make their tracker; main.ts sets it to `createTracker` from @dlis/tracking. */
  static trackerFactory?: TrackerFactory;
  /** Opens the print dialog (tests replace it: a real dialog would block the browser). */
  static print: () => void = () => window.print();

  static override styles = playerStyles;

  /** The course to play (a test or a preview injects it); otherwise read from `#dlis-course`. */
  payload?: PlayerPayload;
  /** The tracker to report to (a test injects one); otherwise made by `DlisPlayer.trackerFactory`. */
  tracker?: Tracker;

  /** Block id of the tool sheet being printed; reflected so print CSS can hide the chrome. */
  printingSheet?: string;

  private themed = false;
  /** On narrow screens: the course menu is shown. */
  private menuOpen = false;
  /** On phones: the "More" panel (language, Exit) of the one-line header is shown. */
  private moreOpen = false;
  /** The local-mode notice was closed in this session. */
  private noticeDismissed = false;
  /** Whether the local-mode notice shows in this session (decided once: shown once per course and browser). */
  #noticeShown?: boolean;
  readonly #session = new SessionController(this);
  #focusedNavigation = 0;
  /** Glossary term to focus after the next navigation (a "see in the glossary" link). */
  #pendingGlossaryTerm?: string;
  /** Block to scroll to and focus after the next navigation (a deep link, a search result). */
  #pendingBlock?: string;
  readonly #onPageHide = (): void => this.#session.suspend();
  readonly #onHashChange = (): void => this.#followDeepLink();
  readonly #onAfterPrint = (): void => this.#endPrint();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('afterprint', this.#onAfterPrint);
    window.addEventListener('hashchange', this.#onHashChange);
    // The element is defined (defineDlisPlayer) only once the entry has wired its tracker factory (useTracker),
    // so an element already in the page starts here, with the factory in place.
    void this.#session.begin({
      readPayload: () =>
        this.payload ?? parsePayload(document.getElementById(PAYLOAD_ELEMENT_ID)?.textContent),
      tracker: this.tracker,
      trackerFactory: DlisPlayer.trackerFactory,
      browserLanguages: navigator.languages,
      // A deep link (index.html#chapitre-4, #chapitre-4-fiche-outil) opens its page instead of the bookmark.
      firstRoute: (course) => {
        const link = readDeepLink(course, location.hash);
        this.#pendingBlock = link?.blockId;
        return link?.route;
      },
    });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    window.removeEventListener('hashchange', this.#onHashChange);
    super.disconnectedCallback();
  }

  get #messages(): Messages {
    const s = this.#session;
    return s.course
      ? messagesFor(s.lang)
      : messagesFor(chooseLanguage(Object.keys(catalogs), 'fr', { browser: navigator.languages }));
  }

  override render() {
    const s = this.#session;
    const m = this.#messages;
    switch (s.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="message" role="status">${m.loading}</p>`;
      case 'error': {
        const error = s.error;
        const text = error ? formatMessage(m[playerErrorMessage[error.code]], error.params) : '';
        return html`<main class="message">
          <h1>${m.errorTitle}</h1>
          <p role="alert">${text}</p>
          ${error ? html`<p><small>${error.code}</small></p>` : nothing}
        </main>`;
      }
      case 'ended':
        // In a frame (an LMS page) the learner leaves with the platform's own button; a window can be closed.
        return html`<main class="message">
          <h1 tabindex="-1">${m.sessionEnded}</h1>
          <p>${window.self === window.top ? m.closeWindow : m.leaveFrame}</p>
        </main>`;
      case 'running':
        return this.#renderRunning(m);
    }
  }

  #renderRunning(m: Messages) {
    const s = this.#session;
    const course = s.course;
    const start = s.start;
    if (!course || !start) return nothing;
    const total = coursePages(course).length;
    const visited = visitedCount(course, s.state.visited);
    const prev = previousRoute(course, s.route);
    const next = nextRoute(course, s.route);
    const contentLang = uiLanguageFor(s.lang) === s.lang ? nothing : s.lang;
    const logo = course.theme?.logo;
    const narrow = this.menuOpen ? 'open' : '';
    return html`<a class="skip" href="#main" @click=${this.#skipToContent}>${m.skipLink}</a>
      <header @keydown=${this.#closeMore}>
        <button
          type="button"
          class="secondary menu-toggle"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          @click=${this.#toggleMenu}
        >
          ${m.menu}
        </button>
        ${logo ? html`<img class="logo" src=${logo.path} alt=${localize(logo.alt, s.lang, course.defaultLanguage)} />` : nothing}
        <p class="course-title" lang=${contentLang}>
          ${localize(course.title, s.lang, course.defaultLanguage)}
        </p>
        <div class="progress">
          <progress max=${total} .value=${visited} aria-label=${m.progress}></progress>
          <span>${formatMessage(m.pagesProgress, { visited, total })}</span>
        </div>
        <button
          type="button"
          class="secondary more-toggle"
          aria-expanded=${this.moreOpen}
          aria-controls="tools"
          @click=${() => (this.moreOpen = !this.moreOpen)}
        >
          ${m.more}
        </button>
        <div class="tools ${this.moreOpen ? 'open' : ''}" id="tools">
          ${
            course.languages.length > 1
              ? html`<label
                  >${m.language}
                  <select @change=${this.#onLanguage}>
                    ${course.languages.map(
                      (tag) =>
                        html`<option value=${tag} lang=${tag} ?selected=${tag === s.lang}>
                          ${languageName(tag)}
                        </option>`,
                    )}
                  </select></label
                >`
              : nothing
          }
          <button type="button" class="secondary" @click=${() => void this.#session.exit()}>${m.exit}</button>
        </div>
      </header>
      ${
        // The reading tools (search, print this page) of courses that are read, not assessed: the reading
        // add-on defines this element; its tag is rendered either way and upgrades when the add-on runs.
        isReadingCourse(course)
          ? html`<dlis-reading-tools
              .course=${course}
              .language=${s.lang}
              @dlis-navigate=${this.#onNavigate}
            ></dlis-reading-tools>`
          : nothing
      }
      <div class="status" role="status">
        ${
          s.localMode && this.#localNotice(course.id)
            ? html`<p class="notice">
                ${m.localMode}
                <button type="button" class="secondary" @click=${this.#dismissLocalNotice}>${m.close}</button>
              </p>`
            : nothing
        }${s.saveNotice ? html`<p>${m[s.saveNotice]}</p>` : nothing}${
          s.xapiNotice ? html`<p>${xapiMessagesFor(s.lang)?.[s.xapiNotice]}</p>` : nothing
        }
      </div>
      <div class="layout">
        <dlis-nav
          class=${narrow}
          .course=${course}
          .language=${s.lang}
          .messages=${m}
          .route=${s.route}
          .visited=${s.state.visited}
          @dlis-navigate=${this.#onNavigate}
        ></dlis-nav>
        <main
          id="main"
          tabindex="-1"
          @dlis-navigate=${this.#onNavigate}
          @dlis-answer=${this.#onAnswer}
          @dlis-submit-assessment=${() => this.#session.submitAssessment()}
          @dlis-new-attempt=${() => this.#session.newAttempt()}
          @dlis-checklist=${this.#onChecklist}
          @dlis-variable=${this.#onVariable}
          @dlis-scenario=${this.#onScenario}
          @dlis-print-sheet=${this.#onPrintSheet}
          @dlis-questionnaire-save=${this.#onQuestionnaireSave}
          @dlis-questionnaire-submit=${this.#onQuestionnaireSubmit}
        >
          ${
            s.route === RESULTS_ROUTE
              ? html`<dlis-results
                  .course=${course}
                  .language=${s.lang}
                  .messages=${m}
                  .state=${s.state}
                  .submitted=${s.state.submitted === true}
                  .canRetry=${s.canRetry}
                  .readOnly=${start.mode !== 'normal'}
                  .masteryScore=${effectiveMasteryScore(course, start)}
                ></dlis-results>`
              : keyed(
                  s.route,
                  html`<dlis-page
                    lang=${contentLang}
                    .page=${coursePages(course).find((ref) => ref.page.id === s.route)?.page}
                    .course=${course}
                    .language=${s.lang}
                    .defaultLanguage=${course.defaultLanguage}
                    .messages=${m}
                    .state=${s.state}
                    .readOnly=${s.readOnly}
                    .reviewing=${s.state.submitted === true || start.mode === 'review'}
                    .interactive=${start.mode === 'normal'}
                    .printingSheet=${this.printingSheet}
                  ></dlis-page>`,
                )
          }
          <nav class="pager" aria-label=${m.pageNav}>
            <button
              type="button"
              class="secondary"
              ?disabled=${!prev}
              @click=${() => this.#session.previous()}
            >
              ${m.previous}
            </button>
            <button type="button" ?disabled=${!next} @click=${() => this.#session.next()}>${m.next}</button>
          </nav>
        </main>
      </div>`;
  }

  protected override updated(): void {
    const s = this.#session;
    if (s.phase === 'running' || s.phase === 'ended') {
      const ui = uiLanguageFor(s.lang);
      document.documentElement.lang = ui;
      this.lang = ui;
    }
    if (!this.themed && s.course) {
      this.themed = true;
      this.#applyTheme();
    }
    // Move focus to the new page's h1 on every navigation but the first (the page load itself), unless a deep
    // link names a block: then to that block, on the first one too.
    if (s.navigation !== this.#focusedNavigation) {
      const first = this.#focusedNavigation === 0;
      this.#focusedNavigation = s.navigation;
      if (!first || this.#pendingBlock) void this.#focusHeading();
    }
  }

  async #focusHeading(): Promise<void> {
    const root = this.renderRoot;
    const term = this.#pendingGlossaryTerm;
    const block = this.#pendingBlock;
    this.#pendingGlossaryTerm = undefined;
    this.#pendingBlock = undefined;
    const page = root.querySelector<DlisPage>('dlis-page');
    if (term && page) return page.focusGlossaryTerm(term);
    if (block && page) return page.focusBlock(block);
    const target = root.querySelector<DlisPage | DlisResults>('dlis-page, dlis-results');
    if (target?.focusHeading) await target.focusHeading();
    else root.querySelector<HTMLElement>('h1')?.focus();
  }

  /**
   * The course theme: custom properties on this element (they win over the defaults and inherit into every
   * shadow root) and the @font-face rules in the document, where fonts must be declared.
   */
  #applyTheme(): void {
    const theme = this.#session.course?.theme;
    if (!theme) return;
    // A course theme keeps its own (contrast-checked) colours: no dark variant.
    this.setAttribute('course-theme', '');
    for (const [name, value] of Object.entries(themeProperties(theme))) this.style.setProperty(name, value);
    const rules = fontFaceCss(theme);
    if (rules && !document.getElementById('dlis-fonts')) {
      const style = document.createElement('style');
      style.id = 'dlis-fonts';
      style.textContent = rules;
      document.head.append(style);
    }
  }

  async #onPrintSheet(event: CustomEvent<PrintSheetDetail>): Promise<void> {
    event.stopPropagation();
    this.printingSheet = event.detail.blockId;
    document.documentElement.classList.add('dlis-printing-sheet');
    await this.updateComplete;
    await this.renderRoot.querySelector<DlisPage>('dlis-page')?.updateComplete;
    DlisPlayer.print();
  }

  /** Follows a deep link given after the start (the fragment changed: a link inside the course, a bookmark). */
  #followDeepLink(): void {
    const course = this.#session.course;
    const link = course && readDeepLink(course, location.hash);
    if (!link) return;
    this.#pendingBlock = link.blockId;
    this.#session.goTo(link.route);
  }

  /** After printing (afterprint), the whole page prints again. */
  #endPrint(): void {
    if (this.printingSheet === undefined) return;
    this.printingSheet = undefined;
    document.documentElement.classList.remove('dlis-printing-sheet');
  }

  #onChecklist(event: CustomEvent<ChecklistDetail>): void {
    event.stopPropagation();
    this.#session.checklist(event.detail.blockId, event.detail.ticked);
  }

  #onVariable(event: CustomEvent<VariableDetail>): void {
    event.stopPropagation();
    this.#session.setVariable(event.detail.variable, event.detail.value);
  }

  #onScenario(event: CustomEvent<ScenarioDetail>): void {
    event.stopPropagation();
    this.#session.scenario(event.detail.scenarioId, event.detail.action, event.detail.choiceId);
  }

  #onQuestionnaireSave(event: CustomEvent<QuestionnaireSaveDetail>): void {
    event.stopPropagation();
    this.#session.questionnaireSave(event.detail.entries);
  }

  #onQuestionnaireSubmit(event: CustomEvent<QuestionnaireSubmitDetail>): void {
    event.stopPropagation();
    this.#session.questionnaireSubmit(event.detail.entries, event.detail.report);
  }

  /**
   * The local-mode notice shows in the first session of a course in this browser only, until closed: the
   * learner reads it once (localStorage remembers; where storage is refused it shows every time).
   */
  #localNotice(courseId: string): boolean {
    if (this.noticeDismissed) return false;
    if (this.#noticeShown === undefined) {
      this.#noticeShown = true;
      try {
        this.#noticeShown = !localStorage.getItem(NOTICE_KEY + courseId);
        localStorage.setItem(NOTICE_KEY + courseId, '1');
      } catch {
        // Storage refused (some file:// or sandboxed frames): the notice shows at every visit.
      }
    }
    return this.#noticeShown;
  }

  /** Closing the notice removes its button: focus goes to the page title instead of being lost. */
  #dismissLocalNotice(): void {
    this.noticeDismissed = true;
    void this.updateComplete.then(() => this.#focusHeading());
  }

  /** The phone menu opens under the header at the top of the page: from deep in a long page, go up to it. */
  /** Escape closes the phone header's "More" panel and gives the focus back to its button. */
  #closeMore = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.moreOpen) return;
    this.moreOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.more-toggle')?.focus();
  };

  #toggleMenu = (): void => {
    this.menuOpen = !this.menuOpen;
    if (this.menuOpen) scrollTo(0, 0);
  };

  #skipToContent(event: Event): void {
    event.preventDefault();
    void this.#focusHeading();
  }

  #onNavigate(event: CustomEvent<NavigateDetail>): void {
    event.stopPropagation();
    this.menuOpen = false;
    this.#pendingGlossaryTerm = event.detail.glossaryTerm;
    this.#pendingBlock = event.detail.blockId;
    this.#session.goTo(event.detail.route);
  }

  #onAnswer(event: CustomEvent<AnswerDetail>): void {
    event.stopPropagation();
    this.#session.answer(event.detail.questionId, event.detail.response);
  }

  #onLanguage(event: Event): void {
    this.#session.setLanguage((event.target as HTMLSelectElement).value);
  }
}

/**
 * Defines `<dlis-player>`, which upgrades the elements already in the page and starts them: called by useTracker
 * once the tracker factory is set (or by a test that gives each player its `tracker`). Defining it twice is a no-op.
 */
export function defineDlisPlayer(): void {
  if (!customElements.get('dlis-player')) customElements.define('dlis-player', DlisPlayer);
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-player': DlisPlayer;
  }
}
