/**
 * Writes rows as RFC 4180 CSV: records end with CRLF, a field is quoted when it holds a comma, a quote, CR or LF,
 * or starts or ends with a space; quotes inside are doubled. The text parseCsv() reads back unchanged, except for
 * the formula guard below.
 *
 * Formula guard (OWASP "CSV injection"): researchers open these files in spreadsheets, which run a cell starting
 * with `=`, `+`, `-`, `@`, a tab or CR as a formula. Such a cell that is not a plain number (respondent ids and
 * background answers come from the respondents) gets a leading `'`, which spreadsheets show as text.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => quote(guardFormula(field))).join(',') + '\r\n').join('');
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function guardFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) && !PLAIN_NUMBER.test(field) ? `'${field}` : field;
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
