import { css, html, nothing, svg, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../theme.ts';
import type { ChartDatum } from './chart-datum.ts';
import { ChartElement } from './chart-element.ts';

// Room around the chart (radius 120) for the text labels of the axes.
const SIZE = 420;
const CENTRE = SIZE / 2;
const RADIUS = 120;
const RINGS = [25, 50, 75, 100];

/** Point at `value` (0..100) on axis `i` of `n`, the first axis pointing up. */
function point(i: number, n: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * value) / 100;
  return [CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)];
}

const polygon = (values: readonly number[]) =>
  values
    .map((v, i) =>
      point(i, values.length, v)
        .map((c) => c.toFixed(1))
        .join(','),
    )
    .join(' ');

/**
 * A radar chart of values on 0..100 (SVG, one axis per datum, each labelled with its short label and value in
 * text), followed by the same data as a table (unless `table` is false). An unmeasured value sits at the centre and reads `missing`.
 */
export class DlisRadarChart extends ChartElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    nameHeader: { attribute: false },
    valueHeader: { attribute: false },
    table: { attribute: false },
  };

  static override styles = [
    baseStyles,
    ChartElement.tableStyles,
    css`
      figure {
        margin: 0;
      }
      svg {
        display: block;
        width: 100%;
        max-width: 24rem;
        height: auto;
      }
      .ring {
        fill: none;
        stroke: var(--dlis-color-border, #767676);
        stroke-width: 1;
      }
      .axis {
        stroke: var(--dlis-color-border, #767676);
      }
      .shape {
        fill: var(--dlis-color-primary, #1a4f8b);
        fill-opacity: 0.2;
        stroke: var(--dlis-color-primary, #1a4f8b);
        stroke-width: 2.5;
      }
      .dot {
        fill: var(--dlis-color-primary, #1a4f8b);
      }
      text {
        fill: var(--dlis-color-text, #1a1a1a);
        font: 600 13px var(--dlis-font-family, sans-serif);
      }
      table {
        margin-top: 0.5rem;
      }
      td.num {
        text-align: right;
      }
      @media print {
        table {
          display: none;
        }
        /* Readable on paper: a larger chart and axis labels (about 5.5 pt), which may overhang the box. */
        svg {
          max-width: 14rem;
          overflow: visible;
        }
        text {
          font-size: 16px;
        }
      }
    `,
  ];

  data: ChartDatum[] = [];
  nameHeader = '';
  valueHeader = '';
  /** Whether the data table follows the chart (false when another table on the page gives the same numbers). */
  table = true;

  override render() {
    const n = this.data.length;
    if (n < 3) return nothing;
    const values = this.data.map((d) => d.value ?? 0);
    return html`<figure>
      <figcaption id="caption">${this.caption}</figcaption>
      <svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="caption" focusable="false">
        ${RINGS.map((r) => svg`<polygon class="ring" points=${polygon(values.map(() => r))}></polygon>`)}
        ${this.data.map((_, i) => {
          const [x, y] = point(i, n, 100);
          return svg`<line class="axis" x1=${CENTRE} y1=${CENTRE} x2=${x} y2=${y}></line>`;
        })}
        <polygon class="shape" points=${polygon(values)}></polygon>
        ${this.data.map((d, i) => {
          const [x, y] = point(i, n, values[i] ?? 0);
          const [lx, ly] = point(i, n, 118);
          const anchor = Math.abs(lx - CENTRE) < 8 ? 'middle' : lx > CENTRE ? 'start' : 'end';
          const text = `${d.short} ${this.show(d.value)}`;
          return svg`<circle class="dot" cx=${x} cy=${y} r="4"></circle>
            <text x=${lx} y=${ly + 5} text-anchor=${anchor}>${text}</text>`;
        })}
      </svg>
      ${this.table ? this.#renderTable() : nothing}
    </figure>`;
  }

  #renderTable() {
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${this.nameHeader}</th>
          <th scope="col">${this.valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        ${this.data.map(
          (d) =>
            html`<tr>
              ${this.rowHeader(d)}
              <td class="num">${this.show(d.value)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('dlis-radar-chart', DlisRadarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dlis-radar-chart': DlisRadarChart;
  }
}
