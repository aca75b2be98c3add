import { expect, test } from 'vitest';
import { escapeXml } from '../src/xml-escape.ts';
import { xpath } from './support/xml-query.ts';

test('escapes markup characters and both quotes', async () => {
  expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
});

test('drops characters XML 1.0 forbids, keeps tab, newlines and astral characters', async () => {
  const text = `a\u0000b\u0008c\u001Fd\té\n😀\uFFFE\uD800x\uDC00`;
  const escaped = escapeXml(text);
  expect(escaped).toBe('abcd\té\n😀x');
  expect(await xpath(`<t a="${escaped}">${escaped}</t>`, 'string(/t)')).toBe('abcd\té\n😀x');
});
