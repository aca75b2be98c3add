import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import type { ChartDatum } from './chart-datum.ts';

/**
 * Base of the charts (radar, bars): a caption, the text of a value (`format`, or `missing` when it could not be
 * measured) and the table that is each chart's accessible form.
 */
export abstract class ChartElement extends LitElement {
  // Subclasses add their data; Lit merges their properties with these.
  static override properties: PropertyDeclarations = {
    caption: { attribute: false },
    missing: { attribute: false },
    format: { attribute: false },
  };

  /** Cells of the charts' tables. */
  static tableStyles = css`
    :host {
      display: block;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid var(--dlis-color-border, #767676);
      padding: 0.25rem 0.5rem;
      text-align: left;
    }
  `;

  caption = '';
  /** Text of a value that could not be measured. */
  missing = '—';
  format: (value: number) => string = (value) => value.toFixed(1);

  /** A value as text: formatted, or `missing`. */
  protected show(value: number | null): string {
    return value === null ? this.missing : this.format(value);
  }

  /** The row header of a datum in the chart's table: its short and full labels. */
  protected rowHeader(datum: ChartDatum) {
    return html`<th scope="row">${datum.short} ${datum.label}</th>`;
  }
}
