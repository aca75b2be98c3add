import { isAscii } from 'node:buffer';
import type { JsonObject } from '@dlis/xapi-profile';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Parses a StatementResult body (`{"statements": [...], "more": ...}`, keys in any order) statement by statement.
 * `JSON.parse` of a whole page first makes one string of the page's size (≈ 0.7 MB for 500 statements), which V8
 * keeps in its large-object space until a full garbage collection: decoding it costs more than parsing it, and a
 * long fetch leaves hundreds of megabytes of such pages waiting for that collection. Here the bytes are only
 * scanned for where each statement starts and ends (strings skipped with indexOf), and each statement and every
 * other top-level value is decoded and parsed on its own: small, short-lived strings. Every byte still goes
 * through JSON.parse except the structure between the pieces, which is checked here. Returns undefined when the
 * body is anything else (not an object, a duplicate key, invalid JSON…): the caller then parses it whole, which
 * gives the answer JSON.parse gives.
 */
export function parseStatementResult(body: Buffer): Record<string, unknown> | undefined {
  const text = isAscii(body)
    ? (start: number, end: number) => body.toString('latin1', start, end)
    : (start: number, end: number) => body.toString('utf8', start, end);
  const n = body.length;
  const skip = (from: number) => {
    let i = from;
    while (i < n && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
    return i;
  };
  /** Index of the quote that closes the string opened at `open`, or -1. */
  const stringEnd = (open: number) => {
    let close = open;
    for (;;) {
      close = body.indexOf(QUOTE, close + 1);
      if (close < 0) return -1;
      let escapes = 0;
      while (body[close - 1 - escapes] === BACKSLASH) escapes++;
      if (escapes % 2 === 0) return close;
    }
  };
  /** End (exclusive) of the object or array opened at `open`, or -1. Bracket kinds are checked by JSON.parse. */
  const nestedEnd = (open: number) => {
    let depth = 0;
    for (let i = open; i < n; i++) {
      const c = body[i];
      if (c === QUOTE) {
        i = stringEnd(i);
        if (i < 0) return -1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  };
  /** End (exclusive) of any JSON value starting at `start`: a string, an object, an array or a scalar. */
  const valueEnd = (start: number) => {
    const c = body[start];
    if (c === QUOTE) {
      const close = stringEnd(start);
      return close < 0 ? -1 : close + 1;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return nestedEnd(start);
    let i = start;
    while (i < n && body[i] !== COMMA && body[i] !== CLOSE_BRACE) i++;
    return i;
  };

  try {
    // no prototype: a `__proto__` key is a plain key, as in what JSON.parse returns
    const result = Object.create(null) as Record<string, unknown>;
    let i = skip(0);
    if (body[i] !== OPEN_BRACE) return undefined;
    i = skip(i + 1);
    if (body[i] === CLOSE_BRACE) return skip(i + 1) === n ? result : undefined;
    for (;;) {
      if (body[i] !== QUOTE) return undefined;
      const keyEnd = stringEnd(i);
      if (keyEnd < 0) return undefined;
      const key = JSON.parse(text(i, keyEnd + 1)) as string;
      if (Object.hasOwn(result, key)) return undefined;
      i = skip(keyEnd + 1);
      if (body[i] !== COLON) return undefined;
      i = skip(i + 1);
      if (key === 'statements' && body[i] === OPEN_BRACKET) {
        const statements: JsonObject[] = [];
        i = skip(i + 1);
        if (body[i] === CLOSE_BRACKET) i++;
        else
          for (;;) {
            if (body[i] !== OPEN_BRACE) return undefined;
            const end = nestedEnd(i);
            if (end < 0) return undefined;
            statements.push(JSON.parse(text(i, end)) as JsonObject);
            i = skip(end);
            if (body[i] === COMMA) i = skip(i + 1);
            else if (body[i] === CLOSE_BRACKET) {
              i++;
              break;
            } else return undefined;
          }
        result[key] = statements;
      } else {
        const end = valueEnd(i);
        if (end < 0) return undefined;
        result[key] = JSON.parse(text(i, end));
        i = end;
      }
      i = skip(i);
      if (body[i] === COMMA) i = skip(i + 1);
      else if (body[i] === CLOSE_BRACE) return skip(i + 1) === n ? result : undefined;
      else return undefined;
    }
  } catch {
    return undefined;
  }
}
