import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLrsApp } from './http/create-lrs-app.ts';
import type { LrsUserConfig } from './http/lrs-config.ts';

export interface RunningLrs {
  /** xAPI endpoint, e.g. "http://127.0.0.1:8085/xapi". */
  endpoint: string;
  /** Stops accepting connections, waits for open requests, closes the storage. */
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and serves the LRS until close(). */
export async function serveLrs(options: LrsUserConfig & { host: string; port: number }): Promise<RunningLrs> {
  const app = createLrsApp(options);
  const server = createServer((req, res) => app.handle(req, res));
  server.keepAliveTimeout = 5000;
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
