import { Command, CommanderError, Option } from 'commander';
import { EXIT, processIo, type CliIo, type ExitCode } from './io.ts';

const TARGETS = ['scorm12', 'scorm2004', 'web'] as const;

/** Thrown by option parsers: the command line is wrong (exit 2). */
class UsageError extends Error {}

function parseTargets(value: string): (typeof TARGETS)[number][] {
  const targets = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = targets.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0 || targets.length === 0) {
    throw new UsageError(`unknown target '${unknown.join(', ')}'. Choose among: ${TARGETS.join(', ')}.`);
  }
  return [...new Set(targets)] as (typeof TARGETS)[number][];
}

/**
 * Runs the `dlis` command in-process and returns its exit code: 0 success, 1 problems in the input (printed as
 * diagnostics), 2 wrong command line, 70 internal error. Never throws and never calls process.exit.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const program = new Command('dlis')
    .description('DLIS course toolkit: write courses in YAML + Markdown, build SCORM and web packages.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showSuggestionAfterError(true);

  program
    .command('new')
    .description('create a new course from a template')
    .argument('<dir>', 'folder to create (its name becomes the course id)')
    .option('-t, --template <name>', 'template to start from', 'module')
    .action(async (dir: string, options: { template: string }) => {
      const { newCourse } = await import('./commands/new-course.ts');
      exitCode = await newCourse(dir, options, io);
    });

  program
    .command('validate')
    .description('check course sources and report every problem as file:line:col')
    .argument('<course-dir...>', 'course folders (each holds a course.yaml)')
    .option('--json', 'print the diagnostics as JSON')
    .action(async (dirs: string[], options: { json?: boolean }) => {
      const { validateCourses } = await import('./commands/validate-courses.ts');
      exitCode = await validateCourses(dirs, options, io);
    });

  program
    .command('build')
    .description('build course packages (zip files) for an LMS or the web')
    .argument('<course-dir...>', 'course folders (each holds a course.yaml)')
    .addOption(
      new Option(
        '--target <targets>',
        `comma-separated targets: ${TARGETS.join(', ')} (default: all)`,
      ).argParser(parseTargets),
    )
    .option('--lang <lang>', 'build a single-language package in this language')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        dirs: string[],
        options: { target?: (typeof TARGETS)[number][]; lang?: string; out: string; json?: boolean },
      ) => {
        const { buildPackages } = await import('./commands/build-packages.ts');
        exitCode = await buildPackages(dirs, { ...options, targets: options.target ?? [...TARGETS] }, io);
      },
    );

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
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `internal error: ${message}\nThis is a bug in the DLIS toolkit, not in your course. Please report it to the ` +
        'maintainers with the command you ran (run it again with DLIS_DEBUG=1 to add the details).',
    );
    if (process.env.DLIS_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.internal;
  }
}

/** Entry point of bin/dlis.js. */
export async function main(argv: string[]): Promise<number> {
  return runCli(argv, processIo);
}
