import { describe, expect, test } from 'vitest';
import { formatSize } from '../../src/logic/format-size.ts';
import { tabIndexForKey } from '../../src/logic/tab-keys.ts';

describe('tabIndexForKey', () => {
  test('arrows wrap, Home/End go to the ends, other keys are not handled', () => {
    expect(tabIndexForKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabIndexForKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabIndexForKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabIndexForKey('Home', 2, 3)).toBe(0);
    expect(tabIndexForKey('End', 0, 3)).toBe(2);
    expect(tabIndexForKey('Enter', 0, 3)).toBeUndefined();
    expect(tabIndexForKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('formatSize', () => {
  const fr = { kb: '{size} Ko', mb: '{size} Mo' };
  const en = { kb: '{size} KB', mb: '{size} MB' };
  test('kilobytes, then megabytes with one decimal, in the language conventions', () => {
    expect(formatSize(120_000, 'fr', fr)).toBe('120 Ko');
    expect(formatSize(120_400, 'en', en)).toBe('120 KB');
    expect(formatSize(300, 'en', en)).toBe('1 KB');
    expect(formatSize(2_450_000, 'fr', fr)).toBe('2,5 Mo');
    expect(formatSize(2_450_000, 'en', en)).toBe('2.5 MB');
  });
});
