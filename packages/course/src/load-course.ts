import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CourseModel } from './course-model.ts';
import type { CourseSource } from './course-source.ts';
import { buildModel } from './build-model.ts';
import { checkCourse } from './check-course.ts';
import { CourseFileChecker } from './check-files.ts';
import { DiagnosticCode, type Diagnostic } from './diagnostic.ts';
import { DiagnosticCollector } from './diagnostic-collector.ts';
import { hashAssets } from './hash-assets.ts';
import { MAX_TEXT_FILE_BYTES, readTextFile } from './read-text-file.ts';
import { positionInText } from './text-position.ts';
import { validateSchema } from './validate-schema.ts';
import { parseYamlDocument } from './yaml-document.ts';

export type LoadResult =
  | { ok: true; model: CourseModel; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; warnings: Diagnostic[] };

/**
 * How diagnostics show file paths: relative to `cwd` when under it; elsewhere relative to the course folder's
 * parent, or absolute with `absoluteOutsideCwd` (what a command line prints).
 */
export interface LoadDisplay {
  /** The caller's current folder (a command line's); default the course folder's parent. */
  cwd?: string;
  absoluteOutsideCwd?: boolean;
}

/** `file` relative to the caller's folder when under it; elsewhere absolute, or relative to the course's parent. */
function shownPath(file: string, courseDir: string, display: LoadDisplay): string {
  const fromCwd = relative(display.cwd ?? dirname(courseDir), file);
  if (fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd)) return fromCwd;
  if (display.absoluteOutsideCwd) return file;
  return relative(dirname(courseDir), file) || file;
}

const byPosition = (a: Diagnostic, b: Diagnostic) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col;

function sortedDiagnostics(out: DiagnosticCollector): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  return {
    errors: out.diagnostics.filter((d) => d.severity === 'error').sort(byPosition),
    warnings: out.diagnostics.filter((d) => d.severity === 'warning').sort(byPosition),
  };
}

function result(out: DiagnosticCollector, model?: CourseModel): LoadResult {
  const { errors, warnings } = sortedDiagnostics(out);
  return model && errors.length === 0
    ? { ok: true, model, warnings }
    : { ok: false, diagnostics: errors, warnings };
}

/** What `dlis validate` needs: the problems, without the model. */
export type ValidateResult =
  { ok: true; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Load the course in `dir` (its course.yaml, Markdown files and images): parse, validate against the
 * schema, run the semantic and file checks, apply defaults. Never throws for a problem in the sources:
 * every problem found is returned at once, located at file:line:col.
 */
export async function loadCourse(dir: string, display: LoadDisplay = {}): Promise<LoadResult> {
  const checked = await checkSources(dir, display);
  if (!checked.sound || checked.out.hasErrors) return result(checked.out);
  const { source, courseDir, files } = checked.sound;
  const model = buildModel(source, {
    courseDir,
    markdown: files.markdown,
    assets: await hashAssets(files.assets),
    questionnaires: files.questionnaires,
  });
  return result(checked.out, model);
}

/**
 * The checks of loadCourse() alone, with the same diagnostics: no model is built (`dlis validate` does not
 * use it): no asset is hashed (every media file read through), no glossary sorted (the process's first
 * Intl.Collator, 12 ms to create).
 */
export async function validateCourse(dir: string, display: LoadDisplay = {}): Promise<ValidateResult> {
  const { out } = await checkSources(dir, display);
  const { errors, warnings } = sortedDiagnostics(out);
  return errors.length === 0 ? { ok: true, warnings } : { ok: false, diagnostics: errors, warnings };
}

/** A course whose sources were read and checked (`out` may still hold errors). */
interface SoundSources {
  source: CourseSource;
  courseDir: string;
  files: CourseFileChecker;
}

async function checkSources(
  dir: string,
  display: LoadDisplay,
): Promise<{ out: DiagnosticCollector; sound?: SoundSources }> {
  const courseDir = resolve(dir);
  const courseFile = join(courseDir, 'course.yaml');
  const out = new DiagnosticCollector(courseFile, (file) => shownPath(file, courseDir, display));
  const at1 = { line: 1, col: 1 };
  const read = await readTextFile(courseFile);
  if (!read.ok) {
    const report = (code: Diagnostic['code'], message: string, hint?: string, position = at1) =>
      out.inFile('error', courseFile, position, '(root)', { code, message, hint });
    if (read.problem === 'missing' || read.problem === 'not-a-file') {
      const yml = await stat(join(courseDir, 'course.yml')).catch(() => undefined);
      report(
        DiagnosticCode.noCourseFile,
        `no course.yaml in ${out.display(courseDir) || '.'}.`,
        yml?.isFile()
          ? 'The folder has a course.yml: rename it course.yaml (with an "a").'
          : 'Give the folder of a course (it holds course.yaml), or create one with `dlis new`.',
      );
    } else if (read.problem === 'empty') {
      report(DiagnosticCode.emptyFile, 'course.yaml is empty.', 'Start from a template: `dlis new <dir>`.');
    } else if (read.problem === 'too-large') {
      report(
        DiagnosticCode.fileTooLarge,
        `course.yaml is larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MiB.`,
      );
    } else if (read.problem === 'binary') {
      report(
        DiagnosticCode.binaryFile,
        `course.yaml is not a text file (${read.reason} here).`,
        'Save it as plain text in UTF-8.',
        positionInText(read.text, read.offset),
      );
    }
    return { out };
  }

  let realCourseDir = courseDir;
  try {
    realCourseDir = await realpath(courseDir);
  } catch {
    // course.yaml was read, so the folder exists; keep the lexical path
  }
  const fromFolder = relative(realCourseDir, await realpath(courseFile).catch(() => courseFile));
  if (fromFolder.startsWith('..') || isAbsolute(fromFolder)) {
    out.inFile('error', courseFile, at1, '(root)', {
      code: DiagnosticCode.symlinkEscape,
      message: 'course.yaml is a symbolic link to a file outside the course folder.',
      hint: 'Replace the link by a copy of the file.',
    });
    return { out };
  }

  const doc = parseYamlDocument(read.text);
  out.doc = doc;
  for (const e of doc.errors) {
    out.inFile('error', courseFile, e.position, '(yaml)', {
      code: DiagnosticCode.yamlSyntax,
      message: e.message,
      hint: /alias/i.test(e.message)
        ? 'Write the texts out instead of repeating anchors (*name) so many times.'
        : /nested more than/.test(e.message)
          ? 'Close the brackets [ ] and braces { } you opened, or write lists one item a line.'
          : 'Check the indentation and the quotes around texts containing ":" or "#".',
    });
  }
  if (doc.errors.length > 0) return { out };
  if (doc.data === null || doc.data === undefined) {
    out.inFile('error', courseFile, at1, '(root)', {
      code: DiagnosticCode.emptyFile,
      message: 'course.yaml is empty.',
    });
    return { out };
  }

  for (const p of validateSchema(doc.data, (path) => doc.sourceText(path)))
    out.inYaml('error', p.path, p.at, p);
  const files = new CourseFileChecker(out, courseDir, realCourseDir);
  await checkCourse(doc.data, out, files);
  return { out, sound: { source: doc.data as CourseSource, courseDir, files } };
}
