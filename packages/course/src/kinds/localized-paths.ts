import { isObj, type CheckContext } from '../check-context.ts';
import type { SourcePath } from '../yaml-document.ts';

/** Per-language paths (`src`, `file` of a resource): one string for every language, or a map of them. */
export function localizedPaths(ctx: CheckContext, path: SourcePath, value: unknown): [SourcePath, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (!isObj(value)) return [];
  ctx.translations(path, value);
  return ctx.languages.flatMap((l): [SourcePath, string][] =>
    typeof value[l] === 'string' ? [[[...path, l], value[l]]] : [],
  );
}
