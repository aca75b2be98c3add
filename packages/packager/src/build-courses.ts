import { join, relative } from 'node:path';
import { compileCourse, loadCourse, type Diagnostic } from '@dlis/course';
import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import { ensurePlayerBuild } from '@dlis/player/build';
import { checkSuspendDataBudget } from './check-suspend-budget.ts';
import { PackageError, type PackageErrorCode } from './errors.ts';
import { packageCourse, type PackageReport } from './package-course.ts';
import type { PackageAsset } from './collect-content-files.ts';

export interface BuildCoursesInput {
  /** Course folders (each holds a course.yaml). */
  courseDirs: string[];
  targets: PackageTarget[];
  /** Build single-language packages in this language (it must be one of every course's languages). */
  lang?: string;
  /** Where the zips go; created only once there is something to write. */
  outDir: string;
}

/** A course diagnostic, or a packaging problem reported the same way (located at the course's course.yaml). */
export type BuildDiagnostic = Omit<Diagnostic, 'code'> & { code: Diagnostic['code'] | PackageErrorCode };

export type BuildResult =
  | { ok: true; packages: PackageReport[]; warnings: Diagnostic[] }
  | { ok: false; diagnostics: BuildDiagnostic[] };

interface ReadyCourse {
  dir: string;
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[] };
}

/**
 * `dlis build`: load every course, then compile and package each for every target into
 * `<outDir>/<course.id>-<target>.zip` (`<course.id>-<lang>-<target>.zip` with `lang`).
 * All or nothing for problems in the sources: if any course has a diagnostic (load errors, a `lang` the
 * course does not have, a SCORM 1.2 suspend-data budget exceeded), every diagnostic is returned and nothing is
 * written. The player is built (or taken from its cache) once. Failures while writing throw the packager's
 * typed errors; zips already written by then are complete.
 */
export async function buildCourses(input: BuildCoursesInput): Promise<BuildResult> {
  const { courseDirs, targets, lang, outDir } = input;
  const diagnostics: BuildDiagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const loaded = [];
  for (const dir of courseDirs) {
    const result = await loadCourse(dir);
    if (result.ok) {
      loaded.push({ dir, model: result.model });
      warnings.push(...result.warnings);
    } else {
      diagnostics.push(...result.diagnostics);
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const ready: ReadyCourse[] = [];
  for (const { dir, model } of loaded) {
    if (lang !== undefined && !model.languages.includes(lang)) {
      diagnostics.push(
        courseDiagnostic(dir, 'COURSE_E_UNKNOWN_LANGUAGE', 'languages', {
          message: `The course has no "${lang}" version (its languages are ${model.languages.join(', ')}).`,
          hint: `Build without --lang, or with one of: ${model.languages.join(', ')}.`,
        }),
      );
      continue;
    }
    const compiled = compileCourse(model, { languages: lang ? [lang] : undefined });
    if (targets.includes('scorm12')) {
      try {
        checkSuspendDataBudget(compiled.course, 'scorm12');
      } catch (error) {
        if (!(error instanceof PackageError)) throw error;
        diagnostics.push(courseDiagnostic(dir, error.code, '(root)', error));
        continue;
      }
    }
    ready.push({ dir, compiled });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const player = await ensurePlayerBuild();
  const packages: PackageReport[] = [];
  for (const { compiled } of ready) {
    for (const target of targets) {
      const name = [compiled.course.id, lang, target].filter(Boolean).join('-');
      packages.push(await packageCourse({ compiled, target, player, outFile: join(outDir, `${name}.zip`) }));
    }
  }
  return { ok: true, packages, warnings };
}

function courseDiagnostic(
  dir: string,
  code: BuildDiagnostic['code'],
  path: string,
  text: { message: string; hint?: string | undefined },
): BuildDiagnostic {
  const file = join(dir, 'course.yaml');
  return {
    file: relative(process.cwd(), file) || file,
    line: 1,
    col: 1,
    path,
    code,
    severity: 'error',
    message: text.message,
    ...(text.hint ? { hint: text.hint } : {}),
  };
}
