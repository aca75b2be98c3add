// Every course of the repository (the DLIS courses and the templates), built for every target the way
// `dlis build` does: manifests valid against the official XSDs, every file listed, reproducible bytes.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCourses, verifyManifest } from '@dlis/packager';

const root = fileURLToPath(new URL('..', import.meta.url));

async function courseDirs(): Promise<string[]> {
  const dirs: string[] = [];
  for (const parent of ['courses', 'templates']) {
    for (const entry of await readdir(join(root, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(root, parent, entry.name));
    }
  }
  return dirs.sort();
}

const TARGETS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'] as const;

let work: string;
let zips: Map<string, Buffer>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-built-'));
  const built = await buildCourses({
    cwd: process.cwd(),
    courseDirs: await courseDirs(),
    targets: [...TARGETS],
    outDir: join(work, 'first'),
    // The repository's courses are demonstrations: the agility notice keeps its institution placeholders.
    demo: true,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics, null, 2));
  zips = new Map();
  for (const name of await readdir(join(work, 'first')))
    zips.set(name, await readFile(join(work, 'first', name)));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

test('every course and template builds for the five targets', async () => {
  const ids = (await courseDirs()).length;
  expect(zips.size).toBe(ids * TARGETS.length);
});

test('cmi5 packages: cmi5.xml at the root, valid against the cmi5 XSD, launching index.html', async () => {
  const packages = [...zips].filter(([name]) => name.endsWith('-cmi5.zip'));
  expect(packages.length).toBeGreaterThan(0);
  for (const [name, zip] of packages) {
    const entries = unzipSync(new Uint8Array(zip));
    const xml = new TextDecoder().decode(entries['cmi5.xml']);
    expect(await verifyManifest(xml, 'cmi5'), name).toEqual({ valid: true, errors: [] });
    expect(xml, name).toContain('<url>index.html</url>');
    expect(Object.keys(entries), name).toContain('index.html');
    expect(
      Object.keys(entries).some((e) => e.endsWith('.xsd') || e === 'imsmanifest.xml'),
      name,
    ).toBe(false);
  }
});

test('xapi packages: tincan.xml at the root, launching index.html', async () => {
  const packages = [...zips].filter(([name]) => name.endsWith('-xapi.zip'));
  expect(packages.length).toBeGreaterThan(0);
  for (const [name, zip] of packages) {
    const entries = unzipSync(new Uint8Array(zip));
    const xml = new TextDecoder().decode(entries['tincan.xml']);
    expect(xml, name).toMatch(/<launch lang="[^"]+">index\.html<\/launch>/);
    expect(Object.keys(entries), name).toContain('index.html');
  }
});

describe.each(['scorm12', 'scorm2004'] as const)('%s manifests', (target) => {
  test('are valid against the official XSDs and list exactly the package content', async () => {
    const packages = [...zips].filter(([name]) => name.endsWith(`-${target}.zip`));
    expect(packages.length).toBeGreaterThan(0);
    for (const [name, zip] of packages) {
      const entries = unzipSync(new Uint8Array(zip));
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      const verification = await verifyManifest(manifest, target);
      expect(verification, name).toEqual({ valid: true, errors: [] });

      const listed = [...manifest.matchAll(/<file href="([^"]+)"\s*\/>/g)]
        .map((m) => decodeURI(m[1]!))
        .sort();
      const content = Object.keys(entries)
        .filter((entry) => entry !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/.test(entry))
        .sort();
      expect(listed, name).toEqual(content);
      expect(manifest, name).toMatch(/href="index\.html"/);
    }
  });
});

test('a second build of the same sources gives byte-identical zips', async () => {
  const again = await buildCourses({
    cwd: process.cwd(),
    courseDirs: await courseDirs(),
    targets: [...TARGETS],
    outDir: join(work, 'second'),
    demo: true,
  });
  expect(again.ok).toBe(true);
  for (const [name, zip] of zips) {
    const second = await readFile(join(work, 'second', name));
    expect(sha256(second), name).toBe(sha256(zip));
  }
});
