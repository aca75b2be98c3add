import type { CliIo, ExitCode } from '../io.ts';

/** What the running command knows of where it runs (cli/bin/dlis.js sets it; tests in-process do not). */
export interface CliRuntime {
  /** The compiled build worker (build-worker.js next to the compiled command): `dlis build` runs in parallel. */
  buildWorker?: URL;
}

/** What a command group needs from runCli: where to write, how to set the exit code, where it runs. */
export interface CommandContext {
  io: CliIo;
  exit(code: ExitCode): void;
  runtime: CliRuntime;
}
