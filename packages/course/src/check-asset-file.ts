import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AssetKind } from './course-files.ts';
import type { CheckedAsset } from './course-model.ts';
import { DiagnosticCode } from './diagnostic.ts';
import type { Finding } from './diagnostic-collector.ts';
import { isWebVtt, isWoff2, MEDIA_EXTENSIONS, mediaContainerOf, sniffMediaContainer } from './media-info.ts';

export type { AssetKind } from './course-files.ts';

/** Media above this size get a warning (learners may be on slow or metered connections). */
export const LARGE_MEDIA_BYTES = 50 * 1024 * 1024;
/** Captions and fonts above this size are refused: they are small text or font files. */
const MAX_SMALL_FILE_BYTES = 5 * 1024 * 1024;

export type AssetCheck =
  { ok: true; asset: CheckedAsset; warning?: Finding } | { ok: false; finding: Finding };

async function head(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function formatProblem(kind: AssetKind, ext: string, bytes: Uint8Array, ref: string): Finding | undefined {
  if (kind === 'media') {
    const expected = mediaContainerOf(ext);
    if (!expected) {
      return {
        code: DiagnosticCode.mediaFormat,
        message: `'${ref}' is not a supported audio or video format.`,
        hint: `Use one of: ${MEDIA_EXTENSIONS.join(', ')} (mp3 or ogg for audio, mp4 or webm for video).`,
      };
    }
    const actual = sniffMediaContainer(bytes);
    if (actual !== expected) {
      return {
        code: DiagnosticCode.mediaFormat,
        message: actual
          ? `'${ref}' is a ${actual.toUpperCase()} file, not ${expected.toUpperCase()} as its name says.`
          : `'${ref}' is not a ${expected.toUpperCase()} file (its content does not match its extension).`,
        hint: 'Export the recording again, or rename it with the extension of its real format.',
      };
    }
  } else if (kind === 'captions') {
    if (ext !== 'vtt' || !isWebVtt(bytes)) {
      return {
        code: DiagnosticCode.captionsFormat,
        message: `'${ref}' is not a WebVTT captions file (a .vtt file starting with "WEBVTT").`,
        hint: 'Convert the subtitles to WebVTT (most subtitle editors export it).',
      };
    }
  } else if (kind === 'font') {
    if (ext !== 'woff2' || !isWoff2(bytes)) {
      return {
        code: DiagnosticCode.fontFormat,
        message: `'${ref}' is not a WOFF2 font file.`,
        hint: 'Convert the font to WOFF2 (.woff2), the compact web font format every browser reads.',
      };
    }
  }
  return undefined;
}

/** Check a media, captions, download or font file: format by extension and first bytes, size. */
export async function checkAssetFile(file: string, ref: string, kind: AssetKind): Promise<AssetCheck> {
  const ext = extname(file).slice(1).toLowerCase();
  const { size } = await stat(file);
  if (size === 0) {
    return { ok: false, finding: { code: DiagnosticCode.emptyFile, message: `'${ref}' is empty.` } };
  }
  if ((kind === 'captions' || kind === 'font') && size > MAX_SMALL_FILE_BYTES) {
    return {
      ok: false,
      finding: {
        code: DiagnosticCode.fileTooLarge,
        message: `'${ref}' is larger than ${MAX_SMALL_FILE_BYTES / 1024 / 1024} MiB.`,
      },
    };
  }
  const problem = formatProblem(kind, ext, await head(file, 64), ref);
  if (problem) return { ok: false, finding: problem };
  const asset: CheckedAsset = { source: file, ext, bytes: size };
  if (kind === 'media' && size > LARGE_MEDIA_BYTES) {
    return {
      ok: true,
      asset,
      warning: {
        code: DiagnosticCode.largeMedia,
        message: `this recording weighs ${(size / 1024 / 1024).toFixed(1)} MiB.`,
        hint: 'Learners may have slow or metered connections: compress it or split it into shorter parts.',
      },
    };
  }
  return { ok: true, asset };
}
