import { positionFinder, stripBom, type TextPosition } from './text-position.ts';

/** A JSON value with the position of its first character; objects keep the position of each key. */
export type JsonNode = TextPosition &
  (
    | { readonly kind: 'object'; readonly entries: readonly JsonEntry[] }
    | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
    | { readonly kind: 'string'; readonly value: string }
    | { readonly kind: 'number'; readonly value: number }
    | { readonly kind: 'boolean'; readonly value: boolean }
    | { readonly kind: 'null' }
  );

export interface JsonEntry {
  readonly key: string;
  readonly keyPosition: TextPosition;
  readonly value: JsonNode;
}

export type JsonParseResult =
  | { readonly ok: true; readonly node: JsonNode }
  | { readonly ok: false; readonly error: TextPosition & { readonly message: string } };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Parses strict JSON (RFC 8259) keeping the position of every value and key, so that a problem in a value can be
 * reported as `file:line:col`. JSON.parse cannot do this. A leading BOM is ignored. On a syntax error, returns the
 * position of the first offending character.
 */
export function parseJsonLocated(input: string): JsonParseResult {
  const text = stripBom(input);
  const at = positionFinder(text);
  let i = 0;

  const describe = (offset: number) =>
    offset >= text.length ? 'the end of the file' : `"${text[offset] ?? ''}"`;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const expect = (char: string, what: string) => {
    skipSpace();
    if (text[i] !== char) throw new JsonSyntaxError(i, `expected ${what}, found ${describe(i)}.`);
    i++;
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let value = '';
    for (;;) {
      if (i >= text.length)
        throw new JsonSyntaxError(start, 'this string is never closed: add the closing ".');
      const c = text[i] ?? '';
      if (c === '"') {
        i++;
        return value;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex))
            throw new JsonSyntaxError(i, 'invalid \\u escape: expected 4 hex digits.');
          value += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const decoded = ESCAPES[e];
          if (decoded === undefined) throw new JsonSyntaxError(i, `invalid escape "\\${e}" in a string.`);
          value += decoded;
          i += 2;
        }
      } else if (c.charCodeAt(0) < 0x20) {
        throw new JsonSyntaxError(
          i,
          'a control character (such as a line break) inside a string: escape it.',
        );
      } else {
        value += c;
        i++;
      }
    }
  };

  const parseValue = (): JsonNode => {
    skipSpace();
    const start = i;
    const pos = at(start);
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: JsonEntry[] = [];
      skipSpace();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries, ...pos };
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"')
          throw new JsonSyntaxError(i, `expected a key in double quotes, found ${describe(i)}.`);
        const keyPosition = at(i);
        const key = parseString();
        expect(':', '":" after the key');
        entries.push({ key, keyPosition, value: parseValue() });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}', '"," or "}"');
        return { kind: 'object', entries, ...pos };
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items, ...pos };
      }
      for (;;) {
        items.push(parseValue());
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(']', '"," or "]"');
        return { kind: 'array', items, ...pos };
      }
    }
    if (c === '"') return { kind: 'string', value: parseString(), ...pos };
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, ...pos };
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number !== null) {
      i += number[0].length;
      return { kind: 'number', value: Number(number[0]), ...pos };
    }
    throw new JsonSyntaxError(i, `expected a value, found ${describe(i)}.`);
  };

  try {
    const node = parseValue();
    skipSpace();
    if (i < text.length)
      throw new JsonSyntaxError(i, `unexpected ${describe(i)} after the end of the JSON value.`);
    return { ok: true, node };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, error: { ...at(error.offset), message: error.message } };
  }
}

/** The plain value of a node (what JSON.parse would return). */
export function jsonValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, jsonValue(e.value)]));
    case 'array':
      return node.items.map(jsonValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
