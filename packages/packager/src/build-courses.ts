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
import { ensurePlayerBuild } from '@dlis/player/build';
import { launchChromium } from './find-chromium.ts';
import type { PlayerBuild } from './player-build.ts';
import { renderCoursePdf, type PdfReport } from './render-course-pdf.ts';
import { checkSuspendDataBudget } from './check-suspend-budget.ts';
import { EmbeddedKeyWithoutEndpointError, PackageError, type PackageErrorCode } from './errors.ts';
import { packageCourse, type PackageReport } from './package-course.ts';
import type { PackageAsset } from './collect-content-files.ts';
import type { XapiBuildOptions } from './payload-xapi.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { checkResourceLinkIds, loadResourceLinks, type ResourceLinksFile } from './load-resource-links.ts';

export interface BuildCoursesInput {
  /** Course folders (each holds a course.yaml). */
  courseDirs: string[];
  targets: PackageTarget[];
  /** Build single-language packages in this language (it must be one of every course's languages). */
  lang?: string;
  /** Where the zips go; created only once there is something to write. */
  outDir: string;
  /** `--lrs` / `--embed-lrs-key`: hybrid xAPI reporting of SCORM and web packages (see payloadXapi). */
  xapi?: XapiBuildOptions;
  /**
   * `--links FILE`: per-deployment links of the questionnaire's recommended resources (YAML/JSON map
   * `M1: url`), winning over the `links` of course.yaml. Given to every built course that has a questionnaire;
   * an id that none of them has is a diagnostic located in the file.
   */
  linksFile?: string;
  /**
   * `--demo`: a demonstration build, which may keep institution placeholders in course texts
   * (`[TO BE COMPLETED BY THE INSTITUTION]`); without it each one is a located error (checkPlaceholders).
   */
  demo?: boolean;
  /**
   * `--target pdf`: also print each course, one A4 PDF per language (`<course.id>-<lang>.pdf`), with the
   * packages' renderer in headless Chromium (renderCoursePdf; launchChromium decides which Chromium).
   */
  pdf?: boolean;
}

/** A course diagnostic, or a packaging problem reported the same way (located at the course's course.yaml). */
export type BuildDiagnostic = Omit<Diagnostic, 'code'> & { code: Diagnostic['code'] | PackageErrorCode };

export type BuildResult =
  | {
      ok: true;
      packages: PackageReport[];
      pdfs: PdfReport[];
      warnings: Diagnostic[];
      /** The asset files of the built courses, largest first (for the size report). */
      largestAssets: { file: string; bytes: number }[];
    }
  | { ok: false; diagnostics: BuildDiagnostic[] };

interface ReadyCourse {
  dir: string;
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[]; tracking: CourseTracking };
}

/**
 * `dlis build`: load every course, then compile and package each for every target into
 * `<outDir>/<course.id>-<target>.zip` (`<course.id>-<lang>-<target>.zip` with `lang`).
 * All or nothing for problems in the sources: if any course has a diagnostic (load errors, an institution
 * placeholder left in a text outside a demo build, a `lang` the course does not have, a SCORM 1.2 suspend-data budget exceeded, a key to embed but no LRS, a bad `linksFile`),
 * every diagnostic is returned and nothing is
 * written. The player is built (or taken from its cache) once. Failures while writing throw the packager's
 * typed errors; zips already written by then are complete.
 */
