import type { CheckContext, Obj } from './check-context.ts';
import { blockKindOf } from './kinds/block-kinds.ts';
import type { SourcePath } from './yaml-document.ts';

/**
 * Checks of one block that the schema cannot express (ids are checked by the caller): its kind's (kinds/<type>/).
 * A type that names no kind is the schema's to report.
 */
export async function checkBlock(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  await blockKindOf(b.type)?.check(ctx, b, path);
}
