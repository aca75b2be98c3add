import { parseCsv } from '@dlis/agility';

/** The cells of a CSV text as strings; throws when the text is not valid RFC 4180. */
export function csvRows(text: string): string[][] {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    throw new Error(`invalid CSV at ${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  return parsed.records.map((r) => r.cells.map((c) => c.value));
}
