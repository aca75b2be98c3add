import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { PACKAGE_ERROR_CODES } from './errors.ts';

/** Where a key sits in the links file (1-based). */
interface Position {
  line: number;
  col: number;
}

/** A links file read and checked: each link, and where its resource id is written (for later diagnostics). */
export interface ResourceLinksFile {
  /** The file as shown in diagnostics (relative to the caller's current folder). */
  file: string;
  /** Resource id of the scoring model (`M1`) → link, in file order. */
  links: Record<string, string>;
  positions: Record<string, Position>;
}

/** A problem of the links file, located in it (the shape of a build diagnostic). */
export interface ResourceLinksProblem {
  file: string;
  line: number;
  col: number;
  /** The resource id concerned, or `(root)`. */
  path: string;
  code: (typeof PACKAGE_ERROR_CODES)['linksFile' | 'linksUnknownResource'];
  severity: 'error';
  message: string;
  hint?: string;
}

export type ResourceLinksResult =
  { ok: true; value: ResourceLinksFile } | { ok: false; problems: ResourceLinksProblem[] };

/** Same rules as a questionnaire block's `links` in course.schema.json: an id of the model, a web or relative link. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const LINK = /^(https?:\/\/[^\s]+|[^:\s]+)$/;
const SHAPE_HINT =
  'Write one line per resource, its id then its link: `M1: https://lms.example.org/course/m1` (YAML) or ' +
  '{"M1": "https://lms.example.org/course/m1"} (JSON).';

/**
 * Reads `dlis build --links FILE`: a YAML (or JSON, which is YAML) map from resource id of the questionnaire's
 * scoring model to a link, an `https://`/`http://` address or a path relative to the package. Every problem is
 * located in the file (`file:line:col`, the file relative to `cwd`, the caller's current folder); the ids are
 * checked against the courses later (checkResourceLinkIds).
 */
export async function loadResourceLinks(path: string, cwd: string): Promise<ResourceLinksResult> {
  const file = relative(cwd, path) || path;
  const problem = (
    at: Position,
    id: string,
    message: string,
    hint: string | undefined = SHAPE_HINT,
  ): ResourceLinksProblem => ({
    file,
    ...at,
    path: id,
    code: PACKAGE_ERROR_CODES.linksFile,
    severity: 'error',
    message,
    ...(hint ? { hint } : {}),
  });
  const start = { line: 1, col: 1 };

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      problems: [
        problem(start, '(root)', `cannot read the links file (${code}).`, 'Check the path given to --links.'),
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) =>
        problem(e.linePos?.[0] ?? lines.linePos(e.pos[0]), '(root)', e.message.split('\n')[0]!),
      ),
    };
  }
  if (!isMap(doc.contents)) {
    const at = doc.contents?.range ? lines.linePos(doc.contents.range[0]) : start;
    return {
      ok: false,
      problems: [problem(at, '(root)', 'the links file must be a map from resource id to link.')],
    };
  }
  const problems: ResourceLinksProblem[] = [];
  const links: Record<string, string> = {};
  const positions: Record<string, Position> = {};
  for (const pair of doc.contents.items) {
    const keyAt = isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]) : start;
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!ID.test(id)) {
      problems.push(problem(keyAt, '(root)', `'${id}' is not a resource id (M1, M4, …).`));
      continue;
    }
    const valueAt = isScalar(pair.value) && pair.value.range ? lines.linePos(pair.value.range[0]) : keyAt;
    const link = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof link !== 'string' || !LINK.test(link)) {
      problems.push(
        problem(
          valueAt,
          id,
          `the link of '${id}' must be an https:// (or http://) address or a path relative to the package, without spaces.`,
          'Examples: https://lms.example.org/course/view.php?id=12 or ../m1-course/.',
        ),
      );
      continue;
    }
    links[id] = link;
    positions[id] = keyAt;
  }
  if (problems.length === 0 && Object.keys(links).length === 0) {
    problems.push(problem(start, '(root)', 'the links file gives no link.'));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { file, links, positions } };
}

/**
 * The ids of `links` that none of `knownIds` (the resource ids of the built courses' questionnaires) has, as
 * located problems; a single problem when no built course has a questionnaire at all.
 */
export function checkResourceLinkIds(
  links: ResourceLinksFile,
  knownIds: ReadonlySet<string>,
): ResourceLinksProblem[] {
  const base = {
    file: links.file,
    severity: 'error',
    code: PACKAGE_ERROR_CODES.linksUnknownResource,
  } as const;
  if (knownIds.size === 0) {
    return [
      {
        ...base,
        line: 1,
        col: 1,
        path: '(root)',
        message: 'none of the courses built has a questionnaire block, so its links have nothing to link.',
        hint: 'Give --links only when building a course with a questionnaire (e.g. courses/agility-index).',
      },
    ];
  }
  const known = [...knownIds].sort();
  return Object.keys(links.links)
    .filter((id) => !knownIds.has(id))
    .map((id) => ({
      ...base,
      ...links.positions[id]!,
      path: id,
      message: `'${id}' is not a resource of the questionnaire's scoring model.${suggest(id, known)}`,
      hint: `Resources: ${known.join(', ')}.`,
    }));
}

/** ` Did you mean 'M1'?` when an id differs only in case or by surrounding spaces. */
function suggest(id: string, known: readonly string[]): string {
  const match = known.find((k) => k.toLowerCase() === id.trim().toLowerCase());
  return match ? ` Did you mean '${match}'?` : '';
}
