// `dlis check-links` against a local HTTP server started here (the tests run offline): an address that
// answers, one that is missing, one that moved, one that never answers (the timeout is the command's own
// option), one whose server refuses HEAD.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
let server: Server;
let base: string;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-links-'));
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
        break;
      case '/old':
        res.writeHead(301, { location: '/new' }).end();
        break;
      case '/new':
        res.writeHead(200).end('new');
        break;
      case '/get-only':
        res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
        break;
      case '/silent':
        hanging.push(res); // never answered: the command's --timeout decides
        break;
      default:
        res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

test('reports each broken, moved or silent address at its file:line:col, and exits 1', async () => {
  // The files are read as text: the course need not be complete (the template's own addresses are real sites,
  // out of reach offline).
  await mkdir(join(work, 'c/pages'), { recursive: true });
  await writeFile(join(work, 'c/course.yaml'), 'id: c\n');
  const page = join(work, 'c/pages/links.fr.md');
  await writeFile(
    page,
    [
      '# Liens',
      '',
      `Voir [le site](${base}/ok), puis ${base}/missing.`,
      `Ancienne adresse : <${base}/old>.`,
      `- [Formulaire](${base}/get-only) et [lent](${base}/silent)`,
      '',
    ].join('\n'),
  );
  const yamlFile = join(work, 'c/course.yaml');
  await writeFile(yamlFile, `${await readFile(yamlFile, 'utf8')}\n# Source : ${base}/ok\n`);

  const result = await run(['check-links', 'c', '--timeout', '2'], work);

  expect(result.code).toBe(1);
  expect(result.err).toContain(
    `c/pages/links.fr.md:3:${'Voir [le site]('.length + `${base}/ok), puis `.length + 1}: ${base}/missing broken: the site answers 404 (not found).`,
  );
  expect(result.err).toContain(
    `warning: c/pages/links.fr.md:4:${'Ancienne adresse : <'.length + 1}: ${base}/old moved: it now leads to ${base}/new.`,
  );
  expect(result.err).toContain(`c/pages/links.fr.md:5:`);
  expect(result.err).toMatch(new RegExp(`links\\.fr\\.md:5:\\d+: ${base}/silent no answer within 2 s\\.`));
  expect(result.err).not.toContain('/get-only');
  expect(result.err).not.toMatch(/\/ok /);
  // Five distinct addresses: /ok is written twice (the page and course.yaml), asked once.
  expect(result.out).toContain(
    '5 addresses checked (6 links): 2 ok, 1 moved, 1 broken, 1 without answer, 0 unreachable.',
  );
});

test('a course whose addresses all answer exits 0; --json gives every link with its verdict', async () => {
  await mkdir(join(work, 'd/pages'), { recursive: true });
  await writeFile(join(work, 'd/course.yaml'), 'id: d\n');
  await writeFile(join(work, 'd/pages/links.fr.md'), `# Liens\n\n[ok](${base}/ok)\n`);
  const result = await run(['check-links', 'd', '--json'], work);
  expect(result.code).toBe(0);
  const links = JSON.parse(result.out) as {
    url: string;
    file: string;
    line: number;
    verdict: { kind: string };
  }[];
  expect(links).toEqual([
    { url: `${base}/ok`, file: 'd/pages/links.fr.md', line: 3, col: 6, verdict: { kind: 'ok', status: 200 } },
  ]);
});
