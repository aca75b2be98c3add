import { isObj, list, str, type CheckContext } from './check-context.ts';
import { DiagnosticCode } from './diagnostic.ts';
import { atkinsonHyperlegibleFiles } from './font-files.ts';
import { CONTRAST_RULES, contrastRatio, DEFAULT_THEME_COLORS } from './theme-contrast.ts';

const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v);

/** Theme files (logo, fonts) and colour contrast, each failure located at the colour that decides it. */
export async function checkTheme(ctx: CheckContext, theme: unknown): Promise<void> {
  if (!isObj(theme)) return;
  const path = ['theme'];
  if (isObj(theme.logo)) {
    ctx.translations([...path, 'logo', 'alt'], theme.logo.alt);
    const src = str(theme.logo.src);
    if (src) await ctx.files.checkImageBlock([...path, 'logo', 'src'], src);
  }
  if (theme.font === 'atkinson-hyperlegible') {
    for (const f of atkinsonHyperlegibleFiles())
      await ctx.files.checkToolkitFile([...path, 'font'], f.src, 'font');
  } else if (isObj(theme.font)) {
    for (const [i, f] of list(theme.font.files).entries()) {
      const src = isObj(f) ? str(f.src) : undefined;
      if (src) await ctx.files.checkAsset([...path, 'font', 'files', i, 'src'], src, 'font');
    }
  }
  const given = isObj(theme.colors) ? theme.colors : {};
  const colors: Record<string, string> = { ...DEFAULT_THEME_COLORS };
  for (const key of Object.keys(DEFAULT_THEME_COLORS)) {
    const value = given[key];
    if (value !== undefined && !isColor(value)) return; // the schema reports it
    if (isColor(value)) colors[key] = value.toLowerCase();
  }
  for (const rule of CONTRAST_RULES) {
    const fg = rule.fg.startsWith('#') ? rule.fg : colors[rule.fg]!;
    const bg = colors[rule.bg]!;
    const ratio = contrastRatio(fg, bg);
    if (ratio + 1e-9 >= rule.min) continue;
    // Point at the colour the author wrote (the foreground if given, else the background).
    const blamed = [rule.fg, rule.bg].find((k) => !k.startsWith('#') && given[k] !== undefined);
    ctx.out.error(blamed ? [...path, 'colors', blamed] : [...path, 'colors'], {
      code: DiagnosticCode.contrast,
      message: `contrast of ${rule.what} is ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1; at least ${rule.min}:1 is required.`,
      hint: `${fg} on ${bg}: make one of them darker or lighter (WCAG 2.1 AA).`,
    });
  }
}
