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
export const themeDeclarations: CSSResult = unsafeCSS(
  Object.entries(defaultTheme)
    .map(([name, value]) => `--dlis-color-${name}: ${value};`)
    .join('\n'),
);
