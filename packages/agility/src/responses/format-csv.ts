/**
 * Writes rows as RFC 4180 CSV: records end with CRLF, a field is quoted when it holds a comma, a quote, CR or LF,
 * or starts or ends with a space; quotes inside are doubled. The text parseCsv() reads back unchanged.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',') + '\r\n').join('');
}

function quote(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
