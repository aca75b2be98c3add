/**
 * Inline Markdown as XLIFF sees it: text the translator edits, and codes that protect the markup.
 * `ph` (placeholder) stands for markup with nothing to translate inside (code spans, HTML tags, autolinks);
 * `pc` (paired code) wraps translatable text between an opening and a closing markup (emphasis, links, images).
 * `inlineToMarkdown(parseInline(s)) === s` for every string s.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'ph'; data: string }
  | { kind: 'pc'; start: string; end: string; children: Inline[] };

const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const MAX_NESTING = 20;

export function inlineToMarkdown(nodes: readonly Inline[]): string {
  return nodes
    .map((n) =>
      n.kind === 'text' ? n.text : n.kind === 'ph' ? n.data : n.start + inlineToMarkdown(n.children) + n.end,
    )
    .join('');
}

/** The text the translator sees, codes left out (for notes, status and tests). */
export function inlinePlainText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => (n.kind === 'text' ? n.text : n.kind === 'pc' ? inlinePlainText(n.children) : ''))
    .join('');
}

export function parseInline(source: string, depth = 0): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const c = source[i] ?? '';
    if (c === '\\' && i + 1 < source.length) {
      text += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const close = findRun(source, i + run.length, run);
      if (close >= 0) {
        flush();
        nodes.push({ kind: 'ph', data: source.slice(i, close + run.length) });
        i = close + run.length;
        continue;
      }
      text += run;
      i += run.length;
      continue;
    }
    if (c === '<') {
      const tag = AUTOLINK.exec(rest) ?? HTML_TAG.exec(rest);
      if (tag) {
        flush();
        nodes.push({ kind: 'ph', data: tag[0] });
        i += tag[0].length;
        continue;
      }
    }
    if (depth < MAX_NESTING && (c === '[' || (c === '!' && source[i + 1] === '['))) {
      const open = c === '!' ? 2 : 1;
      const link = matchLink(source, i + open - 1);
      if (link) {
        flush();
        nodes.push({
          kind: 'pc',
          start: source.slice(i, i + open),
          end: source.slice(link.labelEnd, link.end),
          children: parseInline(source.slice(i + open, link.labelEnd), depth + 1),
        });
        i = link.end;
        continue;
      }
    }
    if (depth < MAX_NESTING && (c === '*' || c === '_' || (c === '~' && source[i + 1] === '~'))) {
      const delimiter = /^(\*\*|__|~~|\*|_)/.exec(rest)?.[0] ?? c;
      const close = findEmphasisEnd(source, i, delimiter);
      if (close > 0) {
        flush();
        nodes.push({
          kind: 'pc',
          start: delimiter,
          end: delimiter,
          children: parseInline(source.slice(i + delimiter.length, close), depth + 1),
        });
        i = close + delimiter.length;
        continue;
      }
      text += delimiter;
      i += delimiter.length;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return nodes;
}

/** Index of the next run of exactly `run` backticks from `from`, or -1. */
function findRun(source: string, from: number, run: string): number {
  for (let j = source.indexOf(run, from); j >= 0; j = source.indexOf(run, j + 1)) {
    if (source[j - 1] !== '`' && source[j + run.length] !== '`') return j;
    while (source[j + 1] === '`') j++;
  }
  return -1;
}

/** `[label](destination)` starting at the `[` at `at`: where the label ends and the link ends. */
function matchLink(source: string, at: number): { labelEnd: number; end: number } | undefined {
  let depth = 0;
  let j = at;
  for (; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) break;
  }
  if (j >= source.length || source[j + 1] !== '(') return undefined;
  const labelEnd = j;
  depth = 0;
  for (j = labelEnd + 1; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return { labelEnd, end: j + 1 };
    else if (ch === '\n') return undefined;
  }
  return undefined;
}

/**
 * Where emphasis opened by `delimiter` at `at` closes: the next same delimiter with no space just inside
 * (and, for `_`, not inside a word), or -1.
 */
function findEmphasisEnd(source: string, at: number, delimiter: string): number {
  const after = source[at + delimiter.length] ?? '';
  if (after === '' || /\s/.test(after)) return -1;
  if (delimiter.startsWith('_') && /[\p{L}\p{N}]/u.test(source[at - 1] ?? '')) return -1;
  for (
    let j = source.indexOf(delimiter, at + delimiter.length + 1);
    j >= 0;
    j = source.indexOf(delimiter, j + 1)
  ) {
    const before = source[j - 1] ?? '';
    const next = source[j + delimiter.length] ?? '';
    if (/\s/.test(before) || before === '\\') continue;
    if (delimiter.length === 1 && next === delimiter) {
      j++;
      continue;
    }
    if (delimiter.startsWith('_') && /[\p{L}\p{N}]/u.test(next)) continue;
    return j;
  }
  return -1;
}
