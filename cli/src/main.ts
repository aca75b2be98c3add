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

  // `dlis lrs …`: the embedded xAPI LRS (packages/lrs).
  const lrs = program.command('lrs').description('run the embedded xAPI LRS and manage its keys');
  const dbOption = () => new Option('--db <file>', 'SQLite database file').default('.dlis/lrs.sqlite');
  const parsePort = (value: string) => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0-65535, got "${value}".`);
    return port;
  };
  lrs
    .command('serve')
    .description('serve the LRS over HTTP until SIGTERM (prints its endpoint, then "ready")')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port (0 picks a free one)').default(8085).argParser(parsePort))
    .addOption(dbOption())
    .option('--memory', 'keep everything in memory (tests, previews)')
    .option('--cors <origins>', 'comma-separated origins allowed by CORS, or *')
    .addOption(
      new Option('--max-body <bytes>', 'largest request body in bytes (default 10 MiB)').argParser(
        (value) => {
          const bytes = Number(value);
          if (!Number.isInteger(bytes) || bytes <= 0) {
            throw new UsageError(`--max-body must be a positive integer, got "${value}".`);
          }
          return bytes;
        },
      ),
    )
    .addOption(
      new Option('--fallback-version <version>', 'xAPI version named in responses to requests that name none')
        .choices(['1.0.3', '2.0.0'])
        .default('2.0.0'),
    )
    .option('--json', 'print the endpoint as JSON')
    .action(
      async (options: {
        host: string;
        port: number;
        db: string;
        memory?: boolean;
        cors?: string;
        maxBody?: number;
        fallbackVersion?: '1.0.3' | '2.0.0';
        json?: boolean;
      }) => {
        const { lrsServe } = await import('./commands/lrs-serve.ts');
        exitCode = await lrsServe(options, io);
      },
    );
  const key = lrs.command('key').description('manage the keys (HTTP Basic credentials) of the LRS');
  key
    .command('create')
    .description('create a key; prints KEY:SECRET alone on the last line')
    .requiredOption('--name <name>', 'who or what uses the key')
    .requiredOption(
      '--scope <scopes>',
      'comma-separated: statements/write, statements/read, statements/read/mine, state, define, profile, all/read, all',
    )
    .addOption(dbOption())
    .option('--json', 'print the key as JSON')
    .action(async (options: { name: string; scope: string; db: string; json?: boolean }) => {
      const { lrsKeyCreate } = await import('./commands/lrs-key.ts');
      exitCode = lrsKeyCreate(options, io);
    });
  key
    .command('list')
    .description('list keys (never their secrets)')
    .addOption(dbOption())
    .option('--json', 'print the keys as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const { lrsKeyList } = await import('./commands/lrs-key.ts');
      exitCode = lrsKeyList(options, io);
    });
  key
    .command('revoke')
    .description('revoke a key: requests with it get 401')
    .argument('<key>', 'the key (the part before the colon)')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: { db: string; json?: boolean }) => {
      const { lrsKeyRevoke } = await import('./commands/lrs-key.ts');
      exitCode = lrsKeyRevoke(id, options, io);
    });
  lrs
    .command('stats')
    .description('summarise what the LRS database holds')
    .addOption(dbOption())
    .option('--json', 'print the figures as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const { lrsStats } = await import('./commands/lrs-stats.ts');
      exitCode = lrsStats(options, io);
    });

  // `dlis agility …`: the digital agility index (packages/agility).
  program
    .command('agility')
    .description('the digital agility index: re-score questionnaire responses')
    .command('score')
    .description('score a JSON or CSV file of responses; prints the full result per respondent')
    .option(
      '--questionnaire <id-or-dir>',
      'built-in model id, or a course folder (comes with the agility-index course)',
      'dlis-agility-index',
    )
    .requiredOption('--responses <file>', 'responses file (.json or .csv; see docs/agility.md)')
    .addOption(
      new Option('--input-format <format>', 'format of --responses (default: from its extension)').choices([
        'json',
        'csv',
      ]),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('-o, --out <file>', 'write the output to this file (atomically) instead of stdout')
    .action(
      async (options: {
        questionnaire: string;
        responses: string;
        inputFormat?: 'json' | 'csv';
        format: 'json' | 'csv';
        out?: string;
      }) => {
        const { agilityScore, AgilityScoreUsageError } = await import('./commands/agility-score.ts');
        try {
          exitCode = await agilityScore(options, io);
        } catch (error) {
          if (!(error instanceof AgilityScoreUsageError)) throw error;
          io.err(`error: ${error.message}`);
          exitCode = EXIT.usage;
        }
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
