import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** The part of a fetch Response that the LRS client reads. */
export interface TextResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The body's bytes without a copy (httpGet's own; a WHATWG Response has only arrayBuffer()). */
  buffer?(): Promise<Buffer>;
  /** Hands buffer()'s memory back for the next bodies: that Buffer must not be read after. */
  release?(): void;
  body: { cancel(): Promise<void> } | null;
}

export interface HttpGetInit {
  headers: Record<string, string>;
  signal?: AbortSignal;
}

const REDIRECTS = 5;

/**
 * GET with node:http(s), the default transport of the LRS client: for the megabytes of a statement page it costs
 * far less CPU and memory than the WHATWG fetch (no web streams, one Buffer per chunk, the body handed over as
 * one Buffer, decoded by its reader). Behaves like fetch where the client relies on it: follows redirects (dropping credentials when the
 * origin changes), accepts gzip, deflate and br, rejects with the socket error (`cause.code`) on network failure.
 */
export function httpGet(url: string, init: HttpGetInit, redirects = REDIRECTS): Promise<TextResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.get(
      target,
      {
        headers: { ...init.headers, 'accept-encoding': 'gzip, deflate, br' },
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location !== undefined && redirects > 0) {
          response.resume();
          const next = new URL(location, target);
          const headers = { ...init.headers };
          if (next.origin !== target.origin) delete headers.authorization;
          resolve(httpGet(next.toString(), { ...init, headers }, redirects - 1));
          return;
        }
        resolve(textResponse(response, status));
      },
    );
    request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
  });
}

/**
 * Buffers that bodies are gathered into, handed back by their reader once parsed (`release`) and reused. A page
 * gathered into a new Buffer of its size, per page, lives outside the JavaScript heap until the garbage collector
 * frees its owner; pages kept waiting (read ahead, several windows at once) reach the old generation and their
 * memory stays allocated until a full collection: tens of megabytes over a long fetch.
 */
const spare: Buffer[] = [];
const MAX_SPARE = 8;
const MIN_BUFFER = 1 << 20;

function takeBuffer(atLeast: number): Buffer {
  const fits = spare.findIndex((b) => b.length >= atLeast);
  if (fits >= 0) return spare.splice(fits, 1)[0]!;
  return Buffer.allocUnsafeSlow(Math.max(atLeast, MIN_BUFFER));
}

function giveBack(buffer: Buffer): void {
  if (spare.length < MAX_SPARE) spare.push(buffer);
}

function textResponse(response: IncomingMessage, status: number): TextResponse {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  const body = decoder === undefined ? response : response.pipe(decoder);
  const length = Number(response.headers['content-length']);
  let store: Buffer | undefined;
  let released = false;
  const bytes = new Promise<Buffer>((resolve, reject) => {
    let size = 0;
    // each chunk is copied at once, so it dies young; the body grows in a reused buffer
    body.on('data', (chunk: Buffer) => {
      if (store === undefined || size + chunk.length > store.length) {
        const bigger = takeBuffer(
          Math.max(size + chunk.length, 2 * (store?.length ?? 0), decoder ? 0 : length || 0),
        );
        if (store !== undefined) {
          store.copy(bigger, 0, 0, size);
          giveBack(store);
        }
        store = bigger;
      }
      chunk.copy(store, size);
      size += chunk.length;
    });
    body.on('end', () => resolve((store ?? Buffer.alloc(0)).subarray(0, size)));
    body.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
    response.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
  });
  // the body is read whatever happens: a failed read must not be an unhandled rejection
  bytes.catch(() => {});
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: {
      get(name: string) {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    text: async () => (await bytes).toString('utf8'),
    arrayBuffer: async () => {
      const b = await bytes;
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
    buffer: () => bytes,
    release: () => {
      if (released || store === undefined) return;
      released = true;
      giveBack(store);
    },
    body: {
      cancel: async () => {
        response.destroy();
      },
    },
  };
}
