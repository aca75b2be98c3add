import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ScenarioBlock } from '@dlis/course/compiled';
import { playerEvent, type ScenarioDetail } from '../events.ts';
import { formatMessage } from '../i18n/messages.ts';
import { scenarioMessagesFor } from '../i18n/scenario/scenario-messages.ts';
import type { SavedScenario } from '../logic/learner-state.ts';
import { scenarioPosition } from '../logic/scenario-run.ts';
import { baseStyles, proseStyles } from '../theme.ts';
import { BlockElement } from './block-element.ts';
import { choiceRowStyles } from './choice-list-styles.ts';

const TONE = { positive: 'tonePositive', mixed: 'toneMixed', negative: 'toneNegative' } as const;

/**
 * A branching scenario: the intro and "Start", then one situation at a time (its text, the choices as a radio
 * group and "Choose"), the consequence of the last choice in a live region, and at the end the ending with its
 * tone in words and "Replay". Raises `dlis-scenario`; the shell keeps the run in the learner state, so a
 * reload resumes mid-run. Focus moves to the heading of each new situation.
 */
export class DlisScenario extends BlockElement<ScenarioBlock> {
  static override properties: PropertyDeclarations = {
    saved: { attribute: false },
    readOnly: { type: Boolean },
    picked: { state: true },
    problem: { state: true },
  };

  static override styles = [
    baseStyles,
    proseStyles,
    choiceRowStyles,
    css`
      section {
        margin: 1.5rem 0;
        padding: 1rem;
        border: 1px solid var(--dlis-color-border, #767676);
        border-radius: var(--dlis-radius, 0.375rem);
      }
      h2 {
        margin-top: 0;
        font-size: 1.375rem;
      }
      h3 {
        font-size: 1.125rem;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: 3px solid var(--dlis-color-focus, #1a4f8b);
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 1rem 0;
        min-width: 0;
      }
      ul {
        margin: 0 0 1rem;
      }
      .consequence {
        padding: 0.75rem;
        border-inline-start: 0.375rem solid var(--dlis-color-primary, #1a4f8b);
        background: var(--dlis-color-surface, #f2f4f7);
      }
      .consequence:empty {
        display: none;
      }
      .tone {
        font-weight: 700;
      }
      .problem {
        font-weight: 700;
      }
      .line {
        display: flex;
        gap: var(--dlis-space-3);
        align-items: flex-start;
        margin: var(--dlis-space-3) 0;
      }
      .line.own {
        flex-direction: row-reverse;
      }
      .avatar {
        flex: none;
        width: 3.5rem;
        height: 3.5rem;
        border-radius: 50%;
        border: 2px solid var(--dlis-color-border);
        background: var(--dlis-color-surface);
        object-fit: cover;
      }
      .initial {
        display: grid;
        place-items: center;
        font-size: var(--dlis-text-xl);
        font-weight: 700;
        color: var(--dlis-color-primary);
      }
      .bubble {
        position: relative;
        min-width: 0;
        max-width: 40rem;
        padding: var(--dlis-space-2) var(--dlis-space-4);
        border: 1px solid var(--dlis-color-border);
        border-radius: 0 var(--dlis-radius) var(--dlis-radius) var(--dlis-radius);
        background: var(--dlis-color-surface);
      }
      .own .bubble {
        border-radius: var(--dlis-radius) 0 var(--dlis-radius) var(--dlis-radius);
        background: var(--dlis-color-background);
        border-color: var(--dlis-color-primary);
      }
      .speaker {
        margin: 0 0 var(--dlis-space-1);
        font-weight: 700;
        color: var(--dlis-color-primary);
      }
      .bubble > .prose > :first-child {
        margin-top: 0;
      }
      @media print {
        .bubble {
          break-inside: avoid;
        }
      }
    `,
  ];

  /** LearnerState.scenarios[block.id]; undefined before the first start. */
  saved?: SavedScenario;
  readOnly = false;

