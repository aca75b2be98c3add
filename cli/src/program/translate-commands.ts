import type { Command } from 'commander';
import type { CommandContext } from './command-context.ts';

/** `dlis translate add / export / import / status`: a course's texts through XLIFF 2.1 (docs/translation.md). */
export function registerTranslateCommands(program: Command, ctx: CommandContext): void {
  const translate = program
    .command('translate')
    .description('translate a course through XLIFF 2.1 files (OmegaT, Weblate, Trados, memoQ…)');

  translate
    .command('add')
    .description(
      'start a new language: write the XLIFF file to translate (in <course-dir>/translations/) and say what follows',
    )
    .argument('<lang>', 'the new language, e.g. el, ro, de')
    .argument('<course-dir>', 'course folder (holds course.yaml)')
    .action(async (lang: string, dir: string) => {
      const { translateAdd } = await import('../commands/translate.ts');
      ctx.exit(await translateAdd(dir, lang, ctx.io));
    });

  translate
    .command('export')
    .description(
      "write every translatable text of a course to an XLIFF 2.1 file, with the language's current translations",
    )
    .argument('<course-dir>', 'course folder (holds course.yaml)')
    .requiredOption('--to <lang>', 'target language, e.g. el, ro, de')
    .option('-o, --out <file>', 'XLIFF file to write (default: <course-id>.<lang>.xlf)')
    .action(async (dir: string, options: { to: string; out?: string }) => {
      const { translateExport } = await import('../commands/translate.ts');
      ctx.exit(await translateExport(dir, options, ctx.io));
    });

  translate
    .command('import')
    .description('write the translations of an XLIFF file into the course, then validate it')
    .argument('<file>', 'XLIFF file returned by the translator')
    .option('--course <dir>', 'course folder (default: the current folder)')
    .action(async (file: string, options: { course?: string }) => {
      const { translateImport } = await import('../commands/translate.ts');
      ctx.exit(await translateImport(file, options, ctx.io));
    });

  translate
    .command('status')
    .description('show, per language, the share of the segments translated')
    .argument('<course-dir>', 'course folder (holds course.yaml)')
    .option('--json', 'print the status as JSON')
    .action(async (dir: string, options: { json?: boolean }) => {
      const { translateStatus } = await import('../commands/translate.ts');
      ctx.exit(await translateStatus(dir, options, ctx.io));
    });
}
