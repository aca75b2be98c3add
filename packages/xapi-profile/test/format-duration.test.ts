import { describe, expect, it } from 'vitest';
import { formatDuration } from '@dlis/xapi-profile';

describe('formatDuration', () => {
  it.each([
    [0, 'PT0S'],
    [12_340, 'PT12.34S'],
    [12_300, 'PT12.3S'],
    [60_000, 'PT1M'],
    [59_999, 'PT1M'],
    [3_723_450, 'PT1H2M3.45S'],
    [90_000_000, 'PT25H'],
    [5, 'PT0.01S'],
    [-1, 'PT0S'],
    [Number.NaN, 'PT0S'],
  ])('%d ms → %s', (ms, iso) => {
    expect(formatDuration(ms)).toBe(iso);
  });
});
