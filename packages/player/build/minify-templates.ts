/**
 * Build-time minification of Lit templates in TypeScript source: the static text of css`…` (comments dropped,
 * whitespace collapsed, spaces around `{ } ; : , >` removed, quoted strings kept) and of html`…` (every run of
 * whitespace becomes one space, which HTML renders the same outside <pre>/<textarea>, which no template uses).
 * Expressions (`${…}`) are left alone but scanned, so templates nested in them are minified too.
 */
export function minifyTemplates(source: string): string {
  const edits: Edit[] = [];
  readCode(source, 0, edits, true);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    const text = source.slice(edit.start, edit.end);
    const minified = edit.kind === 'css' ? minifyCss(text) : minifyHtml(text);
    out = out.slice(0, edit.start) + minified + out.slice(edit.end);
  }
  return out;
}

type Kind = 'css' | 'html' | 'plain';
interface Edit {
  start: number;
  end: number;
  kind: 'css' | 'html';
}

/** Reads a template literal whose text starts at `i`; records its static parts; returns the index after it. */
function readTemplate(src: string, i: number, kind: Kind, edits: Edit[]): number {
  let start = i;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      if (kind !== 'plain') edits.push({ start, end: i, kind });
      return i + 1;
    } else if (c === '$' && src[i + 1] === '{') {
      if (kind !== 'plain') edits.push({ start, end: i, kind });
      i = readCode(src, i + 2, edits);
      start = i;
    } else i++;
  }
  throw new Error('Unterminated template literal.');
}

/**
 * Reads code from `i`: the whole file (`topLevel`), or a `${…}` expression (from after `${`, returning the index
 * after its closing brace). Skips strings, comments and regular expression literals (a `/` after an operator or
 * an opening bracket starts one).
 */
function readCode(src: string, i: number, edits: Edit[], topLevel = false): number {
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '`') {
      const tagged = /(?<![\w$.])(css|html)$/.exec(src.slice(Math.max(0, i - 5), i));
      i = readTemplate(src, i + 1, (tagged?.[1] as Kind | undefined) ?? 'plain', edits);
    } else if (c === '"' || c === "'") i = skipString(src, i);
    else if (c === '/' && src[i + 1] === '/') i = endOf(src, '\n', i + 2, 0);
    else if (c === '/' && src[i + 1] === '*') i = endOf(src, '*/', i + 2, 2);
    else if (
      c === '/' &&
      /[(,=:[!&|?{};+\-*%<>~^]\s*$|^\s*$|return\s*$/.test(src.slice(Math.max(0, i - 8), i))
    )
      i = skipRegExp(src, i);
    else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0 && !topLevel) return i + 1;
      depth--;
      i++;
    } else i++;
  }
  if (topLevel) return i;
  throw new Error('Unterminated template expression.');
}

/** Index after `marker` (plus `skip`) found from `from`, or the end of `src`. */
function endOf(src: string, marker: string, from: number, skip: number): number {
  const at = src.indexOf(marker, from);
  return at === -1 ? src.length : at + skip;
}

function skipRegExp(src: string, i: number): number {
  let inClass = false;
  for (i++; i < src.length && src[i] !== '\n'; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') inClass = true;
    else if (src[i] === ']') inClass = false;
    else if (src[i] === '/' && !inClass) return i + 1;
  }
  return i;
}

function skipString(src: string, i: number): number {
  const quote = src[i];
  for (i++; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === quote) return i + 1;
  }
  return i;
}

/** Minifies a static part of a css`` template, leaving quoted strings as they are. */
export function minifyCss(text: string): string {
  const parts = text.split(/('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/);
  return parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Minifies a static part of an html`` template: runs of whitespace become one space. */
export function minifyHtml(text: string): string {
  return text.replace(/\s+/g, ' ');
}
