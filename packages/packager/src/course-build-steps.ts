// The steps of `dlis build` for one course, shared by buildCourses (in this thread) and
// buildCoursesInParallel (worker threads): both give the same diagnostics in the same order.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  compileCourse,
  loadCourse,
  type CourseModel,
  type CourseTracking,
  type Diagnostic,
} from '@dlis/course';
import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import type { PlayerBuild } from './player-build.ts';
import { checkSuspendDataBudget } from './check-suspend-budget.ts';
import { EmbeddedKeyWithoutEndpointError, PackageError, type PackageErrorCode } from './errors.ts';
import { packageCourse, type PackageReport } from './package-course.ts';
import type { PackageAsset } from './collect-content-files.ts';
import type { XapiBuildOptions } from './payload-xapi.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { withResponsiveImages } from './responsive-images.ts';

/** A course diagnostic, or a packaging problem reported the same way (located at the course's course.yaml). */
export type BuildDiagnostic = Omit<Diagnostic, 'code'> & { code: Diagnostic['code'] | PackageErrorCode };

/** What every course of one build is built with (BuildCoursesInput without the course list). */
export interface CourseBuildOptions {
  /** The caller's current folder (the CLI's): file paths in diagnostics are shown relative to it when under it. */
  cwd: string;
  targets: PackageTarget[];
  lang?: string;
  outDir: string;
  xapi?: XapiBuildOptions;
  demo?: boolean;
}

export interface ReadyCourse {
  dir: string;
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[]; tracking: CourseTracking };
}

/** Step 1: load the course and, outside a demo build, look for institution placeholders left in its texts. */
export async function checkCourseSources(
  dir: string,
  options: Pick<CourseBuildOptions, 'demo' | 'cwd'>,
): Promise<{ model?: CourseModel; warnings: Diagnostic[]; diagnostics: BuildDiagnostic[] }> {
  const result = await loadCourse(dir, { cwd: options.cwd, absoluteOutsideCwd: true });
  if (!result.ok) return { warnings: [], diagnostics: result.diagnostics };
  const diagnostics = options.demo ? [] : await checkPlaceholders(dir, options.cwd);
  return { model: result.model, warnings: result.warnings, diagnostics };
}

/**
 * Step 3 (after the checks across courses): the course in `lang`, compiled with its resource links, checked
 * against the SCORM 1.2 suspend-data budget and for a key to embed without an LRS.
 */
export async function prepareCourse(
  dir: string,
  model: CourseModel,
  options: CourseBuildOptions,
  links: Readonly<Record<string, string>> | undefined,
): Promise<{ ready?: ReadyCourse; diagnostics: BuildDiagnostic[] }> {
  const { lang, targets, xapi } = options;
  if (lang !== undefined && !model.languages.includes(lang)) {
    const diagnostic = courseDiagnostic(
      dir,
      options.cwd,
      'COURSE_E_UNKNOWN_LANGUAGE',
      'languages',
      {
        message: `--lang ${lang}: the course has no "${lang}" version (its languages are ${model.languages.join(', ')}).`,
        hint: `Build without --lang, or with one of: ${model.languages.join(', ')}.`,
      },
      await keyLine(dir, 'languages'),
    );
    return { diagnostics: [diagnostic] };
  }
  const ids = resourceIds(model);
  const resourceLinks =
    links && ids.length > 0
      ? Object.fromEntries(Object.entries(links).filter(([id]) => ids.includes(id)))
      : undefined;
  const compiled = compileCourse(model, {
    languages: lang ? [lang] : undefined,
    ...(resourceLinks ? { resourceLinks } : {}),
  });
  if (targets.includes('scorm12')) {
    try {
      checkSuspendDataBudget(compiled.course, 'scorm12');
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      return { diagnostics: [courseDiagnostic(dir, options.cwd, error.code, '(root)', error)] };
    }
  }
  const endpoint = xapi?.endpoint ?? compiled.tracking.endpoint;
  if (xapi?.embedKey && endpoint === undefined && targets.some(isKeyTarget)) {
    const error = new EmbeddedKeyWithoutEndpointError();
    return { diagnostics: [courseDiagnostic(dir, options.cwd, error.code, 'tracking', error)] };
  }
  try {
    // Once per course, not per target: every package of the course ships the same resized copies.
    return { ready: { dir, compiled: await withResponsiveImages(compiled) }, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    return { diagnostics: [courseDiagnostic(dir, options.cwd, error.code, '(root)', error)] };
  }
}

/** Packages written at once: overlapping zipping with the XSD checks, and bounding the files held in memory. */
const CONCURRENT_PACKAGES = 4;

/** One package done: its report and how long it took. */
export interface PackageDone {
  dir: string;
  report: PackageReport;
  ms: number;
}

/**
 * Step 4: `<outDir>/<course.id>[-<lang>]-<target>.zip` for every course and target, a few at a time (manifests
 * checked meanwhile share xmllint runs). Reports in course order, then target order. On a failure, the packages
 * under way are finished (each zip is whole or absent), then the first error is thrown.
 */
export async function packageCourses(
  ready: readonly ReadyCourse[],
  player: PlayerBuild,
  options: CourseBuildOptions,
  onPackage?: (done: PackageDone) => void,
): Promise<PackageReport[]> {
  const jobs = ready.flatMap(({ dir, compiled }) =>
    options.targets.map((target) => ({ dir, compiled, target })),
  );
  const reports: PackageReport[] = new Array(jobs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < jobs.length) {
      const index = next++;
      const { dir, compiled, target } = jobs[index]!;
      const name = [compiled.course.id, options.lang, target].filter(Boolean).join('-');
      const started = performance.now();
      try {
        const outFile = join(options.outDir, `${name}.zip`);
        const report = await packageCourse({
          compiled,
          target,
          player,
          outFile,
          ...(options.xapi ? { xapi: options.xapi } : {}),
        });
        reports[index] = report;
        onPackage?.({ dir, report, ms: performance.now() - started });
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_PACKAGES, jobs.length) }, lane));
  if (failure) throw failure.error;
  return reports;
}

