// An image of the course with its alternative text (or decorative) and an optional caption.
import schema from './image.schema.json' with { type: 'json' };
import { withImage } from '../image-alt.ts';
import { imageCompiled } from './image-compiled.ts';
import { defined, optional } from '../optional-field.ts';

export const imageKind = withImage<'image'>('an image', {
  ...imageCompiled,
  summary:
    'A picture from the course folder, with its alternative text (or `decorative: true`) and an optional caption.',
  schema,
  async check(ctx, b, path) {
    await ctx.markdownTexts([...path, 'caption'], b.caption, true);
  },
  build: (b, id, ctx) => ({ type: 'image', id, ...defined('caption', ctx.opt(b.caption)) }),
  compile: (b, ctx) => ({ type: 'image', id: b.id, ...optional('caption', b.caption, ctx.inline) }),
});
