// Resources to download (files of the course) or to visit (links), with titles and descriptions.
import schema from './resources.schema.json' with { type: 'json' };
import { isObj, list, type CheckContext, type Obj } from '../../check-context.ts';
import type { ResourceItem } from '../../compiled-course.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { localizedPaths } from '../localized-paths.ts';
import { defined, optional } from '../optional-field.ts';
import { resourcesCompiled } from './resources-compiled.ts';

const position = (i: number) => String(i + 1);

export const resourcesKind: BlockKindModule<'resources'> = {
  ...resourcesCompiled,
  summary: 'Downloads from the course folder and links to web pages.',
  schema,
  check: checkResources,
  build: (b, id, ctx) => ({
    type: 'resources',
    id,
    ...defined('title', ctx.opt(b.title)),
    items: b.items.map((it, i) => {
      const common = {
        id: it.id ?? position(i),
        title: ctx.loc(it.title),
        ...defined('description', ctx.opt(it.description)),
      };
      return it.file !== undefined
        ? { kind: 'download' as const, ...common, file: ctx.paths(it.file) }
        : {
            kind: 'link' as const,
            ...common,
            url: Object.fromEntries(
              ctx.languages.map((l) => [l, typeof it.url === 'string' ? it.url : it.url![l]!]),
            ),
          };
    }),
  }),
  compile: (b, { languages, text, requireAsset }) => ({
    type: 'resources',
    id: b.id,
    ...optional('title', b.title, text),
    items: b.items.map((it): ResourceItem => {
      const common = {
        id: it.id,
        title: text(it.title),
        ...optional('description', it.description, text),
      };
      if (it.kind === 'link') return { kind: 'link', ...common, url: text(it.url) };
      const file = Object.fromEntries(
        languages.map((l) => {
          const { path, asset } = requireAsset(it.file[l]!, b.id);
          return [l, { path, bytes: asset.bytes, format: asset.ext.toUpperCase() }];
        }),
      );
      return { kind: 'download', ...common, file };
    }),
  }),
};

async function checkResources(ctx: CheckContext, b: Obj, path: SourcePath): Promise<void> {
  ctx.translations([...path, 'title'], b.title);
  ctx.itemIds(b.items, [...path, 'items'], 'resource');
  for (const [i, item] of list(b.items).entries()) {
    if (!isObj(item)) continue;
    const iPath = [...path, 'items', i];
    ctx.translations([...iPath, 'title'], item.title);
    ctx.translations([...iPath, 'description'], item.description);
    if ((item.file === undefined) === (item.url === undefined)) {
      ctx.out.error(iPath, {
        code: DiagnosticCode.resourceSource,
        message: "a resource needs exactly one of 'file' (a download) and 'url' (a link).",
        hint: "Use 'file: assets/guide.pdf' for a file of the course, or 'url: https://…' for a web page.",
      });
    }
    for (const [at, ref] of localizedPaths(ctx, [...iPath, 'file'], item.file))
      await ctx.files.checkAsset(at, ref, 'download');
    localizedPaths(ctx, [...iPath, 'url'], item.url);
  }
}
