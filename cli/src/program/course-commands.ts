import { Option, type Command } from 'commander';
import { UsageError } from '../usage-error.ts';
import type { BuildCommandOptions } from '../commands/build-packages.ts';
import type { CommandContext } from './command-context.ts';

const TARGETS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web', 'pdf'] as const;
/** What `dlis build` makes without `--target`: every package, not the PDF (it needs Chromium and time). */
const DEFAULT_TARGETS = TARGETS.filter((t) => t !== 'pdf');

/** `--target scorm12,web` → the distinct targets, or a usage error naming the unknown ones. */
function parseTargets(value: string): (typeof TARGETS)[number][] {
  const targets = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const unknown = targets.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0 || targets.length === 0) {
    throw new UsageError(`unknown target '${unknown.join(', ')}'. Choose among: ${TARGETS.join(', ')}.`);
  }
  return [...new Set(targets)] as (typeof TARGETS)[number][];
}

/** `--lrs URL`: an absolute http(s) URL (the xAPI endpoint), or a usage error. */
function parseLrs(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new UsageError(
      `--lrs needs the xAPI endpoint as an http(s) URL, e.g. https://lrs.example.org/xapi/ (got '${value}').`,
    );
  }
  return value;
}

/** `--embed-lrs-key KEY:SECRET` → its two parts, or a usage error. */
function parseKey(value: string): { key: string; secret: string } {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) {
    throw new UsageError(
      '--embed-lrs-key needs KEY:SECRET (a write-only key from `dlis lrs`, scope statements/write).',
    );
  }
  return { key: value.slice(0, colon), secret: value.slice(colon + 1) };
}

/** `dlis new`, `dlis validate`, `dlis build`: course sources to packages. */
export function registerCourseCommands(program: Command, ctx: CommandContext): void {
  program
    .command('new')
    .description('create a new course from a template')
    .argument('<dir>', 'folder to create (its name becomes the course id)')
    .option('-t, --template <name>', 'template to start from', 'module')
    .action(async (dir: string, options: { template: string }) => {
      const { newCourse } = await import('../commands/new-course.ts');
      ctx.exit(await newCourse(dir, options, ctx.io));
    });

  program
    .command('validate')
    .description('check course sources and report every problem as file:line:col')
    .argument('<course-dir...>', 'course folders (each holds a course.yaml)')
    .option('--json', 'print the diagnostics as JSON')
    .action(async (dirs: string[], options: { json?: boolean }) => {
      const { validateCourses } = await import('../commands/validate-courses.ts');
      ctx.exit(await validateCourses(dirs, options, ctx.io));
    });

  program
    .command('build')
    .description('build course packages (zip files) for an LMS or the web')
    .argument('<course-dir...>', 'course folders (each holds a course.yaml)')
    .addOption(
      new Option(
        '--target <targets>',
        `comma-separated targets: ${TARGETS.join(', ')} (default: every package, ${DEFAULT_TARGETS.join(', ')})`,
      ).argParser(parseTargets),
    )
    .option('--lang <lang>', 'build a single-language package in this language', (v: string) =>
      v.toLowerCase(),
    )
    .addOption(
      new Option(
        '--lrs <url>',
        'xAPI endpoint: SCORM and web packages also send statements there (credentials from the launch URL)',
      ).argParser(parseLrs),
    )
    .addOption(
      new Option(
        '--embed-lrs-key <key:secret>',
        'embed a write-only LRS key in SCORM and web packages (readable by anyone who has the package; warns)',
      ).argParser(parseKey),
    )
    .option(
      '--links <file>',
      "YAML/JSON map of the questionnaire's resource links for this deployment (M1: url); wins over course.yaml",
    )
    .option(
      '--demo',
      'a demonstration build: course texts may keep institution placeholders ([TO BE COMPLETED BY THE INSTITUTION])',
    )
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option('--json', 'print the result as JSON')
    .option(
      '--watch',
      'after building, build each course again whenever one of its files changes (Ctrl+C stops)',
    )
    .action(async (dirs: string[], options: BuildCommandOptions & { watch?: boolean }) => {
      const { buildPackages } = await import('../commands/build-packages.ts');
      const build = (some: string[]) =>
        buildPackages(
          some,
          { ...options, targets: options.target ?? [...DEFAULT_TARGETS] },
          ctx.io,
          ctx.runtime,
        );
      const first = await build(dirs);
      if (!options.watch) {
        ctx.exit(first);
        return;
      }
      const { watchBuilds } = await import('../commands/watch-builds.ts');
      ctx.exit(await watchBuilds(dirs, options.out, build, ctx.io));
    });
}
