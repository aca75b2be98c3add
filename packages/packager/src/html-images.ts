// The images of the course's Markdown (`![alt](photo.png)` and `<img>`), compiled into its HTML strings: the build
// gives them what the image blocks get from the player (issue 16, performance): `srcset` and `sizes` for the
// resized copies, and their box (`width`, `height`), written into the HTML itself.

/** What the build knows about one raster image of the package. */
export interface ImageFacts {
  /** The image's size as browsers show it (EXIF orientation applied). */
  width: number;
  height: number;
  /** `<path> <width>w, …` when smaller copies were made. */
  srcset?: string;
}

/** As for image blocks (the player's blockImage): the page's width on phones, the text column on wide screens. */
export const HTML_IMAGE_SIZES = '(max-width: 48rem) 100vw, 46rem';

const IMG_TAG = /<img\b[^>]*>/g;
/** The sanitiser keeps only `assets/<file>` sources, written in double quotes. */
const ASSET_SRC = /\ssrc="(assets\/[^"/]+)"/;

/** Package paths of the images in every HTML string of `node` (a compiled course or any part of it). */
export function htmlImagePaths(node: unknown, into = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    if (node.includes('<img')) {
      for (const tag of node.match(IMG_TAG) ?? []) {
        const src = ASSET_SRC.exec(tag)?.[1];
        if (src) into.add(src);
      }
    }
  } else if (Array.isArray(node)) {
    for (const item of node) htmlImagePaths(item, into);
  } else if (node !== null && typeof node === 'object') {
    for (const value of Object.values(node)) htmlImagePaths(value, into);
  }
  return into;
}

/**
 * Adds, in place, to every `<img>` of the HTML strings of `node` whose image `facts` knows: `srcset` and `sizes`
 * (when copies exist) and `width` and `height` (unless the author gave a size). Attributes already there stay.
 */
export function addHtmlImageFacts(node: unknown, facts: ReadonlyMap<string, ImageFacts>): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      if (typeof item === 'string') node[i] = withFacts(item, facts);
      else addHtmlImageFacts(item, facts);
    });
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string') record[key] = withFacts(value, facts);
      else addHtmlImageFacts(value, facts);
    }
  }
}

function withFacts(html: string, facts: ReadonlyMap<string, ImageFacts>): string {
  if (!html.includes('<img')) return html;
  return html.replace(IMG_TAG, (tag) => {
    const src = ASSET_SRC.exec(tag)?.[1];
    const image = src === undefined ? undefined : facts.get(src);
    if (!image) return tag;
    const has = (name: string) => new RegExp(`\\s${name}\\s*=`, 'i').test(tag);
    const added = [
      ...(image.srcset && !has('srcset') ? [`srcset="${image.srcset}"`, `sizes="${HTML_IMAGE_SIZES}"`] : []),
      ...(has('width') || has('height') ? [] : [`width="${image.width}"`, `height="${image.height}"`]),
    ];
    if (added.length === 0) return tag;
    const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
    return `${tag.slice(0, end).trimEnd()} ${added.join(' ')}${tag.slice(end) === '/>' ? ' />' : '>'}`;
  });
}
