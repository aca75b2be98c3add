import { describe, expect, test } from 'vitest';
import { jsonValue, parseJsonLocated } from '../../src/responses/parse-json-located.ts';

describe('parseJsonLocated', () => {
  const samples = [
    '[]',
    '{"a": [1, -2.5e3, 0, true, false, null], "b": {"c": "\\u00e9\\n\\"x\\""}}',
    '  "text"  ',
    '\uFEFF[{"respondent": "r1"}]',
  ];
  test.each(samples)('gives the same value as JSON.parse: %s', (text) => {
    const parsed = parseJsonLocated(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(jsonValue(parsed.node)).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
  });

  test('keeps the positions of values and keys', () => {
    const parsed = parseJsonLocated('[\n  {"respondent": "r1",\n   "answers": {"3.4": 6}}\n]');
    if (!parsed.ok || parsed.node.kind !== 'array') throw new Error('expected an array');
    const row = parsed.node.items[0];
    if (row?.kind !== 'object') throw new Error('expected an object');
    expect(row).toMatchObject({ line: 2, column: 3 });
    const answers = row.entries[1];
    expect(answers?.keyPosition).toEqual({ line: 3, column: 4 });
    if (answers?.value.kind !== 'object') throw new Error('expected an object');
    expect(answers.value.entries[0]?.value).toEqual({ kind: 'number', value: 6, line: 3, column: 23 });
  });

  test.each([
    ['[1, 2', 1, 6, /expected "," or "]"/],
    ['[1,]', 1, 4, /expected a value/],
    ['{"a" 1}', 1, 6, /":"/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['[1]\n x', 2, 2, /after the end/],
    ['["abc', 1, 2, /never closed/],
    ['["a\\q"]', 1, 4, /invalid escape/],
    ['[01]', 1, 3, /expected "," or "]"/],
    ['', 1, 1, /the end of the file/],
  ])('%j is an error at %i:%i', (text, line, column, message) => {
    const parsed = parseJsonLocated(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatchObject({ line, column });
    expect(parsed.error.message).toMatch(message);
    expect(() => JSON.parse(text)).toThrow();
  });
});
