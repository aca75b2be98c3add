/** Colours of the player's default theme; a course theme overrides some or all of them. */
export const DEFAULT_THEME_COLORS = {
  primary: '#1d4f91',
  accent: '#b4530a',
  text: '#1a1a1a',
  background: '#ffffff',
} as const;

/** Relative luminance of a #rrggbb colour (WCAG 2.1, definition "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of two #rrggbb colours, from 1 to 21 (WCAG 2.1, definition "contrast ratio"). */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The pairs the player draws, and the ratio each needs (WCAG 2.1 SC 1.4.3 text 4.5:1, SC 1.4.11 non-text
 * 3:1): body text, links/headings, white button text on the primary colour, focus ring on the background.
 */
export const CONTRAST_RULES = [
  { fg: 'text', bg: 'background', min: 4.5, what: 'text on the background' },
  { fg: 'primary', bg: 'background', min: 4.5, what: 'links and headings (primary) on the background' },
  { fg: '#ffffff', bg: 'primary', min: 4.5, what: 'white button text on the primary colour' },
  { fg: 'accent', bg: 'background', min: 3, what: 'focus rings and highlights (accent) on the background' },
] as const;
