// An image of the course with its alternative text (or decorative) and an optional caption.
import schema from './image.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { checkImageSource, compileImage } from '../image-alt.ts';
import { imageCompiled } from './image-compiled.ts';
import { defined, optional } from '../optional-field.ts';

export const imageKind: BlockKindModule<'image'> = {
  ...imageCompiled,
  summary:
    'A picture from the course folder, with its alternative text (or `decorative: true`) and an optional caption.',
  schema,
  async check(ctx, b, path) {
    await checkImageSource(ctx, b, path, 'an image');
    await ctx.markdownTexts([...path, 'caption'], b.caption, true);
  },
  build: (b, id, ctx) => ({
    type: 'image',
    id,
    src: ctx.path(b.src),
    alt: b.decorative === true ? null : ctx.loc(b.alt!),
    ...defined('caption', ctx.opt(b.caption)),
  }),
  compile: (b, ctx) => ({
    type: 'image',
    id: b.id,
    ...compileImage(b, ctx),
    ...optional('caption', b.caption, ctx.inline),
  }),
};
