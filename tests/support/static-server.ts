import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

export interface StaticSite {
  /** URL prefix (e.g. `/lms/courses/42/sco/`) → folder on disk. */
  folders: Record<string, string>;
  /** Exact URL path → generated content (e.g. the LMS page). */
  pages?: Record<string, { type: string; body: string }>;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** A small static server on 127.0.0.1, so packages are tested at a sub-path over real HTTP. */
export async function startStaticServer(site: StaticSite): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const page = site.pages?.[path];
      if (page) {
        response.writeHead(200, { 'content-type': page.type });
        response.end(page.body);
        return;
      }
      for (const [prefix, folder] of Object.entries(site.folders)) {
        if (!path.startsWith(prefix)) continue;
        const file = normalize(join(folder, path.slice(prefix.length)));
        if (!file.startsWith(normalize(folder))) break;
        try {
          if (!(await stat(file)).isFile()) break;
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          response.end(await readFile(file));
          return;
        } catch {
          break;
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
