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

  test('nothing registered (no catalogue script loaded) gives no catalogue', () => {
    expect(readGlobalCatalogs(undefined, en)).toEqual({});
    expect(readGlobalCatalogs(7, en)).toEqual({});
  });
});
