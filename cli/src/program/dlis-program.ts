import { Command } from 'commander';
import { registerAgilityCommands } from './agility-commands.ts';
import { registerCheckLinksCommand } from './check-links-command.ts';
import type { CommandContext } from './command-context.ts';
import { registerCourseCommands } from './course-commands.ts';
import { registerLrsCommands } from './lrs-commands.ts';
import { registerPreviewCommands } from './preview-commands.ts';
import { registerResearchCommands } from './research-commands.ts';
import { registerTranslateCommands } from './translate-commands.ts';

/**
 * Width the help is laid out for, whatever the terminal: the same text in a terminal, a pipe and a CI log, so
 * that the help recorded when the command is compiled (recorded-help.ts) is the help commander prints.
 */
export const HELP_WIDTH = 80;

/** The `dlis` command line: every command, its options, and what each runs (lazily imported). */
export function createProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('dlis')
    .description(
      'DLIS course toolkit: write courses in YAML + Markdown, build SCORM, cmi5, xAPI and web packages, run an LRS, report.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .configureHelp({ helpWidth: HELP_WIDTH })
    .showSuggestionAfterError(true)
    // Inherited by every command: a wrong command line ends with the way to the usage.
    .showHelpAfterError('(run `dlis --help` for the commands, `dlis <command> --help` for their options)');

  registerCourseCommands(program, ctx);
  registerPreviewCommands(program, ctx);
  registerCheckLinksCommand(program, ctx);
  registerTranslateCommands(program, ctx);
  registerLrsCommands(program, ctx);
  registerAgilityCommands(program, ctx);
  registerResearchCommands(program, ctx);
  return program;
}