  private picked = '';
  private problem = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('saved')) {
      this.picked = '';
      this.problem = false;
    }
  }

  /** Set when the learner acted here, so the next saved state moves focus (not on first render or resume). */
  #acted = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('saved') && this.#acted) {
      this.#acted = false;
      this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    const m = scenarioMessagesFor(this.language);
    const head = html`<h2>${this.t(b.title)}</h2>`;
    if (!this.saved) {
      return html`<section>
        ${head} ${b.intro ? html`<div class="prose">${unsafeHTML(this.t(b.intro))}</div>` : nothing}
        <button type="button" ?disabled=${this.readOnly} @click=${() => this.#act({ action: 'start' })}>
          ${m.scenarioStart}
        </button>
      </section>`;
    }
    const position = scenarioPosition(b, this.saved.path);
    const last = position.steps.at(-1);
    const lastChoice = last?.situation.choices.find((c) => c.id === last.choiceId);
    const consequence = lastChoice?.feedback
      ? html`<p><strong>${m.consequence}</strong></p>
          <div class="prose">${unsafeHTML(this.t(lastChoice.feedback))}</div>`
      : nothing;
    // The dialogue look: the learner's last answer as their own speech bubble.
    const answer =
      b.characters && lastChoice
        ? dialogueLine(
            m.you,
            html`<p>${unsafeHTML(this.t(lastChoice.label))}</p>`,
            undefined,
            undefined,
            true,
          )
        : nothing;
    return html`<section>
      ${head} ${answer}
      <div class="consequence" aria-live="polite">${consequence}</div>
      ${position.situation ? this.#renderSituation(position.situation, position.steps.length + 1) : nothing}
      ${position.ending ? this.#renderEnding(position.ending) : nothing}
    </section>`;
  }

  #renderSituation(situation: ScenarioBlock['situations'][number], step: number) {
    const m = scenarioMessagesFor(this.language);
    const headingId = `situation-${situation.id}`;
    const speaker = this.block?.characters?.find((c) => c.id === situation.speaker);
    const text = html`<div class="prose">${unsafeHTML(this.t(situation.html))}</div>`;
    return html`<h3 id=${headingId} tabindex="-1">${formatMessage(m.situation, { step })}</h3>
      ${speaker ? dialogueLine(this.t(speaker.name), text, speaker.avatar, speaker.alt && this.t(speaker.alt)) : text}
      <fieldset role="radiogroup" aria-labelledby=${headingId}>
        <ul>
          ${situation.choices.map(
            (c) =>
              html`<li>
                <input
                  type="radio"
                  name=${`s-${situation.id}`}
                  id=${`c-${c.id}`}
                  value=${c.id}
                  .checked=${this.picked === c.id}
                  ?disabled=${this.readOnly}
                  @change=${() => {
                    this.picked = c.id;
                    this.problem = false;
                  }}
                />
                <label for=${`c-${c.id}`}>${unsafeHTML(this.t(c.label))}</label>
              </li>`,
          )}
        </ul>
        ${this.problem ? html`<p class="problem" role="alert">${this.messages.selectAnswer}</p>` : nothing}
        <button type="button" ?disabled=${this.readOnly} @click=${this.#choose}>${m.choose}</button>
      </fieldset>`;
  }

  #renderEnding(ending: ScenarioBlock['endings'][number]) {
    const m = scenarioMessagesFor(this.language);
    const b = this.block;
    const best = this.saved?.bestScore;
    return html`<h3 tabindex="-1">${m.ending} — <span class="tone">${m[TONE[ending.tone]]}</span></h3>
      <div class="prose">${unsafeHTML(this.t(ending.html))}</div>
      ${
        b?.scored && best !== undefined
          ? html`<p>${formatMessage(m.scenarioBest, { score: Math.max(0, best), max: b.maxScore })}</p>`
          : nothing
      }
      <button type="button" ?disabled=${this.readOnly} @click=${() => this.#act({ action: 'replay' })}>
        ${m.replay}
      </button>`;
  }

  #choose(): void {
    if (!this.picked) {
      this.problem = true;
      return;
    }
    this.#act({ action: 'choose', choiceId: this.picked });
  }

  #act(detail: Omit<ScenarioDetail, 'scenarioId'>): void {
    if (!this.block || this.readOnly) return;
    this.#acted = true;
    this.dispatchEvent(playerEvent('dlis-scenario', { scenarioId: this.block.id, ...detail }));
  }
}

/**
 * One line of a scenario dialogue: the avatar (or the name's initial, hidden from screen readers), then a
 * speech bubble that starts with the speaker's name as text, so screen readers say who speaks.
 */
function dialogueLine(name: string, content: unknown, avatar?: string, alt?: string | null, own = false) {
  return html`<div class="line ${own ? 'own' : ''}">
    ${
      avatar
        ? html`<img class="avatar" src=${avatar} alt=${alt ?? ''} width="56" height="56" />`
        : html`<span class="avatar initial" aria-hidden="true">${name.trim().charAt(0)}</span>`
    }
    <div class="bubble">
      <p class="speaker">${name}</p>
      ${content}
    </div>
  </div>`;
}

customElements.define('dlis-scenario', DlisScenario);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-scenario': DlisScenario;
  }
}
