// What every block showing a course image checks and compiles the same way (image, image-text, banner).
import { str, type CheckContext, type Obj } from '../check-context.ts';
import type { Localized } from '../compiled-course.ts';
import { DiagnosticCode } from '../diagnostic.ts';
import type { SourcePath } from '../yaml-document.ts';
import type { BlockCompileContext } from './block-kind.ts';

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
export function compileImage(
  b: { id: string; src: string; alt: Localized | null },
  { requireAsset, text }: BlockCompileContext,
): { src: string; width?: number; height?: number; alt: Localized | null } {
  const { path, asset } = requireAsset(b.src, b.id);
  return {
    src: path,
    ...(asset.width !== undefined && asset.height !== undefined
      ? { width: asset.width, height: asset.height }
      : {}),
    alt: b.alt === null ? null : text(b.alt),
  };
}
