import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { httpGet } from '../src/http-get.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('follows redirects, keeps credentials on the same origin only, and decodes gzip as UTF-8', async () => {
  const seen: { path: string; auth: string | undefined }[] = [];
  const other = await serve((req, res) => {
    seen.push({ path: req.url ?? '', auth: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.from('{"statements":[],"note":"élève ✓"}', 'utf8')));
  });
  const first = await serve((req, res) => {
    seen.push({ path: req.url ?? '', auth: req.headers.authorization });
    res.writeHead(302, { location: req.url === '/a' ? '/b' : `${other}/c` }).end();
  });
  const response = await httpGet(`${first}/a`, { headers: { authorization: 'Basic c2VjcmV0' } });
  expect(response.ok).toBe(true);
  expect(response.headers.get('Content-Type')).toBe('application/json');
  expect(await response.text()).toBe('{"statements":[],"note":"élève ✓"}');
  expect(seen).toEqual([
    { path: '/a', auth: 'Basic c2VjcmV0' },
    { path: '/b', auth: 'Basic c2VjcmV0' },
    { path: '/c', auth: undefined },
  ]);
});

test('an error status resolves (not ok); a refused connection rejects with the socket error as cause', async () => {
  const url = await serve((_req, res) => res.writeHead(503, { 'retry-after': '2' }).end('busy'));
  const response = await httpGet(url, { headers: {} });
  expect([response.ok, response.status, response.headers.get('retry-after')]).toEqual([false, 503, '2']);
  await response.body?.cancel();
  const closed = await serve(() => {});
  await new Promise((r) => servers.pop()!.close(r));
  const error = await httpGet(closed, { headers: {} }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
});
