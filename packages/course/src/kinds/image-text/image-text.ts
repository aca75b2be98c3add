// An image beside a Markdown text: side by side on wide screens, stacked on phones (issue 16).
import schema from './image-text.schema.json' with { type: 'json' };
import { withImage } from '../image-alt.ts';
import { imageTextCompiled } from './image-text-compiled.ts';

export const imageTextKind = withImage<'image-text'>('an image-text block', {
  ...imageTextCompiled,
  summary:
    'An image beside a Markdown text: side by side on wide screens, stacked on phones; `alt` required unless `decorative: true`.',
  schema,
  check: (ctx, b, path) => ctx.body(path, b, 'an image-text block'),
  build: (b, id, ctx) => ({
    type: 'image-text',
    id,
    position: b.position ?? 'left',
    body: ctx.body(b),
  }),
  compile: (b, ctx) => ({
    type: 'image-text',
    id: b.id,
    position: b.position,
    html: ctx.blockHtml(b.body),
  }),
});
