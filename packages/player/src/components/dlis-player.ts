import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { PlayerPayload } from '@dlis/course/compiled';
import type { Tracker } from '@dlis/tracking';
import { SessionController, type TrackerFactory } from '../controllers/session-controller.ts';
import { playerErrorMessage } from '../errors.ts';
import type { AnswerDetail, NavigateDetail } from '../events.ts';
import { catalogs, messagesFor } from '../i18n/catalogs.ts';
import { formatMessage, type Messages } from '../i18n/messages.ts';
import { effectiveMasteryScore } from '../logic/assessment-score.ts';
import { chooseLanguage } from '../logic/choose-language.ts';
import { coursePages, RESULTS_ROUTE } from '../logic/course-routes.ts';
import { localize } from '../logic/localize.ts';
import { nextRoute, previousRoute } from '../logic/navigation.ts';
import { visitedCount } from '../logic/progress-measure.ts';
import { PAYLOAD_ELEMENT_ID, parsePayload } from '../logic/read-payload.ts';
import { baseStyles } from '../theme.ts';
import { themeDeclarations } from '../theme-tokens.ts';
import './dlis-nav.ts';
import type { DlisPage } from './dlis-page.ts';
import type { DlisResults } from './dlis-results.ts';
import './dlis-page.ts';
import './dlis-results.ts';

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
@customElement('dlis-player')
export class DlisPlayer extends LitElement {
  /** How packages make their tracker; main.ts sets it to `createTracker` from @dlis/tracking. */
  static trackerFactory?: TrackerFactory;

  static override styles = [
    baseStyles,
    css`
      :host {
        ${themeDeclarations}
        --dlis-radius: 0.375rem;
        --dlis-font-family:
          system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
        display: block;
        min-height: 100vh;
        color: var(--dlis-color-text);
        background: var(--dlis-color-background);
        font-family: var(--dlis-font-family);
        font-size: 1rem;
        line-height: 1.5;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -10rem;
        z-index: 10;
        padding: 0.5rem 1rem;
        background: var(--dlis-color-background);
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--dlis-color-border);
      }
      .course-title {
        flex: 1 1 12rem;
        margin: 0;
        font-weight: 700;
        font-size: 1.125rem;
        overflow-wrap: anywhere;
      }
      .progress {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      progress {
        width: 8rem;
        max-width: 100%;
        accent-color: var(--dlis-color-primary);
      }
      select {
        font: inherit;
        min-height: 2.75rem;
        max-width: 100%;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr);
        gap: 2rem;
        max-width: 75rem;
        margin: 0 auto;
        padding: 1rem;
      }
      main {
        min-width: 0;
        max-width: 48rem;
      }
      main:focus {
        outline: none;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
        margin-top: 2rem;
        padding-top: 1rem;
        border-top: 1px solid var(--dlis-color-border);
      }
      .status {
        margin: 0;
        padding: 0 1rem;
      }
      .status p {
        margin: 0.5rem 0;
        padding: 0.5rem 0.75rem;
        border-inline-start: 0.375rem solid var(--dlis-color-primary);
        background: var(--dlis-color-surface);
      }
      .status:empty {
        display: none;
      }
      .message {
        max-width: 48rem;
        margin: 2rem auto;
        padding: 0 1rem;
      }
      @media (max-width: 48rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
          gap: 1rem;
        }
      }
      @media print {
        .skip,
        header .progress,
        header label,
        dlis-nav,
        .pager,
        .status {
          display: none;
        }
        .layout {
          display: block;
        }
        :host {
          min-height: 0;
        }
      }
    `,
  ];

  /** The course to play (a test or a preview injects it); otherwise read from `#dlis-course`. */
  @property({ attribute: false }) payload?: PlayerPayload;
  /** The tracker to report to (a test injects one); otherwise made by `DlisPlayer.trackerFactory`. */
  @property({ attribute: false }) tracker?: Tracker;

