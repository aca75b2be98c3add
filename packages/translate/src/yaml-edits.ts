import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * Edits of a YAML file's text that leave everything else byte for byte as it was (comments, quotes, flow
 * or block style, line length): a language value set in a localized map, a language added to a sequence.
 * Offsets come from the nodes' ranges in the parsed document, so the file is never searched with patterns.
 */
export type YamlEdit =
  | { kind: 'set'; map: YAMLMap; language: string; text: string | string[] }
  | { kind: 'append'; seq: YAMLSeq; value: string };

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

export function applyYamlEdits(source: string, edits: readonly YamlEdit[]): string {
  const splices = edits.map((e) => (e.kind === 'set' ? setSplice(source, e) : appendSplice(source, e)));
  let out = source;
  for (const s of splices.sort((a, b) => b.at - a.at)) {
    out = out.slice(0, s.at) + s.insert + out.slice(s.at + s.remove);
  }
  checkEdits(out, edits);
  return out;
}

function lineIndent(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
}

/**
 * The indentation of a map's keys, from its first key: the key's column, so that a map that is a list item
 * (`- fr: …` then `  en: …`) gets its new key under the others, not under the dash.
 */
function keyColumn(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const before = source.slice(lineStart, offset);
  return /^[ -]*$/.test(before) ? ' '.repeat(before.length) : lineIndent(source, offset);
}

function setSplice(source: string, edit: Extract<YamlEdit, { kind: 'set' }>): Splice {
  const existing = edit.map.get(edit.language, true);
  const firstKey = edit.map.items[0]?.key as Scalar | undefined;
  const keyIndent = firstKey?.range ? keyColumn(source, firstKey.range[0]) : '';
  if (Array.isArray(edit.text)) {
    const list = `[${edit.text.map(flowScalar).join(', ')}]`;
    if ((isScalar(existing) || isSeq(existing)) && existing.range) {
      const [start, end] = existing.range;
      return { at: start, remove: end - start, insert: list };
    }
    return insertSplice(source, edit, list, keyIndent);
  }
  if (isScalar(existing) && existing.range) {
    const [start, end] = existing.range;
    const valueText = edit.map.flow
      ? flowScalar(edit.text)
      : blockScalar(edit.text, existing.type, keyIndent, source[end - 1] === '\n');
    return { at: start, remove: end - start, insert: valueText };
  }
  const sourceValue = edit.map.items.find((p) => isScalar(p.value))?.value as Scalar | undefined;
  if (edit.map.flow) return insertSplice(source, edit, flowScalar(edit.text), keyIndent);
  const last = edit.map.items.at(-1)?.value as Scalar | undefined;
  const end = last?.range?.[1] ?? edit.map.range?.[1] ?? source.length;
  const value = blockScalar(edit.text, sourceValue?.type, keyIndent, source[end - 1] === '\n');
  return insertSplice(source, edit, value, keyIndent);
}

/** A new `language: value` pair at the end of the map; `value` is already rendered for its place. */
function insertSplice(
  source: string,
  edit: Extract<YamlEdit, { kind: 'set' }>,
  value: string,
  keyIndent: string,
): Splice {
  if (edit.map.flow) {
    const close = source.lastIndexOf('}', (edit.map.range?.[1] ?? 0) - 1);
    let at = close;
    while (at > 0 && /\s/.test(source[at - 1] ?? '')) at--;
    return { at, remove: 0, insert: `, ${edit.language}: ${value}` };
  }
  const last = edit.map.items.at(-1)?.value as Scalar | undefined;
  const end = last?.range?.[1] ?? edit.map.range?.[1] ?? source.length;
  const endsLine = source[end - 1] === '\n';
  return endsLine
    ? {
        at: end,
        remove: 0,
        insert: `${keyIndent}${edit.language}: ${value}${value.endsWith('\n') ? '' : '\n'}`,
      }
    : { at: end, remove: 0, insert: `\n${keyIndent}${edit.language}: ${value.replace(/\n$/, '')}` };
}

function appendSplice(source: string, edit: Extract<YamlEdit, { kind: 'append' }>): Splice {
  const value = flowScalar(edit.value);
  if (edit.seq.flow) {
    const close = source.lastIndexOf(']', (edit.seq.range?.[1] ?? 0) - 1);
    let at = close;
    while (at > 0 && /\s/.test(source[at - 1] ?? '')) at--;
    return { at, remove: 0, insert: edit.seq.items.length > 0 ? `, ${value}` : value };
  }
  const last = edit.seq.items.at(-1) as Scalar | undefined;
  const end = last?.range?.[1] ?? edit.seq.range?.[1] ?? source.length;
  const indent = last?.range ? lineIndent(source, last.range[0]) : '';
  return { at: end, remove: 0, insert: `\n${indent}- ${value}` };
}

/** A scalar safe inside `{ … }`: plain when nothing in it can be read as syntax, JSON-quoted otherwise. */
function flowScalar(text: string): string {
  const plainSafe =
    /^[\p{L}\p{N}(][^,[\]{}#:&*!|>'"%@`\n\r\t]*$/u.test(text) && !/\s$/.test(text) && !text.includes(': ');
  return plainSafe && parseScalar(text) === text ? text : JSON.stringify(text);
}

/**
 * A scalar in a block map, in the source value's style when it can carry the text (a literal block stays a
 * literal block), indented under `keyIndent`. `endsLine`: the inserted text must end with its line break.
 */
function blockScalar(text: string, style: Scalar['type'], keyIndent: string, endsLine: boolean): string {
  if (text.includes('\n')) {
    const rendered = stringify(text, { lineWidth: 0, blockQuote: 'literal', indent: 2 });
    const [header = '|', ...lines] = rendered.replace(/\n$/, '').split('\n');
    const body = lines.map((l) => (l ? `${keyIndent}  ${l.replace(/^ {2}/, '')}` : l));
    return `${header}\n${body.join('\n')}${endsLine ? '\n' : ''}`;
  }
  const type = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE' ? style : 'PLAIN';
  const rendered = stringify(text, { lineWidth: 0, defaultStringType: type }).replace(/\n$/, '');
  const single = rendered.includes('\n') ? JSON.stringify(text) : rendered;
  return `${single}${endsLine ? '\n' : ''}`;
}

function parseScalar(text: string): unknown {
  try {
    return parseDocument(`k: ${text}`).toJS()?.k;
  } catch {
    return undefined;
  }
}

/** The edited text must parse, and give every value that was set: a wrong splice is a bug, never a write. */
function checkEdits(out: string, edits: readonly YamlEdit[]): void {
  const doc = parseDocument(out);
  if (doc.errors.length > 0) throw new Error(`YAML edit broke the file: ${doc.errors[0]?.message}`);
  const values: string[] = [];
  const collect = (node: unknown): void => {
    if (isMap(node))
      node.items.forEach((p) => (isScalar(p.value) ? values.push(String(p.value.value)) : collect(p.value)));
    else if (isSeq(node))
      node.items.forEach((i) => (isScalar(i) ? values.push(String(i.value)) : collect(i)));
  };
  collect(doc.contents);
  const found = new Set(values);
  for (const e of edits) {
    for (const expected of e.kind === 'set' ? [e.text].flat() : [e.value]) {
      if (!found.has(expected))
        throw new Error(`YAML edit lost the value ${JSON.stringify(expected.slice(0, 60))}`);
    }
  }
}
