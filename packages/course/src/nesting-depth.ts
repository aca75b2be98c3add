import { Lexer } from 'yaml';

/**
 * Deepest nesting accepted in a Markdown text (quotes `>` and lists) and in course.yaml (flow `[`/`{`).
 * Both parsers recurse once per level: thousands of levels overflow the stack, and no course needs more
 * than a handful.
 */
export const MAX_NESTING = 100;

/** Where a text first goes deeper than MAX_NESTING (UTF-16 offset), or undefined. */
export type TooDeep = { offset: number } | undefined;

/** Opening of a container at the start of a Markdown line: `>` or a list marker (`-`, `*`, `+`, `1.`, `1)`). */
const containerMarker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/;

/**
 * Markdown nesting, line by line: the containers opened at the start of each line (`> > - x`) plus list
 * indentation (two spaces a level). An over-estimate for odd indentation, never an under-estimate that matters.
 */
export function markdownTooDeep(text: string): TooDeep {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end === -1 ? text.length : end);
    const indent = /^[ \t]*/.exec(line)![0].length;
    let depth = 0;
    let at = indent;
    for (let m = containerMarker.exec(line.slice(at)); m; m = containerMarker.exec(line.slice(at))) {
      depth++;
      if (depth === 1) depth += Math.floor(indent / 2);
      if (depth > MAX_NESTING) return { offset: lineStart + at };
      at += m[0].length;
    }
    if (end === -1) break;
    lineStart = end + 1;
  }
  return undefined;
}

/** Control tokens of the yaml lexer (document start, flow end, scalar start): not in the source text. */
const controlTokens = new Set(['\u0002', '\u0018', '\u001f']);

/** YAML flow nesting (`[`, `{`), read with the yaml lexer (iterative, so it never overflows itself). */
export function yamlTooDeep(source: string): TooDeep {
  // No more opening brackets than the limit cannot nest deeper than it: most files skip the lexer (a second
  // full read of course.yaml, a quarter of its load time).
  let openings = 0;
  for (const bracket of ['[', '{']) {
    // indexOf, not a loop over every character: the search runs in native code, at every start of `dlis validate`.
    for (
      let at = source.indexOf(bracket);
      at !== -1 && openings <= MAX_NESTING;
      at = source.indexOf(bracket, at + 1)
    )
      openings++;
  }
  if (openings <= MAX_NESTING) return undefined;
  let offset = 0;
  let depth = 0;
  for (const token of new Lexer().lex(source)) {
    if (controlTokens.has(token)) continue;
    if (token === '[' || token === '{') {
      depth++;
      if (depth > MAX_NESTING) return { offset };
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    offset += token.length;
  }
  return undefined;
}
