import { DlisError } from '@dlis/errors';

/**
 * The JSONPath subset xAPI Profiles allow in Statement Template rules (xAPI Profiles 1.0, "Statement Template
 * Rules"): `$`, children `.name` / `['name']`, indexes `[0]`, the wildcard `.*` / `[*]`, and unions of these
 * inside brackets (`['a','b']`, `[0,1]`). Filters and scripts are refused.
 */

type Selector = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

/** Thrown for a path outside the subset; `code` is permanent. */
export class JsonPathError extends DlisError<'XAPI_E_JSONPATH'> {
  // Spelled out: a minified bundle renames the class.
  override readonly name = 'JsonPathError';

  constructor(message: string) {
    super('XAPI_E_JSONPATH', message);
  }
}

/** Parses a path into steps; each step is a union of selectors. */
export function parseJsonPath(path: string): Selector[][] {
  if (!path.startsWith('$')) throw new JsonPathError(`JSONPath "${path}" must start with "$".`);
  const steps: Selector[][] = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^(\*|[A-Za-z_$][\w$-]*)/.exec(path.slice(i + 1));
      if (!m?.[1]) throw new JsonPathError(`JSONPath "${path}": expected a name after "." at ${i}.`);
      steps.push([m[1] === '*' ? { kind: 'wildcard' } : { kind: 'name', name: m[1] }]);
      i += 1 + m[1].length;
    } else if (c === '[') {
      const { union, end } = parseBracket(path, i + 1);
      steps.push(union);
      i = end;
    } else {
      throw new JsonPathError(
        `JSONPath "${path}": unexpected "${c}" at ${i}; use .name, ['name'], [0] or [*].`,
      );
    }
  }
  return steps;
}

function parseBracket(path: string, start: number): { union: Selector[]; end: number } {
  const union: Selector[] = [];
  let i = start;
  for (;;) {
    while (path[i] === ' ') i++;
    const c = path[i];
    if (c === "'" || c === '"') {
      const close = path.indexOf(c, i + 1);
      if (close < 0) throw new JsonPathError(`JSONPath "${path}": unterminated string at ${i}.`);
      union.push({ kind: 'name', name: path.slice(i + 1, close) });
      i = close + 1;
    } else if (c === '*') {
      union.push({ kind: 'wildcard' });
      i++;
    } else {
      const m = /^\d+/.exec(path.slice(i));
      if (!m)
        throw new JsonPathError(`JSONPath "${path}": only names, indexes and * are allowed in [] (at ${i}).`);
      union.push({ kind: 'index', index: Number(m[0]) });
      i += m[0].length;
    }
    while (path[i] === ' ') i++;
    if (path[i] === ',') {
      i++;
      continue;
    }
    if (path[i] === ']') return { union, end: i + 1 };
    throw new JsonPathError(`JSONPath "${path}": expected "," or "]" at ${i}.`);
  }
}

/** Every value the path finds in `root`, in document order; nothing for absent properties. */
export function evaluateJsonPath(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const union of parseJsonPath(path)) {
    const next: unknown[] = [];
    for (const node of current) {
      for (const sel of union) next.push(...select(node, sel));
    }
    current = next;
  }
  return current;
}

function select(node: unknown, sel: Selector): unknown[] {
  if (node === null || typeof node !== 'object') return [];
  if (sel.kind === 'wildcard') return Array.isArray(node) ? [...node] : Object.values(node);
  if (sel.kind === 'index') return Array.isArray(node) && sel.index < node.length ? [node[sel.index]] : [];
  if (Array.isArray(node) || !Object.hasOwn(node, sel.name)) return [];
  return [(node as Record<string, unknown>)[sel.name]];
}
