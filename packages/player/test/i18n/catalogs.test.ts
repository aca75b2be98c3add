import { describe, expect, test } from 'vitest';
import { catalogs, messagesFor, uiLanguageFor } from '../../src/i18n/catalogs.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { agilityCatalogs, agilityMessagesFor } from '../../src/i18n/agility/agility-messages.ts';
import { en as agilityEn } from '../../src/i18n/agility/en.ts';
import { fr as agilityFr } from '../../src/i18n/agility/fr.ts';
import { formatMessage } from '../../src/i18n/messages.ts';

describe('UI catalogues', () => {
  test('every catalogue has exactly the keys of fr, all non-empty', () => {
    const reference = Object.keys(fr).sort();
    expect(Object.keys(catalogs).sort()).toEqual(['de', 'el', 'en', 'fr', 'ro']);
    for (const [tag, messages] of Object.entries(catalogs)) {
      expect(Object.keys(messages).sort(), tag).toEqual(reference);
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${tag}.${key}`).not.toBe('');
    }
  });

  test('placeholders match between languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [tag, messages] of Object.entries(catalogs)) {
      for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
        expect(placeholders(messages[key]), `${tag}.${key}`).toEqual(placeholders(fr[key]));
      }
    }
  });

  test('messagesFor falls back by primary subtag, then to English', () => {
    expect(messagesFor('fr-CA')).toBe(fr);
    expect(messagesFor('fr').next).toBe('Suivant');
    expect(messagesFor('en').next).toBe('Next');
    expect(messagesFor('el').next).toBe('Επόμενο');
    expect(messagesFor('de-AT').next).toBe('Weiter');
    expect(messagesFor('ro').next).toBe('Înainte');
    expect(messagesFor('it')).toBe(en);
  });

  test('uiLanguageFor names the catalogue used', () => {
    expect(uiLanguageFor('fr')).toBe('fr');
    expect(uiLanguageFor('de-AT')).toBe('de');
    expect(uiLanguageFor('it')).toBe('en');
  });

  test('fr and en keep the sizes and print strings the brief names', () => {
    expect(formatMessage(fr.sizeKB, { size: 120 })).toBe('120 Ko');
    expect(formatMessage(en.sizeKB, { size: 120 })).toBe('120 KB');
    expect(fr.printSheet).toBe('Imprimer la fiche');
    expect(en.printSheet).toBe('Print this sheet');
  });

  test('formatMessage fills placeholders', () => {
    expect(formatMessage('{visited} / {total} pages', { visited: 2, total: 4 })).toBe('2 / 4 pages');
    expect(formatMessage('{x} {y}', { x: 1 })).toBe('1 {y}');
  });

  test('the agility add-on catalogues: the keys of agility/fr in all five languages, placeholders alike', () => {
    const reference = Object.keys(agilityFr).sort();
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(agilityCatalogs).sort()).toEqual(['de', 'el', 'en', 'fr', 'ro']);
    for (const [tag, messages] of Object.entries(agilityCatalogs)) {
      expect(Object.keys(messages).sort(), tag).toEqual(reference);
      for (const key of Object.keys(agilityFr) as (keyof typeof agilityFr)[]) {
        expect(messages[key].trim(), `${tag}.${key}`).not.toBe('');
        expect(placeholders(messages[key]), `${tag}.${key}`).toEqual(placeholders(agilityFr[key]));
      }
    }
    // No key in both: the add-on's strings are not in the player's catalogues.
    expect(reference.filter((key) => key in fr)).toEqual([]);
    expect(agilityMessagesFor('fr-BE')).toBe(agilityFr);
    expect(agilityMessagesFor('it')).toBe(agilityEn);
  });
});
