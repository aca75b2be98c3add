import type { Inline } from './inline-codes.ts';
import { DLIS_NAMESPACE, XLIFF_NAMESPACE, type XliffDocument, type XliffUnit } from './xliff-model.ts';

/** Characters XML 1.0 cannot carry, even escaped: written as XLIFF `<cp hex="…"/>`. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(NOT_XML, (c) => `<cp hex="${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`);
}

function escapeAttribute(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** The XLIFF 2.1 document as text: one `<file>` per course file, one `<unit>` per text. */
export function writeXliff(doc: XliffDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" xmlns:dlis="${DLIS_NAMESPACE}" version="2.1" srcLang="${escapeAttribute(doc.srcLang)}" trgLang="${escapeAttribute(doc.trgLang)}" dlis:course="${escapeAttribute(doc.courseId)}">`,
  ];
  for (const file of doc.files) {
    out.push(
      `  <file id="${escapeAttribute(file.id)}" original="${escapeAttribute(file.original)}" xml:space="preserve">`,
    );
    for (const unit of file.units) out.push(...writeUnit(unit));
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

function writeUnit(unit: XliffUnit): string[] {
  const data = new DataTable();
  /** Code ids are unique in the whole unit. */
  const counter = { next: 1 };
  const body: string[] = [];
  for (const part of unit.parts) {
    if (part.kind === 'ignorable') {
      body.push(`      <ignorable><source>${escapeText(part.text)}</source></ignorable>`);
      continue;
    }
    const codes = new CodeIds(counter);
    const source = inlineXml(part.source, codes.forSource(), data);
    const target = part.target === undefined ? undefined : inlineXml(part.target, codes.forTarget(), data);
    const state = part.subState
      ? ` state="${part.state}" subState="${escapeAttribute(part.subState)}"`
      : ` state="${part.state}"`;
    body.push(
      `      <segment id="${part.id}"${state}>`,
      `        <source>${source}</source>`,
      ...(target === undefined ? [] : [`        <target>${target}</target>`]),
      '      </segment>',
    );
  }
  const head = [`    <unit id="${escapeAttribute(unit.id)}"${unit.translate ? '' : ' translate="no"'}>`];
  if (unit.notes.length > 0) {
    head.push('      <notes>');
    for (const note of unit.notes) {
      head.push(`        <note category="${escapeAttribute(note.category)}">${escapeText(note.text)}</note>`);
    }
    head.push('      </notes>');
  }
  if (data.entries.length > 0) {
    head.push('      <originalData>');
    for (const [id, text] of data.entries) head.push(`        <data id="${id}">${escapeText(text)}</data>`);
    head.push('      </originalData>');
  }
  return [...head, ...body, '    </unit>'];
}

/** The unit's `<originalData>`: each distinct piece of markup once, as d1, d2… */
class DataTable {
  readonly entries: [string, string][] = [];
  private readonly ids = new Map<string, string>();

  id(text: string): string {
    let id = this.ids.get(text);
    if (!id) {
      id = `d${this.entries.length + 1}`;
      this.ids.set(text, id);
      this.entries.push([id, text]);
    }
    return id;
  }
}

/**
 * Code ids of one segment: c1, c2… in the source; a target code takes the id of the first unused source code
 * with the same markup, so CAT tools pair them, and a new id otherwise.
 */
class CodeIds {
  constructor(private readonly counter: { next: number }) {}

  private readonly sourceCodes: { key: string; id: string; used: boolean }[] = [];

  forSource(): (key: string) => string {
    return (key) => {
      const id = `c${this.counter.next++}`;
      this.sourceCodes.push({ key, id, used: false });
      return id;
    };
  }

  forTarget(): (key: string) => string {
    return (key) => {
      const match = this.sourceCodes.find((c) => !c.used && c.key === key);
      if (match) {
        match.used = true;
        return match.id;
      }
      return `c${this.counter.next++}`;
    };
  }
}

function inlineXml(nodes: readonly Inline[], codeId: (key: string) => string, data: DataTable): string {
  return nodes
    .map((n) => {
      if (n.kind === 'text') return escapeText(n.text);
      if (n.kind === 'ph') {
        const ref = data.id(n.data);
        return `<ph id="${codeId(`ph:${n.data}`)}" dataRef="${ref}" disp="${escapeAttribute(n.data)}"/>`;
      }
      const start = data.id(n.start);
      const end = data.id(n.end);
      const id = codeId(`pc:${n.start}\u0000${n.end}`);
      const type = n.start.endsWith('[') ? (n.start === '![' ? 'image' : 'link') : 'fmt';
      return (
        `<pc id="${id}" type="${type}" dataRefStart="${start}" dataRefEnd="${end}">` +
        `${inlineXml(n.children, codeId, data)}</pc>`
      );
    })
    .join('');
}
