// A full-width banner image with an optional title and subtitle, always on a solid panel or below the image
// (never straight on the picture, whose colours nobody checks).
import schema from './banner.schema.json' with { type: 'json' };
import { withImage } from '../image-alt.ts';
import { defined, optional } from '../optional-field.ts';
import { bannerCompiled } from './banner-compiled.ts';

export const bannerKind = withImage<'banner'>('a banner', {
  ...bannerCompiled,
  summary:
    'A full-width image with an optional title and subtitle on a solid panel (never straight on the picture); `alt` required unless `decorative: true`.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    ctx.translations([...path, 'subtitle'], b.subtitle);
  },
  build: (b, id, ctx) => ({
    type: 'banner',
    id,
    ...defined('title', ctx.opt(b.title)),
    ...defined('subtitle', ctx.opt(b.subtitle)),
    titlePlacement: b.titlePlacement ?? 'overlay',
  }),
  compile: (b, ctx) => ({
    type: 'banner',
    id: b.id,
    ...optional('title', b.title, ctx.text),
    ...optional('subtitle', b.subtitle, ctx.text),
    titlePlacement: b.titlePlacement,
  }),
});
