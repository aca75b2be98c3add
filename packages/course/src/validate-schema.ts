import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { closestMatch } from './closest-match.ts';
import { courseValidator } from './schema-validators.ts';
import { DiagnosticCode } from './diagnostic.ts';
import { questionKinds } from './kinds/question-kinds.ts';
import type { SourcePath } from './yaml-document.ts';

/** A schema problem, located by path; the loader turns it into a Diagnostic with a file position. */
export interface SchemaProblem {
  path: SourcePath;
  /** Point at the key at `path` (unknown keys, keys not allowed) instead of its value. */
  at: 'value' | 'key';
  code: DiagnosticCode;
  message: string;
  hint?: string;
}

/**
 * The keys only some question kinds take (the schema forbids them elsewhere), for hints: kinds with the same keys
 * share an entry (`single-choice / multiple-choice`). From each kind's `ownKeys` (kinds/<kind>/).
 */
const keysOfKind: Record<string, readonly string[]> = (() => {
  const groups = new Map<string, { kinds: string[]; keys: readonly string[] }>();
  for (const [kind, module] of Object.entries(questionKinds)) {
    const group = groups.get(module.ownKeys.join());
    if (group) group.kinds.push(kind);
    else groups.set(module.ownKeys.join(), { kinds: [kind], keys: module.ownKeys });
  }
  return Object.fromEntries([...groups.values()].map((g) => [g.kinds.join(' / '), g.keys]));
})();

export { questionnaireValidator } from './schema-validators.ts';

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : 'infinity';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

const typeWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a map (key: value lines)',
  array: 'a list (lines starting with "- ")',
};

function describe(schema: unknown): string | undefined {
  const d = (schema as { description?: unknown } | undefined)?.description;
  return typeof d === 'string' ? d : undefined;
}

/** A key without value inside a `{ … }` map: most likely the end of a text cut by a comma. */
function brokenByComma(
  path: SourcePath,
  data: unknown,
  sourceText: (path: SourcePath) => string | undefined,
): boolean {
  return data === null && path.length > 0 && (sourceText(path.slice(0, -1))?.startsWith('{') ?? false);
}

/** How many alternatives an `anyOf` schema offers (fixed values and other shapes). */
function anyOfCount(schema: unknown): number {
  return ((schema as { anyOf?: unknown[] } | undefined)?.anyOf ?? []).length;
}

