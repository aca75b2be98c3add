import { CommanderError } from 'commander';
import { EXIT, processIo, type CliIo, type ExitCode } from './io.ts';
import type { CliRuntime } from './program/command-context.ts';
import { createProgram } from './program/dlis-program.ts';
import { UsageError } from './usage-error.ts';
import { describeWriteFailure } from './write-failure.ts';

/**
 * Runs the `dlis` command in-process and returns its exit code: 0 success, 1 problems in the input (printed as
 * diagnostics), 2 wrong command line, 70 internal error. Never throws and never calls process.exit.
 */
export async function runCli(
  argv: string[],
  io: CliIo = processIo,
  runtime: CliRuntime = {},
): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = createProgram({ io, runtime, exit: (code: ExitCode) => void (exitCode = code) });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}`);
      return EXIT.usage;
    }
    const writeFailure = describeWriteFailure(error);
    if (writeFailure) {
      io.err(`error: ${writeFailure}`);
      return EXIT.diagnostics;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `internal error: ${message}\nThis is a bug in the DLIS toolkit, not in your course. Please report it to the ` +
        'maintainers with the command you ran (run it again with DLIS_DEBUG=1 to add the details).',
    );
    if (process.env.DLIS_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.internal;
  }
}

export { recordHelp, type RecordedReply } from './recorded-help.ts';

/** Entry point of bin/dlis.js, which tells where the compiled command runs from. */
export async function main(argv: string[], runtime: CliRuntime = {}): Promise<number> {
  return runCli(argv, processIo, runtime);
}
