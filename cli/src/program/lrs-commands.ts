import { Option, type Command } from 'commander';
import { UsageError } from '../usage-error.ts';
import type { LrsServeOptions } from '../commands/lrs-serve.ts';
import type { CommandContext } from './command-context.ts';
import { parsePositiveInteger } from './parse-positive-integer.ts';

/** `dlis lrs …`: the embedded xAPI LRS (packages/lrs). */
export function registerLrsCommands(program: Command, ctx: CommandContext): void {
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
    .option('--memory', 'keep everything in memory (tests, previews); prints a key with scope all')
    .option('--key <KEY:SECRET>', 'with --memory: the key (scope all) to create instead of a random one')
    .option('--cors <origins>', 'comma-separated origins allowed by CORS, or *')
    .addOption(
      new Option('--max-body <bytes>', 'largest request body in bytes (default 10 MiB)').argParser(
        parsePositiveInteger('--max-body'),
      ),
    )
    .addOption(
      new Option('--fallback-version <version>', 'xAPI version named in responses to requests that name none')
        .choices(['1.0.3', '2.0.0'])
        .default('2.0.0'),
    )
    .option('--json', 'print the endpoint as JSON')
    .action(async (options: LrsServeOptions) => {
      if (options.key !== undefined && !options.memory)
        throw new UsageError('--key only goes with --memory; for a database file use `dlis lrs key create`.');
      if (options.key !== undefined && !/^[^:]+:.+$/.test(options.key))
        throw new UsageError('--key must be KEY:SECRET.');
      const { lrsServe } = await import('../commands/lrs-serve.ts');
      ctx.exit(await lrsServe(options, ctx.io));
    });
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
      const { lrsKeyCreate } = await import('../commands/lrs-key.ts');
      ctx.exit(lrsKeyCreate(options, ctx.io));
    });
  key
    .command('list')
    .description('list keys (never their secrets)')
    .addOption(dbOption())
    .option('--json', 'print the keys as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const { lrsKeyList } = await import('../commands/lrs-key.ts');
      ctx.exit(lrsKeyList(options, ctx.io));
    });
  key
    .command('revoke')
    .description('revoke a key: requests with it get 401')
    .argument('<key>', 'the key (the part before the colon)')
    .addOption(dbOption())
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: { db: string; json?: boolean }) => {
      const { lrsKeyRevoke } = await import('../commands/lrs-key.ts');
      ctx.exit(lrsKeyRevoke(id, options, ctx.io));
    });
  lrs
    .command('stats')
    .description('summarise what the LRS database holds')
    .addOption(dbOption())
    .option('--json', 'print the figures as JSON')
    .action(async (options: { db: string; json?: boolean }) => {
      const { lrsStats } = await import('../commands/lrs-stats.ts');
      ctx.exit(lrsStats(options, ctx.io));
    });
}