/** One ajv error → one problem, or undefined for errors that only repeat another one. */
function toProblem(
  e: ErrorObject,
  sourceText: (path: SourcePath) => string | undefined,
): SchemaProblem | undefined {
  const path = pointerToPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined; // the failing `then` / name pattern is reported on its own
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const suggestion = closestMatch(key, allowed);
      return {
        path: [...path, key],
        at: 'key',
        code: DiagnosticCode.unknownKey,
        message: `unknown key '${key}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        hint: `Allowed keys here: ${allowed.join(', ')}.`,
      };
    }
    case 'false schema': {
      const key = String(path[path.length - 1]);
      const kinds = Object.entries(keysOfKind)
        .filter(([, keys]) => keys.includes(key))
        .map(([kind]) => kind);
      return {
        path,
        at: 'key',
        code: DiagnosticCode.notAllowed,
        message: `key '${key}' is not allowed here.`,
        hint:
          key === 'choices'
            ? 'A true-false question has no choices: give its `answer: true` or `answer: false`. Other kinds: ' +
              'see docs/course-format.md.'
            : kinds.length > 0
              ? `\`${key}\` is for ${kinds.join(' and ')} questions.`
              : undefined,
      };
    }
    case 'required':
      return {
        path,
        at: 'value',
        code: DiagnosticCode.missingKey,
        message: `missing required key '${String(params.missingProperty)}'.`,
        hint: describe(
          (e.parentSchema as { properties?: Record<string, unknown> }).properties?.[
            String(params.missingProperty)
          ],
        ),
      };
    case 'type': {
      const expected = String(params.type);
      const quote = expected === 'string' && (typeof e.data === 'number' || typeof e.data === 'boolean');
      return {
        path,
        at: 'value',
        code: DiagnosticCode.wrongType,
        message: `must be ${typeWords[expected] ?? expected}, not ${typeName(e.data)}.`,
        hint: quote
          ? `Write it in quotes: "${sourceText(path) ?? String(e.data)}".`
          : brokenByComma(path, e.data, sourceText)
            ? "A comma inside { … } starts a new entry: put a text that holds a comma in quotes, e.g. en: 'Scan, then delete'."
            : undefined,
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? params.allowedValues : [params.allowedValue]) as unknown[];
      const suggestion = typeof e.data === 'string' ? closestMatch(e.data, allowed.map(String)) : undefined;
      return {
        path,
        at: 'value',
        code: DiagnosticCode.invalidValue,
        message: `${JSON.stringify(e.data)} is not allowed.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        hint: `Allowed values: ${allowed.map(String).join(', ')}.`,
      };
    }
    case 'pattern':
    case 'maxLength': {
      const name = e.propertyName;
      return {
        path: name === undefined ? path : [...path, name],
        at: name === undefined ? 'value' : 'key',
        code: DiagnosticCode.invalidValue,
        message: `${JSON.stringify(name ?? e.data)} is not a valid ${name === undefined ? 'value' : 'key'} here.`,
        hint: describe(e.parentSchema),
      };
    }
    case 'minLength':
      return { path, at: 'value', code: DiagnosticCode.invalidValue, message: 'must not be empty.' };
    case 'anyOf': {
      const schema = e.parentSchema as { title?: string; description?: string } | undefined;
      const enums = ((schema as { anyOf?: { enum?: unknown[] }[] } | undefined)?.anyOf ?? []).flatMap(
        (a) => a.enum ?? [],
      );
      const suggestion = typeof e.data === 'string' ? closestMatch(e.data, enums.map(String)) : undefined;
      return {
        path,
        at: 'value',
        code: DiagnosticCode.invalidValue,
        message: `${typeof e.data === 'object' && e.data !== null ? 'this value' : JSON.stringify(e.data)} is not allowed here.${suggestion ? ` Did you mean '${suggestion}'?` : ''}${enums.length > 0 ? ` Allowed: ${enums.map(String).join(', ')}${enums.length < anyOfCount(schema) ? ', or a map' : ''}.` : ''}`,
        hint: describe(schema) ?? schema?.title,
      };
    }
    case 'minItems':
      return {
        path,
        at: 'value',
        code: DiagnosticCode.invalidValue,
        message: `must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`,
      };
    case 'minProperties':
      return { path, at: 'value', code: DiagnosticCode.invalidValue, message: 'must not be empty.' };
    case 'uniqueItems':
      return {
        path: [...path, Number(params.i)],
        at: 'value',
        code: DiagnosticCode.invalidValue,
        message: `is listed twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).`,
      };
    default:
      return { path, at: 'value', code: DiagnosticCode.invalidValue, message: `${e.message ?? e.keyword}.` };
  }
}

/**
 * Check data against the course schema (or another schema of the course folder, e.g. the questionnaire
 * file's); every problem at once. `sourceText` gives the text of a value as written, for hints
 * (`version: 1.0` is the number 1: the hint quotes `1.0`).
 */
export function validateSchema(
  data: unknown,
  sourceText: (path: SourcePath) => string | undefined = () => undefined,
  validate: ValidateFunction = courseValidator(),
): SchemaProblem[] {
  if (validate(data)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const errors = validate.errors ?? [];
  // An `anyOf` ("a file or a map of files") is reported once, not once per alternative that failed: ajv
  // lists the alternatives' errors, at or under the same value, just before the anyOf error.
  const hidden = new Set<ErrorObject>();
  for (const [k, e] of errors.entries()) {
    if (e.keyword !== 'anyOf') continue;
    for (const before of errors.slice(0, k)) {
      const p = before.instancePath;
      if (p === e.instancePath || p.startsWith(`${e.instancePath}/`)) hidden.add(before);
    }
  }
  for (const e of errors) {
    if (hidden.has(e)) continue;
    const problem = toProblem(e, sourceText);
    if (!problem) continue;
    const key = `${problem.path.join('/')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem.hint === undefined ? (({ hint: _, ...p }) => p)(problem) : problem);
  }
  return problems;
}
