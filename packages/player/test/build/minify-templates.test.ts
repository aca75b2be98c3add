import { describe, expect, test } from 'vitest';
import { minifyCss, minifyTemplates } from '../../build/minify-templates.ts';

describe('minifyTemplates', () => {
  test('minifies css`` text, keeping strings, interpolations and descendant pseudo-class selectors', () => {
    const source = [
      'const a = css`',
      '  /* the host */',
      '  :host {',
      '    ${tokens}',
      "    font-family: 'Segoe UI',  Arial;",
      "    content: '  a  b ';",
      '  }',
      '  .x :focus-visible > span {',
      '    margin: 0 auto;',
      '  }',
      '`;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(
      "const a = css` :host{${tokens} font-family:'Segoe UI',Arial;content:'  a  b '}.x :focus-visible>span{margin:0 auto}`;",
    );
  });

  test('collapses html`` whitespace, also in templates nested in expressions, and leaves the rest alone', () => {
    const source = [
      '// a comment with html` in it',
      "const s = 'css`not a template`';",
      'const r = /["`]/g;',
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i}',
      '    </li>`)}',
      '  </ul>`;',
      'const plain = `keep   this`;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(
      [
        '// a comment with html` in it',
        "const s = 'css`not a template`';",
        'const r = /["`]/g;',
        'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
        'const plain = `keep   this`;',
      ].join('\n'),
    );
  });

  test('minifyCss keeps double-quoted strings and drops a last semicolon', () => {
    expect(minifyCss(' a { content: "x ; y" ; } ')).toBe(' a{content:"x ; y"}');
  });
});
