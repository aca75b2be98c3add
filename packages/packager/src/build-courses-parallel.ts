import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '@dlis/course';
import { ensurePlayerBuild } from '@dlis/player/build';
import { buildCourses, type BuildCoursesInput, type BuildResult } from './build-courses.ts';
import {
  fromWorkerFailure,
  type BuildWorkerData,
  type CheckedInWorker,
  type FromBuildWorker,
  type ToBuildWorker,
} from './build-worker-protocol.ts';
import {
  largestAssets,
  sameIdProblems,
  type BuildDiagnostic,
  type PackageDone,
} from './course-build-steps.ts';
import { checkResourceLinkIds, loadResourceLinks, type ResourceLinksFile } from './load-resource-links.ts';
import type { PackageReport } from './package-course.ts';

/** What a parallel build tells as it goes (`dlis build`'s progress lines). */
export type BuildProgress =
  | { type: 'start'; workers: number }
  | { type: 'checked'; dir: string }
  | ({ type: 'package' } & PackageDone)
  | { type: 'course-done'; dir: string; ms: number };

export interface ParallelBuildOptions {
  /**
   * The build worker's script: packages/packager/src/build-worker.ts compiled to JavaScript (the compiled `dlis`
   * command's build-worker.js). A `.ts` file runs through tsx (tests).
   */
  workerUrl: URL;
  /** Worker threads at most (default: the cores Node may use). */
  workers?: number;
  onProgress?: (event: BuildProgress) => void;
}

/**
 * buildCourses with the courses spread over worker threads (at most one per core, and one per course): each
 * worker checks and compiles the courses it is handed (the next course goes to the first worker free), then,
 * once the checks across courses pass (same id, `--links` ids: all or nothing, as buildCourses), packages them.
 * Same result, same diagnostics in the same order as buildCourses. PDFs, one course or one core: buildCourses
 * in this thread.
 */
export async function buildCoursesInParallel(
  input: BuildCoursesInput,
  options: ParallelBuildOptions,
): Promise<BuildResult> {
  const count = Math.min(options.workers ?? availableParallelism(), input.courseDirs.length);
  const started = performance.now();
  const { onProgress } = options;
  if (count < 2 || input.pdf) {
    onProgress?.({ type: 'start', workers: 0 });
    const packaged = new Map<string, number>();
    return buildCourses(input, (done) => {
      onProgress?.({ type: 'package', ...done });
      packaged.set(done.dir, (packaged.get(done.dir) ?? 0) + 1);
      if (packaged.get(done.dir) === input.targets.length) {
        onProgress?.({ type: 'course-done', dir: done.dir, ms: performance.now() - started });
      }
    });
  }

  const diagnostics: BuildDiagnostic[] = [];
  let links: ResourceLinksFile | undefined;
  if (input.linksFile !== undefined) {
    const read = await loadResourceLinks(input.linksFile, input.cwd);
    if (read.ok) links = read.value;
    else diagnostics.push(...read.problems);
  }
  const data: BuildWorkerData = {
    options: {
      cwd: input.cwd,
      targets: input.targets,
      outDir: input.outDir,
      ...(input.lang !== undefined ? { lang: input.lang } : {}),
      ...(input.xapi ? { xapi: input.xapi } : {}),
      ...(input.demo ? { demo: true } : {}),
    },
    ...(links ? { links: links.links } : {}),
  };
  const pool = Array.from({ length: count }, () => new BuildWorker(options.workerUrl, data));
  onProgress?.({ type: 'start', workers: count });
  try {
    // Checks: the next course to the first worker free. The player build is made (or found) meanwhile.
    const player = ensurePlayerBuild();
    player.catch(() => undefined);
    const checked: CheckedInWorker[] = new Array(input.courseDirs.length);
    const owner: BuildWorker[] = new Array(input.courseDirs.length);
    let next = 0;
    await Promise.all(
      pool.map(async (worker) => {
        while (next < input.courseDirs.length) {
          const index = next++;
          const dir = input.courseDirs[index]!;
          owner[index] = worker;
          checked[index] = await worker.check(index, dir);
          onProgress?.({ type: 'checked', dir });
        }
      }),
    );

    const warnings: Diagnostic[] = checked.flatMap((c) => c.warnings);
    diagnostics.push(...checked.flatMap((c) => c.diagnostics));
    const loaded = checked.flatMap((c, i) =>
      c.id === undefined ? [] : [{ dir: input.courseDirs[i]!, id: c.id }],
    );
    diagnostics.push(...sameIdProblems(loaded, input.cwd));
    if (links !== undefined)
      diagnostics.push(...checkResourceLinkIds(links, new Set(checked.flatMap((c) => c.resourceIds))));
    if (diagnostics.length > 0) return { ok: false, diagnostics };
    diagnostics.push(...checked.flatMap((c) => c.prepareDiagnostics));
    if (diagnostics.length > 0) return { ok: false, diagnostics };

    const build = await player;
    const reports: PackageReport[][] = checked.map(() => []);
    const remaining = checked.map(() => input.targets.length);
    await Promise.all(
      pool.map((worker) =>
        worker.packageCourses(
          owner.flatMap((w, i) => (w === worker ? [i] : [])),
          build,
          (index, done) => {
            const dir = input.courseDirs[index]!;
            reports[index]!.push(done.report);
            onProgress?.({ type: 'package', dir, report: done.report, ms: done.ms });
            if (--remaining[index]! === 0)
              onProgress?.({ type: 'course-done', dir, ms: performance.now() - started });
          },
        ),
      ),
    );
    const order = (r: PackageReport) => input.targets.indexOf(r.target);
    return {
      ok: true,
      packages: reports.flatMap((r) => [...r].sort((a, b) => order(a) - order(b))),
      pdfs: [],
      warnings,
      largestAssets: largestAssets(
        checked.flatMap((c) => c.assets),
        input.cwd,
      ),
    };
  } finally {
    await Promise.all(pool.map((worker) => worker.stop()));
  }
}

