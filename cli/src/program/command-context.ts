import type { CliIo, ExitCode } from '../io.ts';

/** What a command group needs from runCli: where to write, and how to set the exit code. */
export interface CommandContext {
  io: CliIo;
  exit(code: ExitCode): void;
}
