import { Option, type Command } from 'commander';
import { parsePositiveInteger } from './parse-positive-integer.ts';
import type { ReportCommandOptions } from '../commands/report.ts';
import type { ExportCommandOptions } from '../commands/export.ts';
import type { CommandContext } from './command-context.ts';

/** `dlis report` and `dlis export`: research analytics over any conformant LRS (packages/analytics). */
export function registerResearchCommands(program: Command, ctx: CommandContext): void {
  const lrsOptions = (command: Command) =>
    command
      .option('--lrs <url>', 'xAPI endpoint of the LRS (default: $DLIS_LRS_URL)')
      .option('--auth <key:secret>', 'HTTP Basic credentials (default: $DLIS_LRS_AUTH); never printed')
      .option('--activity <iri>', 'questionnaire or course activity IRI (related activities included)')
      .option('--since <date>', 'only statements stored after this date or ISO timestamp')
      .option('--until <date>', 'only statements stored up to this date or ISO timestamp')
      .option('--registration <uuid>', 'only this registration')
      .addOption(
        new Option('--page-size <n>', 'statements asked per page (the LRS may send fewer)').argParser(
          parsePositiveInteger('--page-size'),
        ),
      )
      .option('--quiet', 'no progress on stderr');

  lrsOptions(
    program
      .command('report')
      .description('statistics of the agility questionnaire from an LRS: HTML report, CSV files or JSON'),
  )
    .option('--by <variables>', 'background variables to group by: ids (Q1) or names (country,role)')
    .option(
      '-o, --out <file>',
      'output file (csv: the base name of the CSV files); default stdout for html/json',
    )
    .addOption(
      new Option('--format <format>', 'output format (default: from --out, else html)').choices([
        'html',
        'csv',
        'json',
      ]),
    )
    .addOption(new Option('--lang <lang>', 'language of the HTML report').choices(['fr', 'en']).default('en'))
    .option('--min-cell <n>', 'smallest reported cell, at least 5', '5')
    .option(
      '--respondents <file>',
      'also write respondent-level data (personal data: pseudonymous rows) to this .json or .csv file; never part of the report',
    )
    .option(
      '--wave2-since <date>',
      'pre/post: second wave from this date (the first wave is --since/--until)',
    )
    .option('--wave2-until <date>', 'pre/post: second wave up to this date')
    .option('--wave2-activity <iri>', 'pre/post: second wave from this activity (default: --activity)')
    .option(
      '--codebook <dir>',
      'also write the respondent × item matrix (personal data) with its codebook, datapackage.json, load.R, load.sps and a lavaan model into this folder',
    )
    .option(
      '--questionnaire <id-or-dir>',
      'scoring model: built-in id, a course folder with a questionnaire block, or an agility definition .json file',
      'dlis-agility-index',
    )
    .action(async (options: ReportCommandOptions) => {
      const { reportCommand } = await import('../commands/report.ts');
      ctx.exit(await reportCommand(options, ctx.io));
    });

  lrsOptions(
    program.command('export').description('raw statements from an LRS, streamed to NDJSON or CSV (archival)'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['ndjson', 'csv']).default('ndjson'))
    .option('-o, --out <file>', 'output file (default stdout)')
    .option('--resume', 'continue an interrupted export into --out from its checkpoint')
    .action(async (options: ExportCommandOptions) => {
      const { exportCommand } = await import('../commands/export.ts');
      ctx.exit(await exportCommand(options, ctx.io));
    });
}