/** One build worker thread, asked one thing at a time. */
class BuildWorker {
  private readonly thread: Worker;
  private listener: ((message: FromBuildWorker) => void) | undefined;
  private failure: Error | undefined;
  private onFailure: ((error: Error) => void) | undefined;

  constructor(url: URL, data: BuildWorkerData) {
    this.thread = new Worker(url, {
      workerData: data,
      ...(url.pathname.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
    });
    this.thread.on('message', (message: FromBuildWorker) => this.listener?.(message));
    const fail = (error: Error) => {
      this.failure ??= error;
      this.onFailure?.(error);
    };
    this.thread.on('error', fail);
    this.thread.on('exit', (code) => fail(new Error(`a build worker thread stopped (exit code ${code})`)));
  }

  check(index: number, dir: string): Promise<CheckedInWorker> {
    return this.ask({ type: 'check', index, dir }, (message, resolve) => {
      if (message.type === 'checked' && message.index === index) resolve(message);
    });
  }

  packageCourses(
    indexes: number[],
    player: Extract<ToBuildWorker, { type: 'package' }>['player'],
    onPackage: (index: number, done: Omit<PackageDone, 'dir'>) => void,
  ): Promise<void> {
    if (indexes.length === 0) return Promise.resolve();
    return this.ask({ type: 'package', indexes, player }, (message, resolve) => {
      if (message.type === 'package-done')
        onPackage(message.index, { report: message.report, ms: message.ms });
      else if (message.type === 'packaged') resolve();
    });
  }

  async stop(): Promise<void> {
    this.onFailure = undefined;
    this.thread.removeAllListeners('exit');
    await this.thread.terminate();
  }

  private ask<T>(
    message: ToBuildWorker,
    handle: (message: FromBuildWorker, resolve: (value: T) => void) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.onFailure = reject;
      this.listener = (reply) => {
        if (reply.type === 'failed') reject(fromWorkerFailure(reply));
        else handle(reply, resolve);
      };
      this.thread.postMessage(message);
    });
  }
}
