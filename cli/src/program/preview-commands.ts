import { Option, type Command } from 'commander';
import { UsageError } from '../usage-error.ts';
import type { PreviewCommandOptions } from '../commands/preview-course.ts';
import type { CommandContext } from './command-context.ts';

/** `dlis preview <course-dir>`: the designer's workbench (packages/preview). */
export function registerPreviewCommands(program: Command, ctx: CommandContext): void {
  program
    .command('preview')
    .description(
      'serve a course with live reload, the error overlay and the LMS / statements panel (until Ctrl+C)',
    )
    .argument('<course-dir>', 'course folder (holds a course.yaml)')
    .addOption(
      new Option('--port <port>', 'port on 127.0.0.1 (default: a free one)').argParser((value: string) => {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(`--port must be 0-65535, got "${value}".`);
        return port;
      }),
    )
    .option('--open', 'open the preview in the default browser')
    .action(async (dir: string, options: PreviewCommandOptions) => {
      const { previewCourse } = await import('../commands/preview-course.ts');
      ctx.exit(await previewCourse(dir, options, ctx.io));
    });
}
