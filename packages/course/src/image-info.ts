/** Image formats a course may use, by file extension. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif'] as const;

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg' | 'avif';

const formatOfExtension: Record<(typeof IMAGE_EXTENSIONS)[number], ImageFormat> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  svg: 'svg',
  avif: 'avif',
};

export function formatFromExtension(ext: string): ImageFormat | undefined {
  return (formatOfExtension as Record<string, ImageFormat>)[ext.toLowerCase()];
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** The format the file's first bytes announce (magic numbers), or undefined. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a)
    return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const boxSize = Math.min(((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0, b.length, 64);
    for (let i = 8; i + 4 <= boxSize; i += 4) if (/^avi[fs]$/.test(ascii(b, i, i + 4))) return 'avif';
    return undefined;
  }
  const head = new TextDecoder().decode(b.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}

/** Intrinsic size in pixels when the header tells it cheaply (png, gif, jpeg, svg width/height). */
export function imageSize(format: ImageFormat, b: Uint8Array): { width: number; height: number } | undefined {
  const u16be = (i: number) => (b[i]! << 8) | b[i + 1]!;
  const u32be = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  if (format === 'png' && b.length >= 24) return { width: u32be(16), height: u32be(20) };
  if (format === 'gif' && b.length >= 10)
    return { width: b[6]! | (b[7]! << 8), height: b[8]! | (b[9]! << 8) };
  if (format === 'jpeg') {
    let i = 2;
    while (i + 9 < b.length && b[i] === 0xff) {
      const marker = b[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: u16be(i + 7), height: u16be(i + 5) };
      }
      i += 2 + u16be(i + 2);
    }
    return undefined;
  }
  if (format === 'svg') {
    const tag = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(b.subarray(0, 4096)))?.[0] ?? '';
    const width = /\swidth\s*=\s*["']\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*["']/.exec(tag)?.[1];
    const height = /\sheight\s*=\s*["']\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*["']/.exec(tag)?.[1];
    if (width && height) return { width: Math.round(Number(width)), height: Math.round(Number(height)) };
    const box =
      /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*["']/.exec(
        tag,
      );
    if (box) return { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) };
  }
  return undefined;
}
