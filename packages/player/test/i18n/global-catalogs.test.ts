import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { readGlobalCatalogs } from '../../src/i18n/global-catalogs.ts';

describe('readGlobalCatalogs', () => {
  test('takes each registered catalogue as it is', () => {
    expect(readGlobalCatalogs({ fr }, en)).toEqual({ fr });
  });

  test('fills a missing or non-string key from the fallback and ignores what is not an object', () => {
    const { next: _next, ...partial } = fr;
    const read = readGlobalCatalogs({ fr: { ...partial, exit: 42 }, de: 'broken', el: null }, en);
    expect(Object.keys(read)).toEqual(['fr']);
    expect(read.fr?.next).toBe(en.next);
    expect(read.fr?.exit).toBe(en.exit);
    expect(read.fr?.previous).toBe(fr.previous);
  });

  test('reads a catalogue script array: the strings in the key order of the fallback', () => {
    const strings = Object.keys(en).map((key) => fr[key as keyof typeof fr]);
    expect(readGlobalCatalogs({ fr: strings }, en)).toEqual({ fr });
    const withHole = strings.map((text, i) => (i === 0 ? null : text));
    expect(readGlobalCatalogs({ fr: withHole }, en).fr?.skipLink).toBe(en.skipLink);
  });

  test('ignores an array of another length (a catalogue script of another build)', () => {
    const strings = Object.keys(en).map((key) => fr[key as keyof typeof fr]);
    expect(readGlobalCatalogs({ fr: strings.slice(1), de: [...strings, 'extra'] }, en)).toEqual({});
  });

  test('nothing registered (no catalogue script loaded) gives no catalogue', () => {
    expect(readGlobalCatalogs(undefined, en)).toEqual({});
    expect(readGlobalCatalogs(7, en)).toEqual({});
  });
});
