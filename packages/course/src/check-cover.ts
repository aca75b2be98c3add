import { isObj, list, type CheckContext } from './check-context.ts';
import { DiagnosticCode } from './diagnostic.ts';
import { localizedPaths } from './kinds/localized-paths.ts';

/**
 * The cover's parts the schema cannot check: the image file(s) and the translations of its alt text and
 * objectives, and a duration range that does not run backwards.
 */
export async function checkCover(ctx: CheckContext, cover: unknown): Promise<void> {
  if (!isObj(cover)) return;
  const path = ['cover'];
  if (isObj(cover.image)) {
    ctx.translations([...path, 'image', 'alt'], cover.image.alt);
    for (const [at, ref] of localizedPaths(ctx, [...path, 'image', 'src'], cover.image.src))
      await ctx.files.checkImageBlock(at, ref);
  }
  const duration = cover.duration;
  if (isObj(duration) && typeof duration.min === 'number' && typeof duration.max === 'number') {
    if (duration.min > duration.max) {
      ctx.out.error([...path, 'duration', 'min'], {
        code: DiagnosticCode.invalidValue,
        message: `the shortest duration (${duration.min} minutes) is longer than the longest (${duration.max}).`,
        hint: 'Write the range as { min: shortest, max: longest }, in minutes.',
      });
    }
  }
  for (const [i, objective] of list(cover.objectives).entries())
    ctx.translations([...path, 'objectives', i], objective);
}
