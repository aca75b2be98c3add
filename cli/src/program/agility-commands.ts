import { Option, type Command } from 'commander';
import type { AgilityScoreOptions } from '../commands/agility-score.ts';
import type { CommandContext } from './command-context.ts';

/** `dlis agility …`: the digital agility index (packages/agility). */
export function registerAgilityCommands(program: Command, ctx: CommandContext): void {
  program
    .command('agility')
    .description('the digital agility index: re-score questionnaire responses')
    .command('score')
    .description('score a JSON or CSV file of responses; prints the full result per respondent')
    .option(
      '--questionnaire <id-or-dir>',
      'built-in model id, or a course folder with a questionnaire block (e.g. courses/agility-index)',
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
    .action(async (options: AgilityScoreOptions) => {
      const { agilityScore } = await import('../commands/agility-score.ts');
      ctx.exit(await agilityScore(options, ctx.io));
    });
}