  private readonly session = new SessionController(this);
  private focusedNavigation = 0;
  private readonly onPageHide = (): void => this.session.suspend();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    // Boot in a microtask: defining the element upgrades an existing <dlis-player> synchronously, before
    // main.ts has set `trackerFactory`; a microtask runs once the whole bundle (or test setup) has run.
    queueMicrotask(() => {
      if (!this.isConnected) return;
      void this.session.begin({
        readPayload: () =>
          this.payload ?? parsePayload(document.getElementById(PAYLOAD_ELEMENT_ID)?.textContent),
        tracker: this.tracker,
        trackerFactory: DlisPlayer.trackerFactory,
        browserLanguages: navigator.languages,
      });
    });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    super.disconnectedCallback();
  }

  private get messages(): Messages {
    const s = this.session;
    return s.course
      ? messagesFor(s.lang)
      : messagesFor(chooseLanguage(Object.keys(catalogs), 'fr', { browser: navigator.languages }));
  }

  override render() {
    const s = this.session;
    const m = this.messages;
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
        return html`<main class="message">
          <h1 tabindex="-1">${m.sessionEnded}</h1>
          <p>${m.closeWindow}</p>
        </main>`;
      case 'running':
        return this.renderRunning(m);
    }
  }

  private renderRunning(m: Messages) {
    const s = this.session;
    const course = s.course;
    const start = s.start;
    if (!course || !start) return nothing;
    const total = coursePages(course).length;
    const visited = visitedCount(course, s.state.visited);
    const prev = previousRoute(course, s.route);
    const next = nextRoute(course, s.route);
    return html`<a class="skip" href="#main" @click=${this.skipToContent}>${m.skipLink}</a>
      <header>
        <p class="course-title">${localize(course.title, s.lang, course.defaultLanguage)}</p>
        <div class="progress">
          <progress max=${total} .value=${visited} aria-label=${m.progress}></progress>
          <span>${formatMessage(m.pagesProgress, { visited, total })}</span>
        </div>
        ${
          course.languages.length > 1
            ? html`<label
                >${m.language}
                <select @change=${this.onLanguage}>
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
        <button type="button" class="secondary" @click=${() => void this.session.exit()}>${m.exit}</button>
      </header>
      <div class="status" role="status">
        ${s.localMode ? html`<p>${m.localMode}</p>` : nothing}${
          s.saveNotice ? html`<p>${m[s.saveNotice]}</p>` : nothing
        }
      </div>
      <div class="layout">
        <dlis-nav
          .course=${course}
          .language=${s.lang}
          .messages=${m}
          .route=${s.route}
          .visited=${s.state.visited}
          @dlis-navigate=${this.onNavigate}
        ></dlis-nav>
        <main
          id="main"
          tabindex="-1"
          @dlis-navigate=${this.onNavigate}
          @dlis-answer=${this.onAnswer}
          @dlis-submit-assessment=${() => this.session.submitAssessment()}
        >
          ${
            s.route === RESULTS_ROUTE
              ? html`<dlis-results
                  .course=${course}
                  .language=${s.lang}
                  .messages=${m}
                  .answers=${s.state.answers}
                  .submitted=${s.state.submitted === true}
                  .readOnly=${start.mode !== 'normal'}
                  .masteryScore=${effectiveMasteryScore(course, start)}
                ></dlis-results>`
              : keyed(
                  s.route,
                  html`<dlis-page
                    .page=${coursePages(course).find((ref) => ref.page.id === s.route)?.page}
                    .language=${s.lang}
                    .defaultLanguage=${course.defaultLanguage}
                    .messages=${m}
                    .answers=${s.state.answers}
                    .readOnly=${s.readOnly}
                  ></dlis-page>`,
                )
          }
          <nav class="pager" aria-label=${m.pageNav}>
            <button
              type="button"
              class="secondary"
              ?disabled=${!prev}
              @click=${() => this.session.previous()}
            >
              ${m.previous}
            </button>
            <button type="button" ?disabled=${!next} @click=${() => this.session.next()}>${m.next}</button>
          </nav>
        </main>
      </div>`;
  }

  protected override updated(): void {
    const s = this.session;
    if (s.phase === 'running' || s.phase === 'ended') {
      document.documentElement.lang = s.lang;
      this.lang = s.lang;
    }
    // Move focus to the new page's h1 on every navigation but the first (the page load itself).
    if (s.navigation !== this.focusedNavigation) {
      const first = this.focusedNavigation === 0;
      this.focusedNavigation = s.navigation;
      if (!first) void this.focusHeading();
    }
  }

  private async focusHeading(): Promise<void> {
    const root = this.renderRoot;
    const target = root.querySelector<DlisPage | DlisResults>('dlis-page, dlis-results');
    if (target) await target.focusHeading();
    else root.querySelector<HTMLElement>('h1')?.focus();
  }

  private skipToContent(event: Event): void {
    event.preventDefault();
    void this.focusHeading();
  }

  private onNavigate(event: CustomEvent<NavigateDetail>): void {
    event.stopPropagation();
    this.session.goTo(event.detail.route);
  }

  private onAnswer(event: CustomEvent<AnswerDetail>): void {
    event.stopPropagation();
    this.session.answer(event.detail.questionId, event.detail.response);
  }

  private onLanguage(event: Event): void {
    this.session.setLanguage((event.target as HTMLSelectElement).value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dlis-player': DlisPlayer;
  }
}
