// Responsive images (issue 16, performance): smaller copies of the course's raster images, made once per course
// at build time, for the `srcset` of the cover, of the image-like blocks and of the images in the Markdown texts.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Sharp } from 'sharp';
import type { CompiledCourse } from '@dlis/course/compiled';
import type { PackageAsset } from './collect-content-files.ts';
import { PackageInputError } from './errors.ts';
import { addHtmlImageFacts, htmlImagePaths, type ImageFacts } from './html-images.ts';

/** Widths of the copies, in pixels; only those narrower than the image are made (never upscaled). */
export const RESPONSIVE_WIDTHS: readonly number[] = [480, 960, 1440];

/** The block types whose `src` is shown as an <img> the player gives a `srcset` to. */
const IMAGE_BLOCK_TYPES = new Set(['image', 'image-text', 'banner', 'labelled-graphic']);

type RasterFormat = 'png' | 'jpeg' | 'webp';
const RASTER_FORMATS: Record<string, RasterFormat> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
};

/**
 * The course with a `srcset` on its cover image files and image-like blocks, `srcset`, `sizes`, `width` and
 * `height` on the `<img>` of its HTML (Markdown images: html-images.ts), and the assets with the resized copies
 * added (`assets/x-480w.png`, held in memory). SVG and other files are left as they are. A copy is kept
 * only when it is smaller in bytes than the original. The same sources always give the same bytes: fixed encoder
 * settings, no metadata (sharp strips it), so packages stay reproducible.
 */
export async function withResponsiveImages<
  T extends { course: CompiledCourse; assets: readonly PackageAsset[] },
>(compiled: T): Promise<T> {
  const course = structuredClone(compiled.course);
  const targets: { holder: { srcset?: string }; path: string }[] = [];
  for (const file of Object.values(course.cover?.image?.files ?? {}))
    targets.push({ holder: file, path: file.path });
  collectImageBlocks(course.modules, targets);
  const inHtml = htmlImagePaths(course);
  const byTarget = new Map(compiled.assets.map((asset) => [asset.target, asset]));
  const wanted = [...new Set([...targets.map((t) => t.path), ...inHtml])].filter(
    (path) => byTarget.has(path) && rasterFormat(path) !== undefined,
  );
  if (wanted.length === 0) return compiled;
  const taken = new Set(byTarget.keys());
  const added: PackageAsset[] = [];
  const facts = new Map<string, ImageFacts>();
  for (const path of wanted) {
    const variants = await resizedCopies(byTarget.get(path)!, taken);
    added.push(...variants.copies.map((copy) => copy.asset));
    const srcset =
      variants.copies.length === 0
        ? undefined
        : [...variants.copies.map((c) => `${c.asset.target} ${c.width}w`), `${path} ${variants.width}w`].join(
            ', ',
          );
    facts.set(path, { width: variants.width, height: variants.height, ...(srcset ? { srcset } : {}) });
  }
  for (const { holder, path } of targets) {
    const srcset = facts.get(path)?.srcset;
    if (srcset) holder.srcset = srcset;
  }
  addHtmlImageFacts(course, facts);
  return { ...compiled, course, assets: [...compiled.assets, ...added] };
}

function rasterFormat(path: string): RasterFormat | undefined {
  return RASTER_FORMATS[extname(path).toLowerCase()];
}

/** Image blocks anywhere in the course tree (pages, and blocks nested in other blocks). */
function collectImageBlocks(node: unknown, into: { holder: { srcset?: string }; path: string }[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectImageBlocks(item, into);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (
    typeof record.type === 'string' &&
    IMAGE_BLOCK_TYPES.has(record.type) &&
    typeof record.src === 'string'
  ) {
    into.push({ holder: record as { srcset?: string }, path: record.src });
  }
  for (const value of Object.values(record)) collectImageBlocks(value, into);
}

async function resizedCopies(
  asset: PackageAsset,
  taken: Set<string>,
): Promise<{ width: number; height: number; copies: { width: number; asset: PackageAsset }[] }> {
  const format = rasterFormat(asset.target)!;
  // Loaded only for courses with raster images: a course of SVGs never starts libvips.
  const { default: sharp } = await import('sharp');
  try {
    const original = asset.data ?? (await readFile(asset.source));
    const meta = await sharp(original).metadata();
    // Browsers show the image turned by its EXIF orientation: the copies are turned the same way.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = turned ? meta.height : meta.width;
    const height = turned ? meta.width : meta.height;
    const copies: { width: number; asset: PackageAsset }[] = [];
    for (const copyWidth of RESPONSIVE_WIDTHS.filter((w) => w < width)) {
      const target = asset.target.replace(/(\.[^./]+)$/, `-${copyWidth}w$1`);
      if (taken.has(target)) continue;
      const data = await encode(sharp(original).autoOrient().resize({ width: copyWidth }), format);
      if (data.byteLength >= original.byteLength) continue;
      taken.add(target);
      copies.push({ width: copyWidth, asset: { source: asset.source, target, data } });
    }
    return { width, height, copies };
  } catch (error) {
    throw new PackageInputError('the course image', asset.source, error);
  }
}

function encode(image: Sharp, format: RasterFormat): Promise<Buffer> {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    case 'png':
      return image.png({ compressionLevel: 9, adaptiveFiltering: true, palette: false }).toBuffer();
    case 'webp':
      return image.webp({ quality: 80, effort: 4 }).toBuffer();
  }
}
