import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The default theme: each key becomes `--dlis-color-<key>` on `dlis-player`. A course theme overrides the
 * custom properties in CSS. Text pairs listed in CONTRAST_PAIRS reach 4.5:1 (WCAG 1.4.3), checked by a test.
 */
export const defaultTheme = {
  primary: '#1a4f8b',
  'on-primary': '#ffffff',
  text: '#1b1b1b',
  background: '#ffffff',
  surface: '#f2f4f7',
  muted: '#595959',
  border: '#767676',
  success: '#1e6b34',
  danger: '#a4262c',
  link: '#1a4f8b',
  focus: '#1a4f8b',
} as const;

export type ThemeColor = keyof typeof defaultTheme;

/**
 * The colours under `prefers-color-scheme: dark`, for courses without a theme of their own (a course theme's
 * colours are checked against its own background only, so a themed course keeps them). Same pairs, same ratios.
 */
export const darkTheme: Record<ThemeColor, string> = {
  primary: '#9cc3ff',
  'on-primary': '#0d1b2e',
  text: '#e9ebee',
  background: '#15181c',
  surface: '#22272e',
  muted: '#b3b9c2',
  border: '#8b939e',
  success: '#7fd69a',
  danger: '#ffa39e',
  link: '#9cc3ff',
  focus: '#9cc3ff',
};

/**
 * The type and spacing scales: every component sizes text and gaps with these custom properties (set on
 * `dlis-player`, inherited by every shadow root), so the player reads as one design.
 */
export const scaleDeclarations: CSSResult = unsafeCSS(`
  --dlis-text-sm: 0.875rem;
  --dlis-text-base: 1rem;
  --dlis-text-lg: 1.125rem;
  --dlis-text-xl: 1.375rem;
  --dlis-text-2xl: 1.75rem;
  --dlis-space-1: 0.25rem;
  --dlis-space-2: 0.5rem;
  --dlis-space-3: 0.75rem;
  --dlis-space-4: 1rem;
  --dlis-space-5: 1.5rem;
  --dlis-space-6: 2rem;
  --dlis-radius: 0.5rem;
`);

/** [foreground, background] pairs the components draw text with. */
export const CONTRAST_PAIRS: readonly (readonly [ThemeColor, ThemeColor])[] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['muted', 'background'],
  ['muted', 'surface'],
  ['primary', 'background'],
  ['primary', 'surface'],
  ['on-primary', 'primary'],
  ['link', 'background'],
  ['link', 'surface'],
  ['success', 'background'],
  ['success', 'surface'],
  ['danger', 'background'],
  ['danger', 'surface'],
];

/** The custom property declarations of the default theme, for a `:host` rule. */
export const themeDeclarations: CSSResult = colorDeclarations(defaultTheme);

/** The custom property declarations of the dark colours (darkTheme), for a `prefers-color-scheme` rule. */
export const darkDeclarations: CSSResult = colorDeclarations(darkTheme);

function colorDeclarations(theme: Readonly<Record<ThemeColor, string>>): CSSResult {
  return unsafeCSS(
    Object.entries(theme)
      .map(([name, value]) => `--dlis-color-${name}: ${value};`)
      .join('\n'),
  );
}
