import { css, html, nothing, svg, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../theme.ts';
import type { ChartDatum } from './chart-datum.ts';
import { ChartElement } from './chart-element.ts';

/** One row of the bar chart: the datum drawn as a bar, and more cells shown after it (e.g. S and K). */
export interface BarRow extends ChartDatum {
  cells: string[];
}

/**
 * Horizontal bars on 0..100 in a table: each row names the datum and gives its value in text next to its bar
 * (the bar is decoration: the table is the chart's accessible form), then the extra cells.
 */
export class DlisBarChart extends ChartElement {
  static override properties: PropertyDeclarations = {
    rows: { attribute: false },
    headers: { attribute: false },
  };

  static override styles = [
    baseStyles,
    ChartElement.tableStyles,
    css`
      .scroll {
        max-width: 100%;
        overflow-x: auto;
      }
      table {
        width: 100%;
      }
      caption {
        text-align: left;
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      th,
      td {
        vertical-align: middle;
      }
      .value {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .value span {
        min-width: 3.5rem;
        text-align: right;
      }
      svg {
        width: 8rem;
        height: 0.9rem;
        flex: none;
      }
      .track {
        fill: none;
        stroke: var(--dlis-color-border, #767676);
      }
      .bar {
        fill: var(--dlis-color-primary, #1a4f8b);
      }
      @media (max-width: 30rem) {
        svg {
          width: 4rem;
        }
      }
      @media print {
        th,
        td {
          padding: 0.05rem 0.3rem;
        }
        svg {
          width: 4rem;
        }
      }
    `,
  ];

  rows: BarRow[] = [];
  /** Column headers: the name, the value (with its bar), then one per extra cell. */
  headers: string[] = [];

  override render() {
    if (this.rows.length === 0) return nothing;
    // Focusable so that keyboard users can scroll it when it overflows (narrow screens, zoom).
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.caption}>
      <table>
        <caption>
          ${this.caption}
        </caption>
        <thead>
          <tr>
            ${this.headers.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            (row) =>
              html`<tr>
                ${this.rowHeader(row)}
                <td>
                  <div class="value">
                    <span>${this.show(row.value)}</span>
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                      ${svg`<rect class="track" x="0.5" y="0.5" width="99" height="9"></rect>`}
                      ${
                        row.value === null
                          ? nothing
                          : svg`<rect class="bar" x="0" y="0" width=${Math.max(0, Math.min(100, row.value))} height="10"></rect>`
                      }
                    </svg>
                  </div>
                </td>
                ${row.cells.map((c) => html`<td>${c}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('dlis-bar-chart', DlisBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-bar-chart': DlisBarChart;
  }
}
