import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { MAX_NESTING, yamlTooDeep } from './nesting-depth.ts';
import { positionInText } from './text-position.ts';

/** A path into course.yaml: keys and array indexes, e.g. `['modules', 0, 'pages']`. */
export type SourcePath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A parsed course.yaml that can tell where any value (or key) sits in the text. */
export interface YamlDocument {
  /** Plain JS value of the document (undefined when the document is empty). */
  data: unknown;
  errors: { message: string; position: Position }[];
  /**
   * Position of the value at `path`; of its key with `at: 'key'`. A missing path falls back to its nearest
   * existing ancestor (a missing property is reported at the map that lacks it).
   */
  locate(path: SourcePath, at?: 'value' | 'key'): Position;
  /** The text of the value at `path` as written in the file (e.g. `1.0` where the value is the number 1). */
  sourceText(path: SourcePath): string | undefined;
}

/** `modules[0].pages[2].blocks[1]`; `(root)` for the empty path. */
export function formatPath(path: SourcePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(root)';
}

function keyNode(
  parent: unknown,
  key: string | number,
): { range?: [number, number, number] | null } | undefined {
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
  return pair && isNode(pair.key) ? pair.key : undefined;
}

/** A document that could not be parsed at all: only its errors. */
function unparsed(message: string, position: Position): YamlDocument {
  return {
    data: undefined,
    errors: [{ message, position }],
    locate: () => position,
    sourceText: () => undefined,
  };
}

const tooDeepMessage = `nested more than ${MAX_NESTING} levels deep.`;

export function parseYamlDocument(written: string): YamlDocument {
  // Old Mac line endings (CR alone) are line breaks to people, not to YAML; same length, so offsets hold.
  const source = written.replace(/\r(?!\n)/g, '\n');
  // The parser recurses once per level: refuse deep nesting before it overflows the stack.
  const tooDeep = yamlTooDeep(source);
  if (tooDeep) return unparsed(tooDeepMessage, positionInText(source, tooDeep.offset));
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      // A key that is a list or map is reported as an unknown key; no Node warning on the console.
      logLevel: 'error',
    });
  } catch (error) {
    if (error instanceof RangeError) return unparsed(tooDeepMessage, { line: 1, col: 1 });
    throw error;
  }
  const position = (offset: number): Position => lineCounter.linePos(offset);
  const errors = doc.errors.map((e) => ({
    // The parser reports its own stack overflow (e.g. thousands of `- - -` on one line) as an error here.
    message: /call stack/i.test(e.message) ? tooDeepMessage : e.message.split('\n')[0]!,
    position: e.linePos?.[0] ?? position(e.pos[0]),
  }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // e.g. an alias expanding too much ("billion laughs"): report it like a syntax error
      const message = error instanceof RangeError ? tooDeepMessage : (error as Error).message;
      errors.push({ message, position: { line: 1, col: 1 } });
    }
  }
  return {
    data,
    errors,
    locate(path, at = 'value') {
      for (let n = path.length; n >= 0; n--) {
        const sub = path.slice(0, n);
        const node = n === 0 ? doc.contents : doc.getIn(sub, true);
        const exact = n === path.length;
        if (exact && n > 0 && (at === 'key' || !isNode(node))) {
          const parent = n === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
          const key = keyNode(parent, sub[n - 1]!);
          if (key?.range) return position(key.range[0]);
        }
        if (isNode(node) && node.range) return position(node.range[0]);
      }
      return { line: 1, col: 1 };
    },
    sourceText(path) {
      const node = doc.getIn(path, true);
      return isNode(node) && node.range ? source.slice(node.range[0], node.range[1]) : undefined;
    },
  };
}
