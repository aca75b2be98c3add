import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ResolvedPath } from './course-files.ts';
import { DiagnosticCode } from './diagnostic.ts';

export type { ResolvedPath } from './course-files.ts';

function outside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Resolve `ref` (as written by the author, relative to `baseDir`) to an existing file inside the course
 * folder. Refuses absolute paths, `..` leading out of the folder, and symlinks whose target is outside
 * (compared with realpath, so a symlinked course folder itself is fine).
 */
export async function resolveCoursePath(
  courseDir: string,
  realCourseDir: string,
  baseDir: string,
  ref: string,
): Promise<ResolvedPath> {
  if (isAbsolute(ref) || /^[a-zA-Z]:[\\/]/.test(ref) || ref.startsWith('\\')) {
    return {
      ok: false,
      code: DiagnosticCode.absolutePath,
      message: `'${ref}' is an absolute path; files must be inside the course folder.`,
      hint: 'Copy the file into the course folder (e.g. assets/) and give its path relative to it.',
    };
  }
  if (ref.includes('\\')) {
    return {
      ok: false,
      code: DiagnosticCode.invalidValue,
      message: `'${ref}' uses '\\'; paths use '/' as separator.`,
      hint: `Write '${ref.replace(/\\/g, '/')}'.`,
    };
  }
  const path = resolve(baseDir, ref);
  if (outside(courseDir, path)) {
    return {
      ok: false,
      code: DiagnosticCode.pathEscape,
      message: `'${ref}' points outside the course folder.`,
      hint: 'A package only holds the course folder: copy the file into it (e.g. assets/).',
    };
  }
  try {
    const info = await stat(path);
    const real = await realpath(path);
    if (outside(realCourseDir, real)) {
      return {
        ok: false,
        code: DiagnosticCode.symlinkEscape,
        message: `'${ref}' is a symbolic link to a file outside the course folder.`,
        hint: 'Replace the link by a copy of the file.',
      };
    }
    if (!info.isFile()) {
      return { ok: false, code: DiagnosticCode.notAFile, message: `'${ref}' is not a file.` };
    }
  } catch {
    return { ok: false, code: DiagnosticCode.missingFile, message: `file '${ref}' not found.` };
  }
  return { ok: true, path };
}
