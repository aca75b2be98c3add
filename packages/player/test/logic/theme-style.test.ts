import { describe, expect, test } from 'vitest';
import type { CompiledTheme } from '@dlis/course/compiled';
import { fontFaceCss, themeProperties } from '../../src/logic/theme-style.ts';

const theme: CompiledTheme = {
  colors: { primary: '#00528a', accent: '#b3003c', text: '#111111', background: '#fffdf8' },
  font: {
    family: 'Luciole',
    files: [
      { path: 'assets/luciole-regular.woff2', weight: 400, style: 'normal' },
      { path: 'assets/luciole-bold.woff2', weight: 700, style: 'normal' },
    ],
  },
};

describe('theme style', () => {
  test('colours and font become custom properties', () => {
    expect(themeProperties(theme)).toMatchObject({
      '--dlis-color-primary': '#00528a',
      '--dlis-color-link': '#00528a',
      '--dlis-color-focus': '#00528a',
      '--dlis-color-accent': '#b3003c',
      '--dlis-color-text': '#111111',
      '--dlis-color-background': '#fffdf8',
    });
    expect(themeProperties(theme)['--dlis-font-family']).toMatch(/^"Luciole", system-ui/);
    expect(themeProperties({ colors: theme.colors })['--dlis-font-family']).toBeUndefined();
  });

  test('@font-face rules with relative URLs, one per file', () => {
    const rules = fontFaceCss(theme).split('\n');
    expect(rules).toHaveLength(2);
    expect(rules[1]).toBe(
      '@font-face{font-family:"Luciole";src:url("assets/luciole-bold.woff2") format("woff2");font-weight:700;font-style:normal;font-display:swap}',
    );
    expect(fontFaceCss({ colors: theme.colors })).toBe('');
  });
});
