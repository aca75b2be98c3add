import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import type { PanelStrings } from './preview-strings.ts';
import type { Located } from './preview-types.ts';

/**
 * The problems of the course sources, over the course frame: `file:line:col`, where in course.yaml, the message
 * and the hint, exactly the diagnostics `dlis validate` prints. It goes away when a save fixes them.
 */
export class DlisPreviewOverlay extends LitElement {
  static override properties: PropertyDeclarations = {
    diagnostics: { attribute: false },
    strings: { attribute: false },
  };

  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      overflow: auto;
      background: rgb(255 255 255 / 0.96);
      color: #1b1b1b;
      padding: 1.5rem;
      box-sizing: border-box;
    }
    h2 {
      color: #a4000f;
      margin-top: 0;
    }
    li {
      margin-bottom: 1rem;
    }
    code {
      font-weight: bold;
    }
    .hint {
      color: #3a3a3a;
    }
  `;

  declare diagnostics: Located[];
  declare strings: PanelStrings;

  override render() {
    return html`<section role="alert" aria-labelledby="title">
      <h2 id="title">${this.strings.errorsTitle}</h2>
      <ul>
        ${this.diagnostics.map(
          (d) =>
            html`<li class="diagnostic">
              <code class="where">${d.file}:${d.line}:${d.col}</code> <span class="path">${d.path}</span>
              <div class="message">${d.message}</div>
              ${d.hint ? html`<div class="hint">${this.strings.hint}: ${d.hint}</div>` : ''}
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

customElements.define('dlis-preview-overlay', DlisPreviewOverlay);
