import { MAX_UTF8_BYTES_PER_CHAR } from './suspend-data-format.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The UTF-8 bytes of `text` cut to its first `maxLength` characters (Unicode code points, never half of one).
 * A lone surrogate becomes U+FFFD, as TextEncoder does.
 */
export function utf8Cut(text: string, maxLength: number): Uint8Array {
  const limit = Math.max(0, Math.floor(maxLength) || 0);
  const chars = [...text];
  return encoder.encode(chars.length > limit ? chars.slice(0, limit).join('') : text);
}

/** Text decoded from UTF-8, or undefined for malformed bytes or more than `maxLength` characters. */
export function utf8Read(bytes: Uint8Array, maxLength: number): string | undefined {
  try {
    const text = decoder.decode(bytes);
    return [...text].length <= maxLength ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Most UTF-8 bytes a text of `maxLength` characters can take. */
export function maxUtf8Bytes(maxLength: number): number {
  return Math.max(0, Math.floor(maxLength)) * MAX_UTF8_BYTES_PER_CHAR;
}
