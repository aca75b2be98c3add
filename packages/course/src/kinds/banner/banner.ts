// A full-width banner image with an optional title and subtitle, always on a solid panel or below the image
// (never straight on the picture, whose colours nobody checks).
import schema from './banner.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { checkImageSource, compileImage } from '../image-alt.ts';
import { defined, optional } from '../optional-field.ts';
import { bannerCompiled } from './banner-compiled.ts';

export const bannerKind: BlockKindModule<'banner'> = {
  ...bannerCompiled,
  summary:
    'A full-width image with an optional title and subtitle on a solid panel (never straight on the picture); `alt` required unless `decorative: true`.',
  schema,
  async check(ctx, b, path) {
    await checkImageSource(ctx, b, path, 'a banner');
    ctx.translations([...path, 'title'], b.title);
    ctx.translations([...path, 'subtitle'], b.subtitle);
  },
  build: (b, id, ctx) => ({
    type: 'banner',
    id,
    src: ctx.path(b.src),
    alt: b.decorative === true ? null : ctx.loc(b.alt!),
    ...defined('title', ctx.opt(b.title)),
    ...defined('subtitle', ctx.opt(b.subtitle)),
    titlePlacement: b.titlePlacement ?? 'overlay',
  }),
  compile: (b, ctx) => ({
    type: 'banner',
    id: b.id,
    ...compileImage(b, ctx),
    ...optional('title', b.title, ctx.text),
    ...optional('subtitle', b.subtitle, ctx.text),
    titlePlacement: b.titlePlacement,
  }),
};
