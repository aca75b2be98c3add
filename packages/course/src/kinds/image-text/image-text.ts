// An image beside a Markdown text: side by side on wide screens, stacked on phones (issue 16).
import schema from './image-text.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { checkImageSource, compileImage } from '../image-alt.ts';
import { imageTextCompiled } from './image-text-compiled.ts';

export const imageTextKind: BlockKindModule<'image-text'> = {
  ...imageTextCompiled,
  summary:
    'An image beside a Markdown text: side by side on wide screens, stacked on phones; `alt` required unless `decorative: true`.',
  schema,
  async check(ctx, b, path) {
    await checkImageSource(ctx, b, path, 'an image-text block');
    await ctx.body(path, b, 'an image-text block');
  },
  build: (b, id, ctx) => ({
    type: 'image-text',
    id,
    src: ctx.path(b.src),
    alt: b.decorative === true ? null : ctx.loc(b.alt!),
    position: b.position ?? 'left',
    body: ctx.body(b),
  }),
  compile: (b, ctx) => ({
    type: 'image-text',
    id: b.id,
    ...compileImage(b, ctx),
    position: b.position,
    html: ctx.blockHtml(b.body),
  }),
};
