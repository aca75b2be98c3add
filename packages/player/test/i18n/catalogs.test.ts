import { describe, expect, test } from 'vitest';
import { catalogs, messagesFor } from '../../src/i18n/catalogs.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { formatMessage } from '../../src/i18n/messages.ts';

describe('UI catalogues', () => {
  test('every catalogue has exactly the keys of fr, all non-empty', () => {
    const reference = Object.keys(fr).sort();
    expect(Object.keys(catalogs).sort()).toEqual(['en', 'fr']);
    for (const [tag, messages] of Object.entries(catalogs)) {
      expect(Object.keys(messages).sort(), tag).toEqual(reference);
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${tag}.${key}`).not.toBe('');
    }
  });

  test('placeholders match between languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  test('messagesFor falls back by primary subtag, then to English', () => {
    expect(messagesFor('fr-CA')).toBe(fr);
    expect(messagesFor('fr').next).toBe('Suivant');
    expect(messagesFor('en').next).toBe('Next');
    expect(messagesFor('el')).toBe(en);
  });

  test('formatMessage fills placeholders', () => {
    expect(formatMessage('{visited} / {total} pages', { visited: 2, total: 4 })).toBe('2 / 4 pages');
    expect(formatMessage('{x} {y}', { x: 1 })).toBe('1 {y}');
  });
});
