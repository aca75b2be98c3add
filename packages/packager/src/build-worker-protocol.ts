import type { Diagnostic } from '@dlis/course';
import type { BuildDiagnostic, CourseBuildOptions, PackageDone } from './course-build-steps.ts';
import { PackageError, type PackageErrorCode } from './errors.ts';
import type { PlayerBuild } from './player-build.ts';

/** What a build worker thread starts with (its workerData). */
export interface BuildWorkerData {
  options: CourseBuildOptions;
  /** `--links`: the deployment's resource links, already read and checked by the main thread. */
  links?: Record<string, string>;
}

/** Main thread → worker. */
export type ToBuildWorker =
  { type: 'check'; index: number; dir: string } | { type: 'package'; indexes: number[]; player: PlayerBuild };

/** A course checked by a worker: what the main thread needs for the checks across courses. */
export interface CheckedInWorker {
  type: 'checked';
  index: number;
  /** Undefined when the course did not load. */
  id?: string;
  resourceIds: string[];
  warnings: Diagnostic[];
  diagnostics: BuildDiagnostic[];
  /** Diagnostics of the preparation (language, budget, key): reported only if no course has any above. */
  prepareDiagnostics: BuildDiagnostic[];
  assets: { file: string; bytes: number }[];
}

/** An error thrown in a worker, as it crosses to the main thread. */
export interface WorkerFailure {
  type: 'failed';
  /** Set for the packager's typed errors (rebuilt as PackageError), absent for a bug. */
  code?: PackageErrorCode;
  message: string;
  hint?: string;
  stack?: string;
}

/** Worker → main thread. */
export type FromBuildWorker =
  | CheckedInWorker
  | ({ type: 'package-done'; index: number } & Omit<PackageDone, 'dir'>)
  | { type: 'packaged' }
  | WorkerFailure;

export function toWorkerFailure(error: unknown): WorkerFailure {
  if (error instanceof PackageError) {
    return {
      type: 'failed',
      code: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { type: 'failed', message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** The error of a WorkerFailure, as the main thread throws it. */
export function fromWorkerFailure(failure: WorkerFailure): Error {
  if (failure.code !== undefined) {
    return new PackageError(failure.code, failure.message, failure.hint ? { hint: failure.hint } : {});
  }
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}
