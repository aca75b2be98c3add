import { Command, CommanderError } from 'commander';
import { EXIT, processIo, type CliIo, type ExitCode } from './io.ts';
import { registerAgilityCommands } from './program/agility-commands.ts';
import { registerCheckLinksCommand } from './program/check-links-command.ts';
import { registerCourseCommands } from './program/course-commands.ts';
import { registerLrsCommands } from './program/lrs-commands.ts';
import { registerPreviewCommands } from './program/preview-commands.ts';
import { registerResearchCommands } from './program/research-commands.ts';
import { registerTranslateCommands } from './program/translate-commands.ts';
import type { CliRuntime } from './program/command-context.ts';
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
  const program = new Command('dlis')
    .description(
      'DLIS course toolkit: write courses in YAML + Markdown, build SCORM, cmi5, xAPI and web packages, run an LRS, report.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showSuggestionAfterError(true)
    // Inherited by every command: a wrong command line ends with the way to the usage.
    .showHelpAfterError('(run `dlis --help` for the commands, `dlis <command> --help` for their options)');

  const ctx = { io, runtime, exit: (code: ExitCode) => void (exitCode = code) };
  registerCourseCommands(program, ctx);
  registerPreviewCommands(program, ctx);
  registerCheckLinksCommand(program, ctx);
  registerTranslateCommands(program, ctx);
  registerLrsCommands(program, ctx);
  registerAgilityCommands(program, ctx);
  registerResearchCommands(program, ctx);

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

/** Entry point of bin/dlis.js, which tells where the compiled command runs from. */
export async function main(argv: string[], runtime: CliRuntime = {}): Promise<number> {
  return runCli(argv, processIo, runtime);
}
