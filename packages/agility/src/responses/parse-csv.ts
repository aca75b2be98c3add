import { positionFinder, stripBom, type TextPosition } from './text-position.ts';

/** One field, with the position of its first character (the opening quote when quoted). */
export interface CsvCell extends TextPosition {
  readonly value: string;
}

/** A record: its cells and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly error: TextPosition & { readonly message: string } };

/**
 * Parses comma-separated values as RFC 4180 says: fields optionally in double quotes, `""` for a quote inside
 * quotes, commas and line breaks allowed inside quotes, records ended by CRLF (LF and CR accepted too). A leading
 * BOM is ignored, a final line break does not start a record, and blank lines are skipped. A quote inside an
 * unquoted field, text after a closing quote, or an unclosed quote make the whole text malformed: the error
 * gives the position of the fault (for an unclosed quote, the opening quote).
 */
export function parseCsv(input: string): CsvParseResult {
  const text = stripBom(input);
  const at = positionFinder(text);
  const records: CsvRecord[] = [];
  let cells: CsvCell[] = [];
  let recordStart = 0;
  let i = 0;
  const fail = (offset: number, message: string): CsvParseResult => ({
    ok: false,
    error: { ...at(offset), message },
  });
  const endRecord = () => {
    const blank = cells.length === 1 && cells[0]?.value === '' && text[recordStart] !== '"';
    if (!blank) records.push({ line: at(recordStart).line, cells });
    cells = [];
  };
  if (text.length === 0) return { ok: true, records };
  for (;;) {
    const fieldStart = i;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length)
          return fail(fieldStart, 'this quoted field is never closed: add the closing ".');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          value += c;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return fail(i, 'unexpected text after a closing quote: a quote inside a quoted field is written "".');
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') {
          return fail(
            i,
            'a quote inside an unquoted field: put the whole field in quotes and double the quote.',
          );
        }
        i++;
      }
      value = text.slice(fieldStart, i);
    }
    cells.push({ value, ...at(fieldStart) });
    const sep = text[i];
    if (sep === ',') {
      i++;
      continue;
    }
    endRecord();
    if (sep === undefined) break;
    i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (i >= text.length) break;
    recordStart = i;
  }
  return { ok: true, records };
}
