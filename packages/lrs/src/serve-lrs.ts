import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createLrsApp } from './http/create-lrs-app.ts';
import type { LrsUserConfig } from './http/lrs-config.ts';

export interface RunningLrs {
  /** xAPI endpoint, e.g. "http://127.0.0.1:8085/xapi". */
  endpoint: string;
  /** Stops accepting connections, waits for open requests, closes the storage. */
  close(): Promise<void>;
}

/** Idle time after which the server closes a keep-alive connection (longer than common clients'). */
export const KEEP_ALIVE_TIMEOUT_MS = 75_000;

/**
 * Requests Node's HTTP parser refuses before the app sees them (a URL or headers over 16 KB, malformed HTTP) get
 * the LRS's JSON error, not a bare 431 or a reset.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: true,
    code: tooLarge ? 'LRS_E_HEADERS_TOO_LARGE' : 'LRS_E_BAD_REQUEST',
    message: tooLarge
      ? 'The URL and headers exceed 16 KB; send long parameters in the body (alternate request syntax, xAPI 1.0.3) or shorten them.'
      : 'The request is not valid HTTP/1.1.',
    part: 'header',
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Listens on host:port (port 0 picks a free one) and serves the LRS until close(). */
export async function serveLrs(options: LrsUserConfig & { host: string; port: number }): Promise<RunningLrs> {
  const app = createLrsApp(options);
  const server = createServer((req, res) => app.handle(req, res));
  // Idle keep-alive connections are closed by the server only after the clients' own idle timeouts (Node's and
  // undici's agents 4–5 s, browsers up to 60 s), so a client never sends on a socket the server is closing.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerClientError(error, socket),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://${host}:${port}${app.config.basePath}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          options.storage.close();
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
