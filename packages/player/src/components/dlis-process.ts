import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ProcessBlock } from '@dlis/course/compiled';
import { formatMessage } from '../i18n/messages.ts';
import { visualBMessagesFor } from '../i18n/visual-b/visual-b-messages.ts';
import { baseStyles, blockFrameStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { experiencedEvent } from './experienced-event.ts';

/**
 * A process (timeline): ordered steps on a numbered line, one at a time with Previous / Next and "Step 2 of 5"
 * in its heading, or all of them ("Show all steps", the start under reduced motion, and always in print).
 * Focus moves to the heading of the step shown. Raises `dlis-experienced` once the last step has been shown.
 * Defined by the visual-b add-on.
 */
export class DlisProcess extends BlockElement<ProcessBlock> {
  static override properties: PropertyDeclarations = {
    current: { state: true },
    showAll: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    blockFrameStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        position: relative;
        padding: 0 0 var(--dlis-space-4) 3.25rem;
        animation: step-in 0.2s ease-out;
      }
      /* The line between the numbers of the steps shown together. */
      li:not(:last-child)::after {
        content: '';
        position: absolute;
        inset-inline-start: 1.125rem;
        top: 2.5rem;
        bottom: 0.25rem;
        border-inline-start: 3px solid var(--dlis-color-border);
      }
      .single li::after {
        display: none;
      }
      .number {
        position: absolute;
        inset-inline-start: 0;
        top: 0;
        display: grid;
        place-items: center;
        width: 2.5rem;
        height: 2.5rem;
        border-radius: 50%;
        background: var(--dlis-color-primary);
        color: var(--dlis-color-on-primary);
        font-weight: 700;
      }
      h3,
      h2.step {
        margin: 0.25rem 0 var(--dlis-space-2);
        font-size: var(--dlis-text-lg);
      }
      li > :focus {
        outline: none;
      }
      li > :focus-visible {
        outline: 3px solid var(--dlis-color-focus);
      }
      .count {
        display: block;
        color: var(--dlis-color-muted);
        font-size: var(--dlis-text-sm);
        font-weight: 600;
      }
      .dots {
        display: flex;
        gap: var(--dlis-space-1);
        margin: 0 0 var(--dlis-space-4);
      }
      .dots span {
        flex: 1;
        height: 0.375rem;
        border-radius: 0.25rem;
        background: var(--dlis-color-surface);
        border: 1px solid var(--dlis-color-border);
      }
      .dots .done {
        background: var(--dlis-color-primary);
        border-color: var(--dlis-color-primary);
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: var(--dlis-space-2);
        padding-inline-start: 3.25rem;
      }
      .nav .all {
        margin-inline-start: auto;
      }
      /* A slide only: text that fades in would be read at low contrast. */
      @keyframes step-in {
        from {
          transform: translateY(0.5rem);
        }
      }
      @media print {
        li[hidden] {
          display: block;
        }
        li {
          animation: none;
          break-inside: avoid;
        }
        .dots,
        .nav {
          display: none;
        }
      }
    `,
  ];

  private current = 0;
  private showAll = false;
  #experienced = false;
  /** Set by a button, so that the update moves focus to the step shown (not on first render). */
  #moved = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Reduced motion: every step at once, no stepping (the learner can still choose step by step).
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) this.showAll = true;
  }

  protected override updated(): void {
    const steps = this.block?.steps.length ?? 0;
    if (!this.#experienced && steps > 0 && (this.showAll || this.current === steps - 1)) {
      this.#experienced = true;
      this.dispatchEvent(experiencedEvent(this.block!.id));
    }
    if (this.#moved) {
      this.#moved = false;
      const headings = this.renderRoot.querySelectorAll<HTMLElement>('li > [tabindex]');
      headings[this.showAll ? 0 : this.current]?.focus();
    }
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = visualBMessagesFor(this.language);
    const total = b.steps.length;
    const last = total - 1;
    // Step headings sit under the block's title (h2), else directly under the page's h1.
    const heading = (inner: unknown) =>
      b.title ? html`<h3 tabindex="-1">${inner}</h3>` : html`<h2 class="step" tabindex="-1">${inner}</h2>`;
    return html`${b.title ? html`<h2>${this.t(b.title)}</h2>` : nothing}
      ${
        this.showAll
          ? nothing
          : html`<div class="dots" aria-hidden="true">
              ${b.steps.map((_, i) => html`<span class=${i <= this.current ? 'done' : ''}></span>`)}
            </div>`
      }
      <ol class=${this.showAll ? '' : 'single'}>
        ${b.steps.map(
          (step, i) =>
            html`<li ?hidden=${!this.showAll && i !== this.current}>
              <span class="number" aria-hidden="true">${i + 1}</span>
              ${heading(
                html`<span class="count">${formatMessage(m.stepOf, { step: i + 1, total })}</span>
                  ${this.t(step.title)}`,
              )}
              <div class="prose">${unsafeHTML(this.t(step.html))}</div>
            </li>`,
        )}
      </ol>
      <div class="nav">
        ${
          this.showAll
            ? nothing
            : html`<button
                  type="button"
                  class="secondary"
                  ?disabled=${this.current === 0}
                  @click=${() => this.#go(this.current - 1)}
                >
                  ${m.previousStep}
                </button>
                <button
                  type="button"
                  ?disabled=${this.current === last}
                  @click=${() => this.#go(this.current + 1)}
                >
                  ${m.nextStep}
                </button>`
        }
        <button type="button" class="secondary all" @click=${this.#toggleAll}>
          ${this.showAll ? m.stepByStep : m.showAllSteps}
        </button>
      </div>`;
  }

  #go(index: number): void {
    const steps = this.block?.steps.length ?? 0;
    if (index < 0 || index >= steps) return;
    this.current = index;
    this.#moved = true;
  }

  #toggleAll(): void {
    this.showAll = !this.showAll;
    this.#moved = true;
  }
}

customElements.define('dlis-process', DlisProcess);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-process': DlisProcess;
  }
}
