import { Option, type Command } from 'commander';
import { UsageError } from '../usage-error.ts';
import type { CommandContext } from './command-context.ts';

/** `--timeout 10` → milliseconds, or a usage error. */
function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout needs a number of seconds greater than 0 (got '${value}').`);
  }
  return seconds * 1000;
}

/** `dlis check-links`: the course's web addresses, asked over the network. */
export function registerCheckLinksCommand(program: Command, ctx: CommandContext): void {
  program
    .command('check-links')
    .description(
      'check that the web addresses (http/https) written in a course still answer (needs the internet)',
    )
    .argument('<course-dir...>', 'course folders (each holds a course.yaml)')
    .addOption(
      new Option('--timeout <seconds>', 'time allowed to each address')
        .argParser(parseTimeout)
        .default(10_000, '10'),
    )
    .option('--json', 'print the result as JSON')
    .action(async (dirs: string[], options: { timeout: number; json?: boolean }) => {
      const { checkCourseLinks } = await import('../commands/check-links.ts');
      ctx.exit(await checkCourseLinks(dirs, { timeoutMs: options.timeout, json: options.json }, ctx.io));
    });
}
