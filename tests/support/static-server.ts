import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
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
  '.woff2': 'font/woff2',
};

/**
 * The file at `subPath` below `folder` and its content type; undefined when there is none, it is a folder, or
 * the path leads out of `folder`.
 */
export async function readSiteFile(
  folder: string,
  subPath: string,
): Promise<{ type: string; body: Buffer } | undefined> {
  const file = normalize(join(folder, subPath));
  if (!file.startsWith(normalize(folder))) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return { type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return undefined;
  }
}

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
      const [prefix, folder] = Object.entries(site.folders).find(([p]) => path.startsWith(p)) ?? [];
      const found = prefix && folder ? await readSiteFile(folder, path.slice(prefix.length)) : undefined;
      if (found) {
        response.writeHead(200, { 'content-type': found.type });
        response.end(found.body);
        return;
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
