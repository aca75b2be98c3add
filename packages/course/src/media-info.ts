/** Audio and video containers a course may ship, by file extension. */
export const MEDIA_EXTENSIONS = ['mp4', 'm4a', 'm4v', 'webm', 'ogg', 'oga', 'ogv', 'mp3', 'wav'] as const;

export type MediaContainer = 'mp4' | 'webm' | 'ogg' | 'mp3' | 'wav';

const containerOfExtension: Record<(typeof MEDIA_EXTENSIONS)[number], MediaContainer> = {
  mp4: 'mp4',
  m4a: 'mp4',
  m4v: 'mp4',
  webm: 'webm',
  ogg: 'ogg',
  oga: 'ogg',
  ogv: 'ogg',
  mp3: 'mp3',
  wav: 'wav',
};

export function mediaContainerOf(ext: string): MediaContainer | undefined {
  return (containerOfExtension as Record<string, MediaContainer>)[ext.toLowerCase()];
}

const ascii = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));

/** The container the first bytes announce (magic numbers), or undefined. */
export function sniffMediaContainer(b: Uint8Array): MediaContainer | undefined {
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') return 'mp4';
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return 'webm';
  if (b.length >= 4 && ascii(b, 0, 4) === 'OggS') return 'ogg';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return 'wav';
  if (b.length >= 3 && ascii(b, 0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame header: 11 sync bits, then a layer that is not "reserved".
  if (b.length >= 2 && b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && (b[1]! & 0x06) !== 0) return 'mp3';
  return undefined;
}

/** MIME type of a media file for the `<source type>` attribute; `kind` tells audio and video mp4/webm/ogg apart. */
export function mediaMimeType(ext: string, kind: 'audio' | 'video'): string {
  const e = ext.toLowerCase();
  if (e === 'mp3') return 'audio/mpeg';
  if (e === 'wav') return 'audio/wav';
  if (e === 'm4a' || e === 'oga') return e === 'm4a' ? 'audio/mp4' : 'audio/ogg';
  if (e === 'm4v' || e === 'ogv') return e === 'm4v' ? 'video/mp4' : 'video/ogg';
  const container = mediaContainerOf(e) ?? 'mp4';
  return `${kind}/${container}`;
}

/** WebVTT files start with "WEBVTT" (after an optional BOM), followed by a space, a tab or a line end. */
export function isWebVtt(b: Uint8Array): boolean {
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (ascii(b, start, start + 6) !== 'WEBVTT') return false;
  const next = b[start + 6];
  return next === undefined || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** woff2 files start with "wOF2". */
export function isWoff2(b: Uint8Array): boolean {
  return b.length >= 4 && ascii(b, 0, 4) === 'wOF2';
}

/** Name of a language in that language, for caption track labels. */
const autonyms: Record<string, string> = {
  fr: 'Français',
  en: 'English',
  el: 'Ελληνικά',
  ro: 'Română',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
};

export function languageAutonym(tag: string): string {
  return autonyms[tag] ?? autonyms[tag.split('-')[0]!] ?? tag;
}
