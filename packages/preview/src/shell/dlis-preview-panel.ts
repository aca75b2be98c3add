import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { fill, type PanelStrings } from './preview-strings.ts';
import {
  HYBRID_TARGETS,
  TARGETS,
  type CheckedStatement,
  type PanelAction,
  type Target,
  type Violation,
} from './preview-types.ts';

/**
 * The side panel (part of no package): target, language, attempt controls, the LMS data model and the xAPI
 * statements live, and the accessibility check of the current page. Presentational: it raises
 * `preview-action` events and the shell acts.
 */
export class DlisPreviewPanel extends LitElement {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    open: { type: Boolean, reflect: true },
    target: { attribute: false },
    language: { attribute: false },
    languages: { attribute: false },
    review: { type: Boolean },
    xapi: { type: Boolean },
    outage: { type: Boolean },
    refused: { type: Number },
    dataModel: { attribute: false },
    suspendDataLength: { type: Number },
    suspendDataLimit: { type: Number },
    statements: { attribute: false },
    violations: { attribute: false },
    checking: { type: Boolean },
  };

  static override styles = css`
    :host {
      display: block;
      border-left: 1px solid #c8c8c8;
      background: #f6f6f6;
      color: #1b1b1b;
      overflow: auto;
      font-size: 0.875rem;
    }
    :host([open]) {
      width: 26rem;
      max-width: 45vw;
    }
    .toggle {
      margin: 0.5rem;
    }
    section {
      padding: 0 0.75rem 0.75rem;
    }
    h2 {
      font-size: 1rem;
      margin: 1rem 0 0.5rem;
    }
    label {
      display: block;
      margin: 0.25rem 0;
    }
    button {
      margin: 0.125rem 0.25rem 0.125rem 0;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.125rem 0.5rem;
      margin: 0;
      font-family: ui-monospace, monospace;
      font-size: 0.75rem;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    ol,
    ul {
      padding-left: 1.25rem;
    }
    .valid {
      color: #0a6b1f;
    }
    .invalid {
      color: #a4000f;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.7rem;
    }
    .over {
      color: #a4000f;
      font-weight: bold;
    }
  `;

  declare strings: PanelStrings;
  declare open: boolean;
  declare target: Target;
  declare language: string;
  declare languages: string[];
  declare review: boolean;
  /** xAPI reporting beside the target's own tracking (hybrid); only for HYBRID_TARGETS. */
  declare xapi: boolean;
  declare outage: boolean;
  declare refused: number;
  declare dataModel: { name: string; value: string }[];
  declare suspendDataLength: number;
  declare suspendDataLimit: number;
  declare statements: CheckedStatement[];
  declare violations?: Violation[];
  declare checking: boolean;

  override render() {
    const s = this.strings;
    const toggle = html`<button
      class="toggle"
      aria-expanded=${this.open}
      @click=${() => this.#ask({ action: 'toggle' })}
    >
      ${this.open ? s.hidePanel : s.showPanel}
    </button>`;
    if (!this.open) return toggle;
    return html`${toggle}
      <section aria-label=${s.panel}>
        <label
          >${s.target}
          <select @change=${(e: Event) => this.#ask({ action: 'target', value: value(e) as Target })}>
            ${TARGETS.map((t) => html`<option value=${t} ?selected=${t === this.target}>${t}</option>`)}
          </select>
        </label>
        <label
          >${s.language}
          <select @change=${(e: Event) => this.#ask({ action: 'language', value: value(e) })}>
            <option value="" ?selected=${this.language === ''}>${s.allLanguages}</option>
            ${this.languages.map(
              (l) => html`<option value=${l} ?selected=${l === this.language}>${l}</option>`,
            )}
          </select>
        </label>
        <h2>${s.attempt}</h2>
        <button @click=${() => this.#ask({ action: 'reset' })}>${s.reset}</button>
        <button @click=${() => this.#ask({ action: 'leave-and-return' })}>${s.leaveAndReturn}</button>
        <label
          ><input
            type="checkbox"
            .checked=${this.review}
            ?disabled=${this.target === 'web' || this.target === 'xapi'}
            @change=${(e: Event) => this.#ask({ action: 'review', value: checked(e) })}
          />
          ${s.reviewMode}</label
        >
        <label
          ><input
            type="checkbox"
            .checked=${this.xapi && HYBRID_TARGETS.includes(this.target)}
            ?disabled=${!HYBRID_TARGETS.includes(this.target)}
            @change=${(e: Event) => this.#ask({ action: 'xapi', value: checked(e) })}
          />
          ${s.xapiReporting}</label
        >
        <label
          ><input
            type="checkbox"
            .checked=${this.outage}
            @change=${(e: Event) => this.#ask({ action: 'outage', value: checked(e) })}
          />
          ${s.lrsOutage}</label
        >
        ${this.outage ? html`<p class="refused" role="status">${fill(s.refused, { count: this.refused })}</p>` : nothing}
        ${this.#renderDataModel()} ${this.#renderStatements()} ${this.#renderCheck()}
      </section>`;
  }

  #renderDataModel() {
    const s = this.strings;
    return html`<h2>${s.dataModel}</h2>
      ${
        this.dataModel.length === 0
          ? html`<p>${s.noDataModel}</p>`
          : html`<p class=${this.suspendDataLength > this.suspendDataLimit ? 'over' : ''} id="suspend-size">
                ${fill(s.suspendData, { used: this.suspendDataLength, limit: this.suspendDataLimit })}
              </p>
              <dl class="data-model">
                ${this.dataModel.map(
                  (e) =>
                    html`<dt>${e.name}</dt>
                      <dd data-name=${e.name}>${e.value}</dd>`,
                )}
              </dl>`
      }`;
  }

  #renderStatements() {
    const s = this.strings;
    const xapi =
      this.target === 'xapi' || this.target === 'cmi5' || (this.xapi && HYBRID_TARGETS.includes(this.target));
    return html`<h2>${s.statements}</h2>
      ${
        this.statements.length === 0
          ? html`<p>${xapi ? s.noStatements : s.statementsOnlyXapi}</p>`
          : html`<ol class="statements">
              ${this.statements.map((c) => {
                const verb =
                  c.statement.verb?.display?.['en-US'] ?? c.statement.verb?.id?.split('/').at(-1) ?? '';
                const object =
                  Object.values(c.statement.object?.definition?.name ?? {})[0] ?? c.statement.object?.id;
                return html`<li
                  data-verb=${c.statement.verb?.id?.split('/').at(-1) ?? ''}
                  data-valid=${c.valid}
                >
                  <details>
                    <summary>
                      <span
                        class=${c.valid ? 'valid' : 'invalid'}
                        title=${c.valid ? s.profileValid : s.profileInvalid}
                        aria-label=${c.valid ? s.profileValid : s.profileInvalid}
                        >${c.valid ? '✓' : '✗'}</span
                      >
                      ${verb} · ${object}
                    </summary>
                    ${
                      c.failures.length
                        ? html`<ul>
                            ${c.failures.map((f) => html`<li class="invalid">${f.path}: ${f.message}</li>`)}
                          </ul>`
                        : nothing
                    }
                    <pre>${JSON.stringify(c.statement, null, 2)}</pre>
                  </details>
                </li>`;
              })}
            </ol>`
      }`;
  }

  #renderCheck() {
    const s = this.strings;
    const found = this.violations;
    return html`<h2>${s.checkPage}</h2>
      <button ?disabled=${this.checking} @click=${() => this.#ask({ action: 'check-page' })}>
        ${this.checking ? s.checking : s.checkPage}
      </button>
      ${
        found === undefined
          ? nothing
          : found.length === 0
            ? html`<p class="axe-result">${s.noViolations}</p>`
            : html`<p class="axe-result">${fill(s.violations, { count: found.length })}</p>
                <ul class="violations">
                  ${found.map(
                    (v) =>
                      html`<li data-rule=${v.id}>
                        <strong>${v.id}</strong> (${v.impact}): ${v.help}
                        <ul>
                          ${v.nodes.map(
                            (n) =>
                              html`<li>
                                <code>${n.target}</code>
                                <pre>${n.html}</pre>
                              </li>`,
                          )}
                        </ul>
                      </li>`,
                  )}
                </ul>`
      }`;
  }

  #ask(detail: PanelAction): void {
    this.dispatchEvent(
      new CustomEvent<PanelAction>('preview-action', { detail, bubbles: true, composed: true }),
    );
  }
}

const value = (e: Event) => (e.target as HTMLSelectElement).value;
const checked = (e: Event) => (e.target as HTMLInputElement).checked;

customElements.define('dlis-preview-panel', DlisPreviewPanel);