export async function buildCourses(input: BuildCoursesInput): Promise<BuildResult> {
  const { courseDirs, targets, lang, outDir, xapi, linksFile, pdf } = input;
  const diagnostics: BuildDiagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let links: ResourceLinksFile | undefined;
  if (linksFile !== undefined) {
    const read = await loadResourceLinks(linksFile);
    if (read.ok) links = read.value;
    else diagnostics.push(...read.problems);
  }
  const loaded = [];
  for (const dir of courseDirs) {
    const result = await loadCourse(dir, { absoluteOutsideCwd: true });
    if (result.ok) {
      loaded.push({ dir, model: result.model });
      warnings.push(...result.warnings);
      if (!input.demo) diagnostics.push(...(await checkPlaceholders(dir)));
    } else {
      diagnostics.push(...result.diagnostics);
    }
  }
  diagnostics.push(...sameIdProblems(loaded));
  if (links !== undefined) {
    const known = new Set(loaded.flatMap(({ model }) => resourceIds(model)));
    diagnostics.push(...checkResourceLinkIds(links, known));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const ready: ReadyCourse[] = [];
  for (const { dir, model } of loaded) {
    if (lang !== undefined && !model.languages.includes(lang)) {
      diagnostics.push(
        courseDiagnostic(
          dir,
          'COURSE_E_UNKNOWN_LANGUAGE',
          'languages',
          {
            message: `--lang ${lang}: the course has no "${lang}" version (its languages are ${model.languages.join(', ')}).`,
            hint: `Build without --lang, or with one of: ${model.languages.join(', ')}.`,
          },
          await keyLine(dir, 'languages'),
        ),
      );
      continue;
    }
    const ids = resourceIds(model);
    const resourceLinks =
      links && ids.length > 0
        ? Object.fromEntries(Object.entries(links.links).filter(([id]) => ids.includes(id)))
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
        diagnostics.push(courseDiagnostic(dir, error.code, '(root)', error));
        continue;
      }
    }
    const endpoint = xapi?.endpoint ?? compiled.tracking.endpoint;
    if (xapi?.embedKey && endpoint === undefined && targets.some(isKeyTarget)) {
      const error = new EmbeddedKeyWithoutEndpointError();
      diagnostics.push(courseDiagnostic(dir, error.code, 'tracking', error));
      continue;
    }
    ready.push({ dir, compiled });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const player = await ensurePlayerBuild();
  const packages: PackageReport[] = [];
  for (const { compiled } of ready) {
    for (const target of targets) {
      const name = [compiled.course.id, lang, target].filter(Boolean).join('-');
      const outFile = join(outDir, `${name}.zip`);
      packages.push(await packageCourse({ compiled, target, player, outFile, ...(xapi ? { xapi } : {}) }));
    }
  }
  const pdfs = pdf ? await printCourses(ready, player, outDir, lang) : [];
  return { ok: true, packages, pdfs, warnings, largestAssets: largestAssets(loaded.map((l) => l.model)) };
}

/** One PDF per course and language (only `lang` when given), all printed by one Chromium. */
async function printCourses(
  ready: readonly ReadyCourse[],
  player: PlayerBuild,
  outDir: string,
  lang: string | undefined,
): Promise<PdfReport[]> {
  const browser = await launchChromium();
  try {
    const pdfs: PdfReport[] = [];
    for (const { compiled } of ready) {
      for (const language of lang ? [lang] : compiled.course.languages) {
        const outFile = join(outDir, `${compiled.course.id}-${language}.pdf`);
        pdfs.push(await renderCoursePdf({ compiled, language, player, browser, outFile }));
      }
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}

/** Two courses with one id would write the same zips, the second over the first: refused, naming both. */
function sameIdProblems(loaded: readonly { dir: string; model: CourseModel }[]): BuildDiagnostic[] {
  const firstDir = new Map<string, string>();
  const problems: BuildDiagnostic[] = [];
  for (const { dir, model } of loaded) {
    const first = firstDir.get(model.id);
    if (first === undefined) {
      firstDir.set(model.id, dir);
      continue;
    }
    problems.push(
      courseDiagnostic(dir, 'COURSE_E_DUPLICATE_ID', 'id', {
        message:
          resolve(first) === resolve(dir)
            ? `the course ${shownPath(dir)} is given twice: its packages would be written twice.`
            : `courses ${shownPath(first)} and ${shownPath(dir)} both have the id "${model.id}": ` +
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

/** The distinct asset files of the courses (images, media, fonts, downloads), largest first, at most 10. */
function largestAssets(models: readonly CourseModel[]): { file: string; bytes: number }[] {
  const bytes = new Map<string, number>();
  for (const model of models)
    for (const asset of Object.values(model.assets)) bytes.set(asset.source, asset.bytes);
  return [...bytes]
    .map(([file, size]) => ({ file: shownPath(file), bytes: size }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
    .slice(0, 10);
}

/** Resource ids of the scoring models of a course's questionnaire blocks (none without a questionnaire). */
/** The ids a links file may give an address to: questionnaire resources and the course's own `links`. */
function resourceIds(model: CourseModel): string[] {
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

/** A path a terminal or editor opens: relative under the current folder, absolute elsewhere. */
function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
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
  code: BuildDiagnostic['code'],
  path: string,
  text: { message: string; hint?: string | undefined },
  line = 1,
): BuildDiagnostic {
  return {
    file: shownPath(join(dir, 'course.yaml')),
    line,
    col: 1,
    path,
    code,
    severity: 'error',
    message: text.message,
    ...(text.hint ? { hint: text.hint } : {}),
  };
}
