import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';

/** Markdown files and course.yaml above this size are refused (checked with stat, before reading). */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

export type TextFileResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'missing' | 'not-a-file' | 'too-large' | 'empty' }
  /** `offset` is the UTF-16 index in the text decoded so far (everything before the bad byte). */
  | { ok: false; problem: 'binary'; reason: 'NUL byte' | 'invalid UTF-8'; text: string; offset: number };

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates, truncation included), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Read a UTF-8 text file with bounded memory: size checked before reading; NUL bytes and invalid UTF-8
 * mean "binary" (with the position of the first bad byte). A leading BOM is dropped. A file holding only
 * white space is "empty".
 */
export async function readTextFile(file: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFileResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, problem: 'not-a-file' };
    size = info.size;
  } catch {
    return { ok: false, problem: 'missing' };
  }
  if (size > maxBytes) return { ok: false, problem: 'too-large' };
  const handle = await open(file, 'r');
  let bytes: Uint8Array;
  try {
    // Read at most maxBytes + 1, in case the file grew since stat.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) return { ok: false, problem: 'too-large' };
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  const decodable = nul === -1 ? body : body.subarray(0, nul);
  // Node's native check first: the byte-by-byte search only runs to locate a fault it found.
  const invalid = isUtf8(decodable) ? -1 : firstInvalidUtf8(decodable);
  if (nul !== -1 || invalid !== -1) {
    const end = invalid !== -1 ? invalid : nul;
    const text = new TextDecoder().decode(body.subarray(0, end));
    return {
      ok: false,
      problem: 'binary',
      reason: invalid !== -1 ? 'invalid UTF-8' : 'NUL byte',
      text,
      offset: text.length,
    };
  }
  const text = new TextDecoder().decode(body);
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, text };
}
