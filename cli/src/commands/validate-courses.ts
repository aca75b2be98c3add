import { resolve } from 'node:path';
import { formatDiagnostic, validateCourse, type Diagnostic } from '@dlis/course';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

/** `dlis validate`: load every course, print every problem of every course, exit 1 if any. */
export async function validateCourses(
  dirs: string[],
  options: { json?: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const results: { dir: string; diagnostics: Diagnostic[]; warnings: Diagnostic[] }[] = [];
  for (const dir of dirs) {
    // Paths a terminal or editor opens: relative under the current folder, absolute elsewhere.
    const result = await validateCourse(resolve(io.cwd, dir), {
      cwd: io.cwd,
      absoluteOutsideCwd: true,
    });
    results.push(
      result.ok
        ? { dir, diagnostics: [], warnings: result.warnings }
        : { dir, diagnostics: result.diagnostics, warnings: [] },
    );
  }
  const failed = results.filter((r) => r.diagnostics.length > 0);
  if (options.json) {
    io.out(JSON.stringify({ ok: failed.length === 0, courses: results }, null, 2));
  } else {
    for (const r of results) {
      for (const w of r.warnings) io.err(`warning: ${formatDiagnostic(w)}`);
      for (const d of r.diagnostics) io.err(formatDiagnostic(d));
      if (r.diagnostics.length === 0) io.out(`✓ ${r.dir}: valid`);
    }
    if (failed.length > 0) {
      const count = failed.reduce((n, r) => n + r.diagnostics.length, 0);
      io.err(
        `\n${count} problem${count === 1 ? '' : 's'} in ${failed.length} course${failed.length === 1 ? '' : 's'}.`,
      );
    }
  }
  return failed.length > 0 ? EXIT.diagnostics : EXIT.ok;
}
