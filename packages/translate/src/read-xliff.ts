import type { Inline } from './inline-codes.ts';
import { TranslateError } from './translate-error.ts';
import { isElement, readXml, XmlSyntaxError, type XmlElement, type XmlNode } from './xml-reader.ts';
import {
  SEGMENT_STATES,
  XLIFF_NAMESPACE,
  type SegmentState,
  type XliffDocument,
  type XliffFile,
  type XliffPart,
  type XliffUnit,
} from './xliff-model.ts';

/**
 * Read an XLIFF 2.x document (as written by `writeXliff` and returned by a CAT tool). Groups are flattened;
 * inline codes are turned back into their markup from the unit's `<originalData>`. Every problem is a
 * TranslateError located at `file:line:col`.
 */
export function readXliff(text: string, fileName: string): XliffDocument {
  const at = (position: { line: number; col: number }) => ({ file: fileName, ...position });
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new TranslateError(`not well-formed XML: ${error.message}`, at(error.position));
    }
    throw error;
  }
  const fail = (message: string, element: XmlElement): never => {
    throw new TranslateError(message, at(element.position));
  };
  if (root.name !== 'xliff' || root.attributes.xmlns !== XLIFF_NAMESPACE) {
    fail(`not an XLIFF 2 file: the root must be <xliff xmlns="${XLIFF_NAMESPACE}">`, root);
  }
  const version = root.attributes.version ?? '';
  if (!/^2\.\d$/.test(version)) fail(`XLIFF version '${version}' is not supported (2.0, 2.1 or 2.2)`, root);
  const srcLang = root.attributes.srcLang;
  const trgLang = root.attributes.trgLang;
  if (!srcLang) return fail('<xliff> has no srcLang', root);
  if (!trgLang) return fail('<xliff> has no trgLang: which language does this file translate to?', root);
  const courseId = root.attributes['dlis:course'] ?? '';
  const files: XliffFile[] = [];
  for (const file of children(root, 'file')) {
    const id = file.attributes.id;
    if (!id) return fail('<file> has no id', file);
    const units: XliffUnit[] = [];
    collectUnits(file, units, fail);
    files.push({ id, original: file.attributes.original ?? id, units, position: file.position });
  }
  return { srcLang, trgLang, courseId, files };
}

function children(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

function collectUnits(
  container: XmlElement,
  units: XliffUnit[],
  fail: (message: string, element: XmlElement) => never,
): void {
  for (const child of children(container)) {
    if (child.name === 'group') collectUnits(child, units, fail);
    if (child.name !== 'unit') continue;
    const id = child.attributes.id;
    if (!id) return fail('<unit> has no id', child);
    const data = new Map<string, string>();
    for (const original of children(child, 'originalData')) {
      for (const d of children(original, 'data')) {
        if (d.attributes.id) data.set(d.attributes.id, textOf(d));
      }
    }
    const notes = children(child, 'notes').flatMap((n) =>
      children(n, 'note').map((note) => ({ category: note.attributes.category ?? '', text: textOf(note) })),
    );
    const parts: XliffPart[] = [];
    for (const part of children(child)) {
      if (part.name !== 'segment' && part.name !== 'ignorable') continue;
      const source = children(part, 'source')[0];
      if (!source) return fail(`<${part.name}> has no <source>`, part);
      const target = children(part, 'target')[0];
      if (part.name === 'ignorable') {
        parts.push({ kind: 'ignorable', text: textOf(source) });
        continue;
      }
      const state = part.attributes.state ?? 'initial';
      if (!(SEGMENT_STATES as readonly string[]).includes(state)) {
        fail(`segment state '${state}' is not one of ${SEGMENT_STATES.join(', ')}`, part);
      }
      parts.push({
        kind: 'segment',
        id: part.attributes.id ?? '',
        state: state as SegmentState,
        ...(part.attributes.subState ? { subState: part.attributes.subState } : {}),
        source: inline(source, data, fail),
        ...(target ? { target: inline(target, data, fail) } : {}),
        position: part.position,
      });
    }
    units.push({
      id,
      translate: child.attributes.translate !== 'no',
      notes,
      parts,
      position: child.position,
    });
  }
}

function textOf(element: XmlElement): string {
  return element.children
    .map((c) =>
      isElement(c)
        ? c.name === 'cp'
          ? String.fromCodePoint(parseInt(c.attributes.hex ?? '0', 16))
          : textOf(c)
        : c.text,
    )
    .join('');
}

/** Inline content of a `<source>` or `<target>`, codes replaced by their original markup. */
function inline(
  element: XmlElement,
  data: Map<string, string>,
  fail: (message: string, element: XmlElement) => never,
): Inline[] {
  const ref = (code: XmlElement, attribute: string): string => {
    const id = code.attributes[attribute];
    const value = id === undefined ? undefined : data.get(id);
    if (value === undefined) {
      return fail(
        `<${code.name} id="${code.attributes.id ?? ''}"> refers to ${attribute}="${id ?? ''}", which is not in the unit's <originalData>`,
        code,
      );
    }
    return value;
  };
  const nodes: Inline[] = [];
  const pushText = (text: string) => {
    const last = nodes.at(-1);
    if (last?.kind === 'text') last.text += text;
    else if (text) nodes.push({ kind: 'text', text });
  };
  for (const child of element.children as XmlNode[]) {
    if (!isElement(child)) {
      pushText(child.text);
      continue;
    }
    switch (child.name) {
      case 'cp':
        pushText(String.fromCodePoint(parseInt(child.attributes.hex ?? '0', 16)));
        break;
      case 'ph':
      case 'sc':
      case 'ec':
        nodes.push({ kind: 'ph', data: ref(child, 'dataRef') });
        break;
      case 'pc':
        nodes.push({
          kind: 'pc',
          start: ref(child, 'dataRefStart'),
          end: ref(child, 'dataRefEnd'),
          children: inline(child, data, fail),
        });
        break;
      case 'mrk':
        for (const n of inline(child, data, fail)) {
          if (n.kind === 'text') pushText(n.text);
          else nodes.push(n);
        }
        break;
      case 'sm':
      case 'em':
        break;
      default:
        fail(`<${child.name}> is not an XLIFF inline element`, child);
    }
  }
  return nodes;
}
