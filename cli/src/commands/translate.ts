import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { formatDiagnostic } from '@dlis/course';
import {
  exportCourse,
  importXliff,
  InvalidCourseError,
  TranslateError,
  translationStatus,
} from '@dlis/translate';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';
import { writeAtomically } from '../write-atomically.ts';

/** A path as the user can open it: relative to the current folder when inside it, absolute otherwise. */
function shown(io: CliIo, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Print a problem in the user's input (exit 1); anything else is a bug and goes up to runCli. */
function reportProblem(error: unknown, io: CliIo): ExitCode {
  if (error instanceof InvalidCourseError) {
    for (const d of error.diagnostics) io.err(formatDiagnostic(d));
    io.err(`\n${error.message}`);
    return EXIT.diagnostics;
  }
  if (error instanceof TranslateError) {
    const where = error.location
      ? `${shown(io, resolve(io.cwd, error.location.file))}:${error.location.line}:${error.location.col}: `
      : '';
    io.err(`${where}${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
    return EXIT.diagnostics;
  }
  throw error;
}

/** `dlis translate export <course-dir> --to <lang> [--out file]`. */
export async function translateExport(
  dir: string,
  options: { to: string; out?: string },
  io: CliIo,
): Promise<ExitCode> {
  try {
    const result = await exportCourse(resolve(io.cwd, dir), options.to, { cwd: io.cwd });
    const out = resolve(io.cwd, options.out ?? `${result.courseId}.${result.targetLanguage}.xlf`);
    try {
      await writeAtomically(out, result.xliff);
    } catch (error) {
      io.err(`error: cannot write ${shown(io, out)}: ${(error as Error).message}.`);
      return EXIT.diagnostics;
    }
    const todo = result.segments - result.done;
    io.out(
      `✓ ${shown(io, out)}: ${result.segments} segments ${result.sourceLanguage} → ${result.targetLanguage}, ` +
        `${result.done} already translated, ${todo} to translate` +
        (result.changed > 0
          ? ` (${result.changed} of them changed in the source since their translation)`
          : '') +
        '.',
    );
    return EXIT.ok;
  } catch (error) {
    return reportProblem(error, io);
  }
}

/** `dlis translate import <file.xlf> [--course <dir>]`. */
export async function translateImport(
  file: string,
  options: { course?: string },
  io: CliIo,
): Promise<ExitCode> {
  try {
    const report = await importXliff(resolve(io.cwd, file), resolve(io.cwd, options.course ?? '.'));
    const course = shown(io, report.courseDir);
    io.out(
      `✓ ${course}: ${report.language} imported, ${report.translated} of ${report.segments} segments translated` +
        (report.languageAdded ? `; '${report.language}' added to the course's languages` : '') +
        '. The course is valid.',
    );
    for (const w of report.written) io.out(`  wrote ${w}`);
    if (report.untranslated.length > 0) {
      io.out(
        `${report.untranslated.length} segment(s) not translated yet (the ${report.language} course shows the source text there):`,
      );
      for (const s of report.untranslated.slice(0, 20)) io.out(`  ${s.file} ${s.unit} ${s.segment}`);
      if (report.untranslated.length > 20) io.out(`  … and ${report.untranslated.length - 20} more`);
    }
    if (report.changed.length > 0) {
      io.out(
        `${report.changed.length} segment(s) of the XLIFF file changed in the course since the export (not imported: export again):`,
      );
      for (const s of report.changed) io.out(`  ${s.file} ${s.unit} ${s.segment}`);
    }
    return EXIT.ok;
  } catch (error) {
    return reportProblem(error, io);
  }
}

/** `dlis translate status <course-dir> [--json]`. */
export async function translateStatus(
  dir: string,
  options: { json?: boolean },
  io: CliIo,
): Promise<ExitCode> {
  try {
    const status = await translationStatus(resolve(io.cwd, dir));
    if (options.json) {
      io.out(JSON.stringify(status, null, 2));
      return EXIT.ok;
    }
    io.out(`${status.courseId} (source: ${status.sourceLanguage})`);
    for (const l of status.languages) {
      io.out(
        `  ${l.language.padEnd(6)} ${`${l.percent}%`.padStart(6)}  ${l.translated}/${l.segments} segments` +
          (l.changed > 0 ? `, ${l.changed} to review (source changed)` : '') +
          (l.tracked ? '' : ' (written by hand: not tracked by dlis translate)'),
      );
    }
    if (status.languages.length === 0)
      io.out('  no other language yet: dlis translate export <course-dir> --to el');
    return EXIT.ok;
  } catch (error) {
    return reportProblem(error, io);
  }
}

/**
 * `dlis translate add <lang> <course-dir>`: start a language. Writes the XLIFF file a translator fills
 * (`<course-dir>/translations/<course-id>.<lang>.xlf`, every text of the course, none translated) and prints
 * the steps that follow. Nothing of the course changes until the import: no text is invented meanwhile.
 */
export async function translateAdd(dir: string, lang: string, io: CliIo): Promise<ExitCode> {
  const courseDir = resolve(io.cwd, dir);
  let result;
  try {
    result = await exportCourse(courseDir, lang, { cwd: io.cwd });
  } catch (error) {
    return reportProblem(error, io);
  }
  if (result.done > 0) {
    io.err(
      `error: ${shown(io, courseDir)} already has ${result.done} text${result.done === 1 ? '' : 's'} in ${lang}. ` +
        `To go on translating it: npx dlis translate export ${dir} --to ${lang}`,
    );
    return EXIT.diagnostics;
  }
  const out = resolve(courseDir, 'translations', `${result.courseId}.${result.targetLanguage}.xlf`);
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeAtomically(out, result.xliff);
  } catch (error) {
    io.err(`error: cannot write ${shown(io, out)}: ${(error as Error).message}.`);
    return EXIT.diagnostics;
  }
  const file = shown(io, out);
  io.out(
    `✓ ${file}: ${result.segments} segments to translate, ${result.sourceLanguage} → ${result.targetLanguage}.\n` +
      '\nNext steps:\n' +
      `  1. Translate ${file} in a translation tool (OmegaT, Weblate, Trados, memoQ…).\n` +
      `  2. npx dlis translate import ${file} --course ${dir}\n` +
      `     (writes the ${lang} texts into the course and adds ${lang} to its languages)\n` +
      `  3. npx dlis translate status ${dir}\n` +
      `  4. npx dlis build ${dir} --lang ${lang} --target web`,
  );
  return EXIT.ok;
}
