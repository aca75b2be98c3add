// An image of the course with its alternative text (or decorative) and an optional caption.
import schema from './image.schema.json' with { type: 'json' };
import { str } from '../../check-context.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { imageCompiled } from './image-compiled.ts';
import { defined, optional } from '../optional-field.ts';

export const imageKind: BlockKindModule<'image'> = {
  ...imageCompiled,
  summary:
    'A picture from the course folder, with its alternative text (or `decorative: true`) and an optional caption.',
  schema,
  async check(ctx, b, path) {
    const decorative = b.decorative === true;
    if (!decorative && b.alt === undefined) {
      ctx.out.error(path, {
        code: DiagnosticCode.altRequired,
        message: 'an image needs an `alt` text in each language, or `decorative: true`.',
        hint: 'Describe what the image tells, for people who cannot see it.',
      });
    }
    if (decorative && b.alt !== undefined) {
      ctx.out.warning(
        [...path, 'alt'],
        {
          code: DiagnosticCode.unusedAlt,
          message: 'a decorative image has no alt text: this one is ignored.',
          hint: 'Remove `decorative: true` if the image carries information.',
        },
        'key',
      );
    }
    ctx.translations([...path, 'alt'], b.alt);
    await ctx.markdownTexts([...path, 'caption'], b.caption, true);
    const src = str(b.src);
    if (src) await ctx.files.checkImageBlock([...path, 'src'], src);
  },
  build: (b, id, ctx) => ({
    type: 'image',
    id,
    src: ctx.path(b.src),
    alt: b.decorative === true ? null : ctx.loc(b.alt!),
    ...defined('caption', ctx.opt(b.caption)),
  }),
  compile(b, { requireAsset, text, inline }) {
    const { path, asset } = requireAsset(b.src, b.id);
    return {
      type: 'image',
      id: b.id,
      src: path,
      ...(asset.width !== undefined && asset.height !== undefined
        ? { width: asset.width, height: asset.height }
        : {}),
      alt: b.alt === null ? null : text(b.alt),
      ...optional('caption', b.caption, inline),
    };
  },
};
