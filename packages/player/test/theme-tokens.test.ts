import { describe, expect, test } from 'vitest';
import { CONTRAST_PAIRS, defaultTheme } from '../src/theme-tokens.ts';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('default theme contrast', () => {
  test('the contrast formula gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test.each(CONTRAST_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(defaultTheme[fg], defaultTheme[bg])).toBeGreaterThanOrEqual(4.5);
  });

  test('the focus ring and borders reach 3:1 against the background (WCAG 1.4.11)', () => {
    expect(contrast(defaultTheme.focus, defaultTheme.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(defaultTheme.border, defaultTheme.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(defaultTheme.focus, defaultTheme.surface)).toBeGreaterThanOrEqual(3);
  });
});
