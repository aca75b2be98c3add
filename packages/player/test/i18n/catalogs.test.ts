import { describe, expect, test } from 'vitest';
import { catalogs, messagesFor, uiLanguageFor } from '../../src/i18n/catalogs.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { agilityCatalogs, agilityMessagesFor } from '../../src/i18n/agility/agility-messages.ts';
import { en as agilityEn } from '../../src/i18n/agility/en.ts';
import { fr as agilityFr } from '../../src/i18n/agility/fr.ts';
import { blocksCatalogs, blocksMessagesFor } from '../../src/i18n/blocks/blocks-messages.ts';
import { en as blocksEn } from '../../src/i18n/blocks/en.ts';
import { fr as blocksFr } from '../../src/i18n/blocks/fr.ts';
import { scenarioCatalogs, scenarioMessagesFor } from '../../src/i18n/scenario/scenario-messages.ts';
import { en as scenarioEn } from '../../src/i18n/scenario/en.ts';
import { fr as scenarioFr } from '../../src/i18n/scenario/fr.ts';
import { resultsCatalogs, resultsMessagesFor } from '../../src/i18n/results/results-messages.ts';
import { en as resultsEn } from '../../src/i18n/results/en.ts';
import { fr as resultsFr } from '../../src/i18n/results/fr.ts';
import { visualACatalogs, visualAMessagesFor } from '../../src/i18n/visual-a/visual-a-messages.ts';
import { en as visualAEn } from '../../src/i18n/visual-a/en.ts';
import { fr as visualAFr } from '../../src/i18n/visual-a/fr.ts';
import { visualBCatalogs, visualBMessagesFor } from '../../src/i18n/visual-b/visual-b-messages.ts';
import { en as visualBEn } from '../../src/i18n/visual-b/en.ts';
import { fr as visualBFr } from '../../src/i18n/visual-b/fr.ts';
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

  test('fr and en keep the sizes and print strings the brief names (blocks add-on)', () => {
    expect(formatMessage(blocksFr.sizeKB, { size: 120 })).toBe('120 Ko');
    expect(formatMessage(blocksEn.sizeKB, { size: 120 })).toBe('120 KB');
    expect(blocksFr.printSheet).toBe('Imprimer la fiche');
    expect(blocksEn.printSheet).toBe('Print this sheet');
  });

  test('formatMessage fills placeholders', () => {
    expect(formatMessage('{visited} / {total} pages', { visited: 2, total: 4 })).toBe('2 / 4 pages');
    expect(formatMessage('{x} {y}', { x: 1 })).toBe('1 {y}');
  });

  // Each add-on's catalogues (agility, blocks, scenario, results, visual-a, visual-b): the keys of its fr.ts in all
  // five languages.
  test.each([
    ['agility', agilityCatalogs, agilityFr, agilityEn, agilityMessagesFor],
    ['blocks', blocksCatalogs, blocksFr, blocksEn, blocksMessagesFor],
    ['scenario', scenarioCatalogs, scenarioFr, scenarioEn, scenarioMessagesFor],
    ['results', resultsCatalogs, resultsFr, resultsEn, resultsMessagesFor],
    ['visual-a', visualACatalogs, visualAFr, visualAEn, visualAMessagesFor],
    ['visual-b', visualBCatalogs, visualBFr, visualBEn, visualBMessagesFor],
  ] as const)(
    'the %s add-on catalogues: the keys of its fr in all five languages, placeholders alike',
    (_name, table, reference: Readonly<Record<string, string>>, english, messagesForLang) => {
      const keys = Object.keys(reference).sort();
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(Object.keys(table).sort()).toEqual(['de', 'el', 'en', 'fr', 'ro']);
      for (const [tag, messages] of Object.entries(table) as [string, Record<string, string>][]) {
        expect(Object.keys(messages).sort(), tag).toEqual(keys);
        for (const key of keys) {
          expect(messages[key]?.trim(), `${tag}.${key}`).not.toBe('');
          expect(placeholders(messages[key] ?? ''), `${tag}.${key}`).toEqual(
            placeholders(reference[key] ?? ''),
          );
        }
      }
      // No key in both: the add-on's strings are not in the player's catalogues.
      expect(keys.filter((key) => key in fr)).toEqual([]);
      expect(messagesForLang('fr-BE')).toBe(reference);
      expect(messagesForLang('it')).toBe(english);
    },
  );
});
