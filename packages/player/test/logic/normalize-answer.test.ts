import { describe, expect, test } from 'vitest';
import { decimalPlaces, normalizeAnswer, parseDecimal } from '../../src/logic/normalize-answer.ts';

describe('normalizeAnswer', () => {
  const loose = { caseSensitive: false, accentSensitive: false };
  test('ignores case, accents and extra spaces by default', () => {
    expect(normalizeAnswer('  Élève   Modèle ', loose)).toBe('eleve modele');
    expect(normalizeAnswer('e\u0301le\u0300ve', loose)).toBe('eleve');
  });
  test('keeps case and accents when the question says so', () => {
    expect(normalizeAnswer(' Élève ', { caseSensitive: true, accentSensitive: false })).toBe('Eleve');
    expect(normalizeAnswer('Élève', { caseSensitive: false, accentSensitive: true })).toBe('élève');
    expect(normalizeAnswer('e\u0301', { caseSensitive: true, accentSensitive: true })).toBe('é');
  });
});

describe('parseDecimal', () => {
  test('accepts "," or "." and spaces as thousands separators', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal(' 1 200 ')).toBe(1200);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal(',5')).toBe(0.5);
  });
  test('rejects what is not a number', () => {
    for (const text of ['', 'abc', '1,2,3', '1e5', '12 %', '.'])
      expect(parseDecimal(text), text).toBeUndefined();
  });
  test('decimalPlaces counts digits after the point', () => {
    expect(decimalPlaces('12')).toBe(0);
    expect(decimalPlaces('12.25')).toBe(2);
  });
});
