import { join } from 'node:path';
import type { CourseModel, Diagnostic } from '@dlis/course';
import { ensurePlayerBuild } from '@dlis/player/build';
import {
  checkCourseSources,
  courseAssets,
  largestAssets,
  packageCourses,
  prepareCourse,
  resourceIds,
  sameIdProblems,
  type BuildDiagnostic,
  type PackageDone,
  type ReadyCourse,
} from './course-build-steps.ts';
import { launchChromium } from './find-chromium.ts';
import type { PlayerBuild } from './player-build.ts';
import { renderCoursePdf, type PdfReport } from './render-course-pdf.ts';
import type { PackageReport } from './package-course.ts';
import type { PackageTarget } from '@dlis/course/compiled';
import type { XapiBuildOptions } from './payload-xapi.ts';
import { checkResourceLinkIds, loadResourceLinks, type ResourceLinksFile } from './load-resource-links.ts';

export type { BuildDiagnostic, PackageDone } from './course-build-steps.ts';

export interface BuildCoursesInput {
  /** The caller's current folder (the CLI's): file paths in diagnostics and reports are shown relative to it. */
  cwd: string;
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

/**
 * `dlis build`: load every course, then compile and package each for every target into
 * `<outDir>/<course.id>-<target>.zip` (`<course.id>-<lang>-<target>.zip` with `lang`).
 * All or nothing for problems in the sources: if any course has a diagnostic (load errors, an institution
 * placeholder left in a text outside a demo build, a `lang` the course does not have, a SCORM 1.2 suspend-data
 * budget exceeded, a key to embed but no LRS, a bad `linksFile`), every diagnostic is returned and nothing is
 * written. The player is built (or taken from its cache) once. Failures while writing throw the packager's
 * typed errors; zips already written by then are complete. `onPackage` hears of each package written.
 * In this thread; buildCoursesInParallel spreads the courses over worker threads with the same steps.
 */
export async function buildCourses(
  input: BuildCoursesInput,
  onPackage?: (done: PackageDone) => void,
): Promise<BuildResult> {
  const { courseDirs, outDir, linksFile, pdf, lang } = input;
  const diagnostics: BuildDiagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let links: ResourceLinksFile | undefined;
  if (linksFile !== undefined) {
    const read = await loadResourceLinks(linksFile, input.cwd);
    if (read.ok) links = read.value;
    else diagnostics.push(...read.problems);
  }
  const loaded: { dir: string; model: CourseModel }[] = [];
  for (const dir of courseDirs) {
    const checked = await checkCourseSources(dir, input);
    if (checked.model) loaded.push({ dir, model: checked.model });
    warnings.push(...checked.warnings);
    diagnostics.push(...checked.diagnostics);
  }
  diagnostics.push(
    ...sameIdProblems(
      loaded.map(({ dir, model }) => ({ dir, id: model.id })),
      input.cwd,
    ),
  );
  if (links !== undefined) {
    const known = new Set(loaded.flatMap(({ model }) => resourceIds(model)));
    diagnostics.push(...checkResourceLinkIds(links, known));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const ready: ReadyCourse[] = [];
  for (const { dir, model } of loaded) {
    const prepared = await prepareCourse(dir, model, input, links?.links);
    if (prepared.ready) ready.push(prepared.ready);
    diagnostics.push(...prepared.diagnostics);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const player = await ensurePlayerBuild();
  const packages = await packageCourses(ready, player, input, onPackage);
  const pdfs = pdf ? await printCourses(ready, player, outDir, lang) : [];
  return {
    ok: true,
    packages,
    pdfs,
    warnings,
    largestAssets: largestAssets(
      loaded.flatMap(({ model }) => courseAssets(model)),
      input.cwd,
    ),
  };
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
