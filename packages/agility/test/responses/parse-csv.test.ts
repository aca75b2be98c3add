import { describe, expect, test } from 'vitest';
import { formatCsv, parseCsv, type CsvParseResult } from '../../src/index.ts';

function values(result: CsvParseResult): string[][] {
  if (!result.ok) throw new Error(`unexpected CSV error: ${result.error.message}`);
  return result.records.map((r) => r.cells.map((c) => c.value));
}

describe('parseCsv (RFC 4180)', () => {
  test('plain fields, CRLF and LF records, final line break', () => {
    expect(values(parseCsv('a,b,c\r\n1,2,3\r\n'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(values(parseCsv('a,b\n1,2'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('quoted fields hold commas, escaped quotes and line breaks', () => {
    expect(values(parseCsv('"a,b","say ""hi""","two\r\nlines"\r\n'))).toEqual([
      ['a,b', 'say "hi"', 'two\r\nlines'],
    ]);
    expect(values(parseCsv('"",x\r\n'))).toEqual([['', 'x']]);
  });

  test('empty fields are kept; blank lines are skipped; a BOM is ignored', () => {
    expect(values(parseCsv('\uFEFFrespondent,1.1\r\n\r\nr1,\r\n,\r\n'))).toEqual([
      ['respondent', '1.1'],
      ['r1', ''],
      ['', ''],
    ]);
    expect(values(parseCsv(''))).toEqual([]);
  });

  test('cells carry their line and column (the BOM is not a column)', () => {
    const result = parseCsv('\uFEFFa,"b\nc",d\r\nx,y,z');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records[0]?.cells.map(({ line, column }) => [line, column])).toEqual([
      [1, 1],
      [1, 3],
      [2, 4],
    ]);
    expect(result.records[1]?.line).toBe(3);
    expect(result.records[1]?.cells[2]).toEqual({ value: 'z', line: 3, column: 5 });
  });

  test('an unclosed quote is located at the opening quote', () => {
    expect(parseCsv('respondent,1.1\r\nr1,"4\r\nr2,5\r\n')).toEqual({
      ok: false,
      error: { line: 2, column: 4, message: expect.stringMatching(/never closed/) },
    });
  });

  test('a stray quote and text after a closing quote are located errors', () => {
    expect(parseCsv('a,b"c\r\n')).toMatchObject({ ok: false, error: { line: 1, column: 4 } });
    expect(parseCsv('a,"b"c\r\n')).toMatchObject({ ok: false, error: { line: 1, column: 6 } });
  });

  test('formatCsv writes what parseCsv reads back', () => {
    const rows = [
      ['id', 'text', 'n'],
      ['r1', 'a, "quoted"\r\nvalue', '58.25'],
      ['r2', ' padded ', ''],
    ];
    const text = formatCsv(rows);
    expect(text).toBe('id,text,n\r\nr1,"a, ""quoted""\r\nvalue",58.25\r\nr2," padded ",\r\n');
    expect(values(parseCsv(text))).toEqual(rows);
  });
});