/** Two courses with one id would write the same zips, the second over the first: refused, naming both. */
export function sameIdProblems(
  loaded: readonly { dir: string; id: string }[],
  cwd: string,
): BuildDiagnostic[] {
  const firstDir = new Map<string, string>();
  const problems: BuildDiagnostic[] = [];
  for (const { dir, id } of loaded) {
    const first = firstDir.get(id);
    if (first === undefined) {
      firstDir.set(id, dir);
      continue;
    }
    problems.push(
      courseDiagnostic(dir, cwd, 'COURSE_E_DUPLICATE_ID', 'id', {
        message:
          resolve(first) === resolve(dir)
            ? `the course ${shownPath(dir, cwd)} is given twice: its packages would be written twice.`
            : `courses ${shownPath(first, cwd)} and ${shownPath(dir, cwd)} both have the id "${id}": ` +
              'the packages of the second would overwrite those of the first.',
        hint:
          resolve(first) === resolve(dir)
            ? 'Give each course folder once.'
            : 'Give each course its own id (in course.yaml), or build them one at a time into different --out folders.',
      }),
    );
  }
  return problems;
}

/** The asset files of a course (images, media, fonts, downloads) with their sizes. */
export function courseAssets(model: CourseModel): { file: string; bytes: number }[] {
  return Object.values(model.assets).map((asset) => ({ file: asset.source, bytes: asset.bytes }));
}

/** The distinct asset files of the courses, largest first, at most 10, paths as a terminal opens them. */
export function largestAssets(
  assets: readonly { file: string; bytes: number }[],
  cwd: string,
): { file: string; bytes: number }[] {
  const bytes = new Map<string, number>();
  for (const asset of assets) bytes.set(asset.file, asset.bytes);
  return [...bytes]
    .map(([file, size]) => ({ file: shownPath(file, cwd), bytes: size }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
    .slice(0, 10);
}

/** The ids a links file may give an address to: questionnaire resources and the course's own `links`. */
export function resourceIds(model: CourseModel): string[] {
  return [
    ...model.modules
      .flatMap((m) => m.pages)
      .flatMap((p) => p.blocks)
      .flatMap((b) => (b.type === 'questionnaire' ? b.definition.resources.map((r) => r.id) : [])),
    ...Object.keys(model.links),
  ];
}

/** Targets that can carry an embedded key (cmi5 and xapi launches bring their own credentials). */
function isKeyTarget(target: PackageTarget): boolean {
  return target === 'scorm12' || target === 'scorm2004' || target === 'web';
}

/** A path a terminal or editor opens: relative under the caller's current folder `cwd`, absolute elsewhere. */
function shownPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : resolve(path);
}

/** Line of a top-level key of the course's course.yaml (1 when not found): where a diagnostic points. */
async function keyLine(dir: string, key: string): Promise<number> {
  const text = await readFile(join(dir, 'course.yaml'), 'utf8').catch(() => '');
  const at = new RegExp(`^${key}\\s*:`, 'm').exec(text)?.index;
  return at === undefined ? 1 : text.slice(0, at).split(/\r\n?|\n/).length;
}

function courseDiagnostic(
  dir: string,
  cwd: string,
  code: BuildDiagnostic['code'],
  path: string,
  text: { message: string; hint?: string | undefined },
  line = 1,
): BuildDiagnostic {
  return {
    file: shownPath(join(dir, 'course.yaml'), cwd),
    line,
    col: 1,
    path,
    code,
    severity: 'error',
    message: text.message,
    ...(text.hint ? { hint: text.hint } : {}),
  };
}
