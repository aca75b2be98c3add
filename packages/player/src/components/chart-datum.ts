/** One value of a chart (radar or bars): 0..100, or null when it could not be measured. */
export interface ChartDatum {
  /** Short text label drawn next to the value (e.g. `D3`). */
  short: string;
  /** Full label (table rows, accessible names). */
  label: string;
  value: number | null;
}
