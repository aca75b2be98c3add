import { describe, expect, test } from 'vitest';
import { formatCsv, parseCsv } from '@dlis/agility';

describe('formatCsv', () => {
  test('quotes what needs quoting and reads back unchanged', () => {
    const rows = [
      ['respondent', 'note'],
      ['r1', 'a, b'],
      ['r2', 'say "hi"'],
      ['r3', 'line\nbreak'],
      ['r4', ' padded '],
    ];
    const text = formatCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.records.map((r) => r.cells.map((c) => c.value))).toEqual(rows);
  });

  test('cells a spreadsheet would run as formulas are written as text, numbers are left alone', () => {
    const text = formatCsv([['=HYPERLINK("http://x")', '+1+2', '@SUM(A1)', '-5', '-2.5e3', '+7', 'plain']]);
    expect(text).toBe(`"'=HYPERLINK(""http://x"")",'+1+2,'@SUM(A1),-5,-2.5e3,+7,plain\r\n`);
  });
});
