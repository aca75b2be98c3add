import { LrsError } from '../lrs-error.ts';

export interface MultipartPart {
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
}

/** The boundary parameter of a multipart Content-Type, or throws 400. */
export function multipartBoundary(contentType: string): string {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) {
    throw new LrsError('badRequest', 'multipart/mixed needs a boundary parameter in Content-Type.', {
      part: 'header',
    });
  }
  return boundary;
}

/** Splits a multipart body (RFC 2046 §5.1.1) into parts; preamble and epilogue are ignored. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0)
    throw new LrsError('badRequest', 'The multipart body has no part with the announced boundary.', {
      part: 'body',
    });
  for (;;) {
    let start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = body.indexOf(delimiter, start);
    if (next < 0)
      throw new LrsError('badRequest', 'The multipart body is not closed by its boundary.', { part: 'body' });
    // The CRLF before a delimiter belongs to the delimiter.
    const end = body.subarray(next - 2, next).toString() === '\r\n' ? next - 2 : next;
    const raw = body.subarray(start, end);
    const split = raw.indexOf('\r\n\r\n');
    const headerText = split < 0 ? raw.toString('utf8') : raw.subarray(0, split).toString('utf8');
    const headers: Record<string, string> = {};
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4) });
    pos = next;
  }
  return parts;
}

/** Builds a multipart/mixed body; returns it with its Content-Type. */
export function buildMultipart(parts: readonly MultipartPart[]): { contentType: string; body: Buffer } {
  const boundary = `dlis-lrs-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const headers = Object.entries(part.headers).map(([k, v]) => `${k}: ${v}`);
    chunks.push(
      Buffer.from(`--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n`),
      part.body,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}
