import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type {
  CompiledBlock,
  CompiledCourse,
  CompiledPage,
  LanguageTag,
  Localized,
  QuestionBlock,
} from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';
import { drawBank } from '../logic/bank-draw.ts';
import { coursePages, glossaryPageId } from '../logic/course-routes.ts';
import { laterAddonsLoaded } from '../logic/lazy-addon.ts';
import { localize } from '../logic/localize.ts';
import { baseStyles } from '../theme.ts';
import type { DlisGlossary } from './dlis-glossary.ts';
import './dlis-markdown.ts';
import type { FeedbackMode } from './dlis-question.ts';
// The cover (addon-cover.ts), the questions (addon-questions.ts) and the other block elements (image and callout
// too) are defined by add-on scripts, loaded only by the courses that use them (addon-blocks.ts,
// addon-scenario.ts, addon-agility.ts); the page renders their tags either way.

const EMPTY_STATE: LearnerState = { page: '', visited: [], answers: {} };

/**
 * One course page: its title as the page's only h1 (focusable for navigation), then one element per block.
 * While a tool sheet prints (`printingSheet`), everything else on the page is hidden from print.
 */
export class DlisPage extends LitElement {
  static override properties: PropertyDeclarations = {
    page: { attribute: false },
    course: { attribute: false },
    language: { attribute: false },
    defaultLanguage: { attribute: false },
    messages: { attribute: false },
    state: { attribute: false },
    readOnly: { type: Boolean },
    reviewing: { type: Boolean },
    interactive: { type: Boolean },
    printingSheet: { attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      /* A block opened by a deep link starts below the phone's sticky header (player-styles). */
      @media (max-width: 48rem) {
        .block {
          scroll-margin-top: 8rem;
        }
      }
      h1 {
        font-size: var(--dlis-text-2xl);
        line-height: 1.2;
        margin: 0 0 var(--dlis-space-4);
        overflow-wrap: anywhere;
      }
      h1:focus {
        outline: none;
      }
      h1:focus-visible {
        outline: 3px solid var(--dlis-color-focus);
      }
      @media print {
        .print-hide {
          display: none;
        }
      }
    `,
  ];

  page?: CompiledPage;
  /** The course (glossary, assessment settings); optional for pages without such blocks. */
  course?: CompiledCourse;
  language: LanguageTag = 'fr';
  defaultLanguage: LanguageTag = 'fr';
  messages: Messages = en;
  state: LearnerState = EMPTY_STATE;
  /** Answers cannot change (review/browse mode or submitted assessment). */
  readOnly = false;
  /** Show answers with expected answers and feedback (after submission, or in review mode). */
  reviewing = false;
  /** Whether interactive practice (checklists, unscored scenarios) is allowed (normal mode). */
  interactive = true;
  /** Block id of the tool sheet being printed, if any. */
  printingSheet?: string;

  /** Add-on block elements by block id (#addonBlock), for the page shown. */
  #addonElements = new Map<string, Element>();

  override willUpdate(changed: PropertyValues<this>): void {
    // Another page: new elements. The same page recomputed (a course variable chosen on it gives a new page
    // object) keeps them, so the radio the learner is on keeps the keyboard focus.
    if (changed.has('page') && changed.get('page')?.id !== this.page?.id) this.#addonElements.clear();
  }

  get #heading(): HTMLHeadingElement | null {
    return this.renderRoot.querySelector('h1');
  }

  /** Moves focus to the page title (after navigation), once rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.#heading?.focus();
  }

  /** Focuses a glossary term on this page (after a glossary link); falls back to the h1. */
  async focusGlossaryTerm(id: string): Promise<void> {
    await this.updateComplete;
    await laterAddonsLoaded();
    const glossary = this.renderRoot.querySelector<DlisGlossary>('dlis-glossary');
    if (glossary?.showTerm) await glossary.showTerm(id);
    else this.#heading?.focus();
  }

  /**
   * Scrolls to a block of this page and focuses it (a deep link or a search result), once the page and the
   * add-on scripts have loaded, those loaded after the first screen too (an add-on block changes height when it
   * upgrades); falls back to the h1.
   */
  async focusBlock(id: string): Promise<void> {
    await this.updateComplete;
    if (document.readyState !== 'complete') {
      await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    }
    await laterAddonsLoaded();
    await this.updateComplete;
    const block = [...this.renderRoot.querySelectorAll<HTMLElement>('.block')].find(
      (element) => element.dataset['block'] === id,
    );
    if (!block) return this.#heading?.focus();
    block.tabIndex = -1;
    block.focus({ preventScroll: true });
    block.scrollIntoView({ block: 'start' });
  }

  override render() {
    if (!this.page) return nothing;
    const hide = this.printingSheet ? 'print-hide' : '';
    const course = this.course;
    const first = course && coursePages(course)[0]?.page.id === this.page.id;
    return html`<article>
      ${first ? html`<dlis-cover .course=${course} .language=${this.language} .state=${this.state}></dlis-cover>` : nothing}
      <h1 tabindex="-1" class=${hide}>${this.#t(this.page.title)}</h1>
      ${this.page.blocks.map(
        (block) =>
          html`<div
            class="block ${this.printingSheet && block.id !== this.printingSheet ? 'print-hide' : ''}"
            data-block=${block.id}
          >
            ${this.#renderBlock(block)}
          </div>`,
      )}
    </article>`;
  }

  #t(text: Localized): string {
    return localize(text, this.language, this.defaultLanguage);
  }

  #feedbackMode(question: QuestionBlock): FeedbackMode {
    if (this.reviewing) return 'review';
    return question.scored && this.course?.assessment.feedback === 'on-submit' ? 'deferred' : 'immediate';
  }

  #renderQuestion(question: QuestionBlock) {
    return html`<dlis-question
      .question=${question}
      .language=${this.language}
      .defaultLanguage=${this.defaultLanguage}
      .messages=${this.messages}
      .saved=${this.state.answers[question.id]}
      .readOnly=${this.readOnly}
      .feedbackMode=${this.#feedbackMode(question)}
    ></dlis-question>`;
  }

  /**
   * The element of a block an add-on script defines (`dlis-<type>`: addon-blocks.ts, addon-scenario.ts,
   * addon-agility.ts), made once per block and given its properties on every render: one code path instead of
   * a template per tag keeps these blocks' cost in the core player small. Properties set before the add-on
   * defines the element are taken over when it upgrades (Lit), like bound properties.
   */
  #addonBlock(block: CompiledBlock, props: Record<string, unknown> = {}): Element {
    const tag = `dlis-${block.type}`;
    let element = this.#addonElements.get(block.id);
    if (element?.localName !== tag) {
      element = document.createElement(tag);
      this.#addonElements.set(block.id, element);
    }
    return Object.assign(element, {
      block,
      language: this.language,
      defaultLanguage: this.defaultLanguage,
      messages: this.messages,
      ...props,
    });
  }

  #renderBlock(block: CompiledBlock) {
    switch (block.type) {
      case 'markdown':
        return html`<dlis-markdown
          .html=${this.#t(block.html)}
          .glossary=${this.course?.glossary ?? []}
          .glossaryPage=${this.course ? glossaryPageId(this.course) : undefined}
          .language=${this.language}
          .defaultLanguage=${this.defaultLanguage}
          .messages=${this.messages}
        ></dlis-markdown>`;
      case 'question':
        return this.#renderQuestion(block);
      case 'question-bank': {
        const drawn = drawBank(block, this.state.bankSeeds?.[block.id] ?? 0);
        return drawn.map((id) => {
          const question = block.questions.find((q) => q.id === id);
          return question ? this.#renderQuestion(question) : nothing;
        });
      }
      case 'scenario':
        return this.#addonBlock(block, {
          saved: this.state.scenarios?.[block.id],
          readOnly: !this.interactive || (block.scored && this.state.submitted === true),
        });
      case 'glossary':
        return this.#addonBlock(block, { entries: this.course?.glossary ?? [] });
      case 'checklist':
        return this.#addonBlock(block, {
          ticked: this.state.checklists?.[block.id] ?? [],
          readOnly: !this.interactive,
        });
      case 'questionnaire':
        return this.#addonBlock(block, { saved: this.state.answers, readOnly: !this.interactive });
      case 'variable-choice':
        return this.#addonBlock(block, {
          variable: this.course?.variables?.find((v) => v.id === block.variable),
          value: this.state.variables?.[block.variable],
          readOnly: this.readOnly,
        });
      default:
        // image, callout, media, accordion, tabs, key-figures, quote, resources, tool-sheet.
        return this.#addonBlock(block);
    }
  }
}

customElements.define('dlis-page', DlisPage);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-page': DlisPage;
  }
}
