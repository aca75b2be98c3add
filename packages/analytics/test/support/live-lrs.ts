import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLrsKey,
  createMemoryStorage,
  prepareStatement,
  serveLrs,
  withStored,
  type RunningLrs,
} from '@dlis/lrs';
import type { JsonObject, Statement } from '@dlis/xapi-profile';

export interface LiveLrs {
  lrs: RunningLrs;
  endpoint: string;
  /** KEY:SECRET of a key with `all`. */
  auth: string;
  post(statements: readonly Statement[]): Promise<void>;
  /**
   * Stores statements as the LRS does on a POST, but with the `stored` times given (in the same order as the
   * statements, never decreasing): a spread of stored times without waiting for the clock.
   */
  store(statements: readonly Statement[], stored: (index: number) => string): void;
  close(): Promise<void>;
}

/** The real embedded LRS over HTTP on a free port, in memory, with a small page size so paging is exercised. */
export async function startLrs(maxLimit = 25): Promise<LiveLrs> {
  const storage = createMemoryStorage();
  const { key, secret } = createLrsKey(storage, { name: 'analytics tests', scopes: ['all'] });
  const auth = `${key}:${secret}`;
  const lrs = await serveLrs({ storage, host: '127.0.0.1', port: 0, maxLimit });
  const header = `Basic ${Buffer.from(auth).toString('base64')}`;
  return {
    lrs,
    endpoint: lrs.endpoint,
    auth,
    async post(statements) {
      for (let i = 0; i < statements.length; i += 200) {
        const response = await fetch(`${lrs.endpoint}/statements`, {
          method: 'POST',
          headers: {
            authorization: header,
            'content-type': 'application/json',
            'x-experience-api-version': '1.0.3',
          },
          body: JSON.stringify(statements.slice(i, i + 200)),
        });
        if (!response.ok)
          throw new Error(`POST statements: HTTP ${response.status} ${await response.text()}`);
      }
    },
    store(statements, stored) {
      const authority = {
        objectType: 'Agent',
        account: { homePage: 'http://localhost/dlis-lrs', name: key },
      };
      const batch = statements.map((s, i) =>
        withStored(
          prepareStatement(structuredClone(s) as unknown as JsonObject, {
            id: s.id ?? crypto.randomUUID(),
            authority,
            version: '1.0.3',
          }),
          stored(i),
        ),
      );
      storage.insertStatementBatches([batch]);
    },
    close: () => lrs.close(),
  };
}

/**
 * A tiny HTTP proxy in front of the LRS that injects the faults the LRS cannot be made to produce: `fault(n)`
 * decides for the n-th request (0-based) to answer a status (with headers), drop the connection, or pass.
 */
export async function startFaultProxy(
  target: string,
  fault: (
    n: number,
    url: string,
  ) => { status: number; headers?: Record<string, string>; body?: string } | 'drop' | 'pass',
  /** Changes the path and query passed on (an LRS that misreads a parameter). */
  rewrite: (url: string) => string = (url) => url,
): Promise<{ endpoint: string; requests: () => number; close(): Promise<void> }> {
  const targetUrl = new URL(target);
  let count = 0;
  const server: Server = createServer((req, res) => {
    const action = fault(count++, req.url ?? '');
    if (action === 'drop') {
      req.socket.destroy();
      return;
    }
    if (action !== 'pass') {
      res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
      res.end(action.body ?? '{"error":true}');
      return;
    }
    const upstream = request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        path: rewrite(req.url ?? ''),
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    // a client that gives up (another window failed) closes its side: not an error of the test
    upstream.on('error', () => res.destroy());
    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
