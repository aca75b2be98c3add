// What every block showing a course image checks and compiles the same way (image, image-text, banner).
import { str, type CheckContext, type Obj } from '../check-context.ts';
import type { CompiledImage, Localized } from '../compiled-course.ts';
import { DiagnosticCode } from '../diagnostic.ts';
import type { LocalizedSource } from '../course-source.ts';
import type { SourcePath } from '../yaml-document.ts';
import type {
  BlockBuildContext,
  BlockCompileContext,
  BlockKindModule,
  ModelOf,
  SourceOf,
} from './block-kind.ts';
import type { WithoutTextsOf } from './compiled-block-kind.ts';

/** The block kinds whose image may be decorative (`decorative: true`, no `alt`). */
type ImageKind = 'image' | 'image-text' | 'banner';

/**
 * A kind of ImageKind written without its image: what `withImage()` adds (`src` and `alt` of the model, the
 * image part of the compiled block, the checks of checkImageSource).
 */
export type WithoutImage<T extends ImageKind> = Omit<BlockKindModule<T>, 'build' | 'compile'> & {
  build(b: SourceOf<T>, id: string, ctx: BlockBuildContext): Omit<ModelOf<T>, 'src' | 'alt'>;
  compile(b: ModelOf<T>, ctx: BlockCompileContext): Omit<WithoutTextsOf<T>, keyof CompiledImage>;
};

type Loose = { type: string; id: string } & Record<string, unknown>;
type ImageSource = { src: string; alt?: LocalizedSource; decorative?: boolean };
type ImageModel = { id: string; src: string; alt: Localized | null };

/**
 * The kind with its image: checked first (alt or decorative, the file), then the kind's own checks; `src` and
 * `alt` right after `type` and `id` in the model and the compiled block, whatever the kind adds after them.
 */
export function withImage<T extends ImageKind>(what: string, kind: WithoutImage<T>): BlockKindModule<T> {
  return {
    ...kind,
    async check(ctx, b, path) {
      await checkImageSource(ctx, b, path, what);
      await kind.check(ctx, b, path);
    },
    build(b, id, ctx) {
      const { type, id: _id, ...rest } = kind.build(b, id, ctx) as Loose;
      const image = b as ImageSource;
      const alt = image.decorative === true || image.alt === undefined ? null : ctx.loc(image.alt);
      return { type, id, src: ctx.path(image.src), alt, ...rest } as unknown as ModelOf<T>;
    },
    compile(b, ctx) {
      const { type, id, ...rest } = kind.compile(b, ctx) as Loose;
      const image = compileImage(b as unknown as ImageModel, ctx);
      return { type, id, ...image, ...rest } as unknown as WithoutTextsOf<T>;
    },
  };
}

/** `alt` in each language unless `decorative: true` (then no `alt`), and the image file itself. */
export async function checkImageSource(
  ctx: CheckContext,
  b: Obj,
  path: SourcePath,
  what: string,
): Promise<void> {
  const decorative = b.decorative === true;
  if (!decorative && b.alt === undefined) {
    ctx.out.error(path, {
      code: DiagnosticCode.altRequired,
      message: `${what} needs an \`alt\` text in each language, or \`decorative: true\`.`,
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
  const src = str(b.src);
  if (src) await ctx.files.checkImageBlock([...path, 'src'], src);
}

/** The package path of the image, its size when known, and its alt text in the package languages. */
export function compileImage<Alt extends Localized | null>(
  b: { id: string; src: string; alt: Alt },
  { requireAsset, text }: BlockCompileContext,
): CompiledImage & { alt: Alt } {
  const { path, asset } = requireAsset(b.src, b.id);
  return {
    src: path,
    ...(asset.width !== undefined && asset.height !== undefined
      ? { width: asset.width, height: asset.height }
      : {}),
    alt: (b.alt === null ? null : text(b.alt)) as Alt,
  };
}
