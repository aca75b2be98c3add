import { isObj, list, type CheckContext } from '../check-context.ts';
import type { SourcePath } from '../yaml-document.ts';

/** Checks of a list of titled Markdown bodies (accordion sections, tabs): ids, titles, bodies. */
export async function checkTitledBodies(
  ctx: CheckContext,
  items: unknown,
  path: SourcePath,
  what: string,
): Promise<void> {
  ctx.itemIds(items, path, what);
  for (const [i, item] of list(items).entries()) {
    if (!isObj(item)) continue;
    ctx.translations([...path, i, 'title'], item.title);
    await ctx.body([...path, i], item, `a ${what}`);
  }
}
