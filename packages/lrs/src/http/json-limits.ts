import { isUtf8 } from 'node:buffer';
import { LrsError } from '../lrs-error.ts';

/**
 * Deepest nesting of arrays and objects accepted in any JSON the LRS reads (statements, documents, query
 * parameters). Real statements nest about 10 levels; the bound keeps every later walk (validation, canonical JSON,
 * document merge) far from the stack limit.
 */
export const MAX_JSON_DEPTH = 64;

/** Bytes → text, refusing invalid UTF-8 (a 400 naming the part), never replacing it with U+FFFD. */
export function decodeUtf8(bytes: Buffer, part: string): string {
  // isUtf8 is a native check, cheaper than a fatal TextDecoder on every statement body.
  if (!isUtf8(bytes)) throw new LrsError('badRequest', `The ${part} is not valid UTF-8.`, { part });
  return bytes.toString('utf8');
}

/**
 * Throws LRS_E_TOO_DEEP when arrays and objects nest deeper than MAX_JSON_DEPTH. Recursive, but the recursion
 * stops at MAX_JSON_DEPTH + 1 levels whatever the input; for…in allocates nothing (this runs on every body).
 */
export function checkJsonDepth(value: unknown, part: string, what: string, depth = 1): void {
  if (value === null || typeof value !== 'object') return;
  if (depth > MAX_JSON_DEPTH) {
    throw new LrsError(
      'tooDeep',
      `${what} nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels; flatten it.`,
      { part },
    );
  }
  if (Array.isArray(value)) {
    for (const child of value) checkJsonDepth(child, part, what, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) checkJsonDepth(object[key], part, what, depth + 1);
}

/** JSON text → value, with a 400 for malformed JSON and LRS_E_TOO_DEEP for nesting past MAX_JSON_DEPTH. */
export function parseJsonText(text: string, part: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new LrsError('badRequest', `${what} is not valid JSON: ${(error as Error).message}.`, { part });
  }
  checkJsonDepth(value, part, what);
  return value;
}

/**
 * Refuses a query string (or form body) whose percent-escapes are not UTF-8 ("%FF"): URLSearchParams would turn
 * them into U+FFFD and a filter would silently match nothing, or a stored value would be corrupted.
 */
export function checkQueryEncoding(search: string, part: string): void {
  // Raw bytes past ASCII in a URL are not percent-encoded, so their encoding is unknown: refused too.
  if (part === 'query' && /[^\x21-\x7e]/.test(search)) {
    throw new LrsError('badRequest', 'The query has characters that are not percent-encoded.', { part });
  }
  for (const component of search.replace(/^\?/, '').split(/[&=]/)) {
    try {
      decodeURIComponent(component.replace(/\+/g, ' '));
    } catch {
      throw new LrsError('badRequest', `The ${part} has percent-escapes that are not valid UTF-8.`, { part });
    }
  }
}
