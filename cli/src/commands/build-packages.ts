import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDiagnostic } from '@dlis/course';
import {
  buildCourses,
  buildCoursesInParallel,
  PackageError,
  type BuildCoursesInput,
  type BuildProgress,
  type BuildResult,
} from '@dlis/packager';
import type { PackageTarget } from '@dlis/course/compiled';
import { BuildProgressView, formatSize, packageTable } from '../build-progress.ts';
import { checkOutDir } from '../check-out-dir.ts';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';
import type { CliRuntime } from '../program/command-context.ts';

/** Printed whenever a key was embedded: the risk, and how to keep it small. */
export const EMBEDDED_KEY_WARNING =
  'warning: an LRS key is embedded in the packages marked "key". Anyone who can open such a package can read ' +
  'the key and post statements with it. Use a write-only key (scope statements/write) made for this course, ' +
  'share the package only with its learners, and revoke the key (`dlis lrs`) when the course ends. Prefer ' +
  'passing credentials in the launch URL.';

/** Printed when `--embed-lrs-key` meets cmi5 or xapi packages: their launch brings the credentials, never a key. */
export const KEY_NOT_EMBEDDED_WARNING =
  'warning: --embed-lrs-key is ignored for cmi5 and xapi packages: no key was embedded in them. Their launch ' +
  "brings the credentials (cmi5: the LMS's fetch URL; xapi: `auth` in the launch URL).";

/** A `--target` value: a package kind, or `pdf` (one PDF per language). */
export type BuildTarget = PackageTarget | 'pdf';

/** `dlis build`'s options as the command line gives them (no `--target`: every package target). */
export interface BuildCommandOptions {
  target?: BuildTarget[];
  lang?: string;
  /** `--lrs`: hybrid xAPI reporting of SCORM and web packages. */
  lrs?: string;
  /** `--embed-lrs-key`: never by default; printed warning. */
  embedLrsKey?: { key: string; secret: string };
  /** `--links FILE`: per-deployment links of the questionnaire's recommended resources. */
  links?: string;
  /** `--demo`: institution placeholders may stay in the course texts. */
  demo?: boolean;
  out: string;
  json?: boolean;
}

interface BuildOptions extends Omit<BuildCommandOptions, 'target'> {
  targets: BuildTarget[];
}

/** What makes the packages heavy: the five largest asset files (learners may be on slow connections). */
function printLargestAssets(assets: readonly { file: string; bytes: number }[], io: CliIo): void {
  if (assets.length === 0) return;
  io.out('\nLargest assets (in every package of their course):');
  for (const a of assets.slice(0, 5)) io.out(`  ${formatSize(a.bytes).padStart(10)}  ${a.file}`);
}

/**
 * `dlis build`: build every target of every course; nothing is written unless every course is valid. Several
 * courses: in worker threads when the compiled command runs (runtime.buildWorker), with a progress line per
 * course and a table of the packages (package, target, size, time) at the end.
 */
export async function buildPackages(
  dirs: string[],
  options: BuildOptions,
  io: CliIo,
  runtime: CliRuntime = {},
): Promise<ExitCode> {
  await checkOutDir(resolve(io.cwd, options.out), options.out);
  const started = performance.now();
  const several = dirs.length > 1 && !options.json;
  const input = buildInput(dirs, options, io);
  const view = several ? new BuildProgressView(input.courseDirs, input.targets.length, io) : undefined;
  const times = new Map<string, number>();
  let workers = 0;
  const onProgress = (event: BuildProgress) => {
    if (event.type === 'start') workers = event.workers;
    if (event.type === 'package') times.set(event.report.file, event.ms);
    view?.update(event);
  };
  let result: BuildResult;
  try {
    result = runtime.buildWorker
      ? await buildCoursesInParallel(input, { workerUrl: runtime.buildWorker, onProgress })
      : await buildCourses(input, (done) => onProgress({ type: 'package', ...done }));
  } catch (error) {
    // A packager error (Chromium cannot start, a file cannot be written) is the machine's, not a toolkit bug.
    if (!(error instanceof PackageError)) throw error;
    io.err(`error [${error.code}]: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
    return EXIT.diagnostics;
  }
  if (options.json) {
    io.out(JSON.stringify(result, null, 2));
    return result.ok ? EXIT.ok : EXIT.diagnostics;
  }
  if (!result.ok) {
    for (const d of result.diagnostics) io.err(formatDiagnostic(d));
    const count = result.diagnostics.length;
    io.err(`\n${count} problem${count === 1 ? '' : 's'}: nothing was built.`);
    return EXIT.diagnostics;
  }
  for (const w of result.warnings) io.err(`warning: ${formatDiagnostic(w)}`);
  if (several) {
    io.out('');
    for (const line of packageTable(result.packages, times, io)) io.out(line);
    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    const threads = workers > 1 ? ` (${workers} worker threads)` : '';
    io.out(`\n${result.packages.length} packages of ${dirs.length} courses in ${elapsed} s${threads}.`);
  } else {
    for (const p of result.packages) {
      const key = p.embeddedKey ? ', key' : '';
      io.out(`✓ ${relative(io.cwd, p.file) || p.file}  (${p.target}, ${formatSize(p.bytes)}${key})`);
    }
  }
  for (const p of result.pdfs) {
    io.out(`✓ ${relative(io.cwd, p.file) || p.file}  (pdf, ${p.language}, ${formatSize(p.bytes)})`);
  }
  printLargestAssets(result.largestAssets, io);
  if (result.packages.some((p) => p.embeddedKey)) io.err(EMBEDDED_KEY_WARNING);
  if (options.embedLrsKey && result.packages.some((p) => p.target === 'cmi5' || p.target === 'xapi')) {
    io.err(KEY_NOT_EMBEDDED_WARNING);
  }
  return EXIT.ok;
}

/** buildCourses' input from the command line's options, paths resolved against the working folder. */
function buildInput(dirs: string[], options: BuildOptions, io: CliIo): BuildCoursesInput {
  return {
    cwd: io.cwd,
    courseDirs: dirs.map((dir) => resolve(io.cwd, dir)),
    targets: options.targets.filter((t): t is PackageTarget => t !== 'pdf'),
    pdf: options.targets.includes('pdf'),
    ...(options.lang ? { lang: options.lang } : {}),
    outDir: resolve(io.cwd, options.out),
    ...(options.links ? { linksFile: resolve(io.cwd, options.links) } : {}),
    ...(options.demo ? { demo: true } : {}),
    ...(options.lrs || options.embedLrsKey
      ? {
          xapi: {
            ...(options.lrs ? { endpoint: options.lrs } : {}),
            ...(options.embedLrsKey ? { embedKey: options.embedLrsKey } : {}),
          },
        }
      : {}),
  };
}
