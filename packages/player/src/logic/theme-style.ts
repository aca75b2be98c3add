import type { CompiledTheme } from '@dlis/course/compiled';

/** Generic fallbacks after a course font, so text shows while (or if) the font file cannot load. */
export const FONT_FALLBACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/**
 * The CSS custom properties a course theme sets on `dlis-player` (they inherit into every shadow root):
 * primary also drives links and the focus ring; the font family goes first in `--dlis-font-family`.
 */
export function themeProperties(theme: CompiledTheme): Record<string, string> {
  const props: Record<string, string> = {
    '--dlis-color-primary': theme.colors.primary,
    '--dlis-color-link': theme.colors.primary,
    '--dlis-color-focus': theme.colors.primary,
    '--dlis-color-accent': theme.colors.accent,
    '--dlis-color-text': theme.colors.text,
    '--dlis-color-background': theme.colors.background,
  };
  if (theme.font) props['--dlis-font-family'] = `${cssString(theme.font.family)}, ${FONT_FALLBACK}`;
  return props;
}

/**
 * The @font-face rules of the theme's font files. URLs stay relative, so they resolve against index.html
 * when the rules sit in the document (a shadow root cannot declare fonts). `font-display: swap` keeps text
 * readable while a font loads.
 */
export function fontFaceCss(theme: CompiledTheme): string {
  const font = theme.font;
  if (!font) return '';
  return font.files
    .map(
      (file) =>
        `@font-face{font-family:${cssString(font.family)};src:url(${cssString(file.path)}) format("woff2");` +
        `font-weight:${file.weight};font-style:${file.style};font-display:swap}`,
    )
    .join('\n');
}

/** A CSS string literal (double quotes, with quotes, backslashes and newlines escaped). */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}
