import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { MANIFEST_FILE, playerInputFiles, playerInputHash } from '../../build/player-inputs.ts';

describe('ensurePlayerBuild', () => {
  test('builds a self-contained, production, content-hashed IIFE and writes its manifest', async () => {
    const build = await ensurePlayerBuild();
    expect(build.script).toMatch(/^player-[\w-]{8}\.js$/);
    expect(build.files).toContain(build.script);
    expect(build.stylesheet).toBeUndefined();
    const code = await readFile(join(build.dir, build.script), 'utf8');
    expect(code.startsWith('(function')).toBe(true);
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).not.toMatch(/\bimport\s*[{(*"']|\bexport\s*\{/);
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const manifest = JSON.parse(await readFile(join(build.dir, MANIFEST_FILE), 'utf8'));
    expect(manifest.inputHash).toBe(await playerInputHash());
  }, 60_000);

  test('returns the cached build when the inputs did not change', async () => {
    const first = await ensurePlayerBuild();
    const before = (await stat(join(first.dir, first.script))).mtimeMs;
    const second = await ensurePlayerBuild();
    expect(second).toEqual(first);
    expect((await stat(join(second.dir, second.script))).mtimeMs).toBe(before);
  }, 60_000);

  test('rebuilds when the manifest was made from other inputs', async () => {
    const build = await ensurePlayerBuild();
    const manifestPath = join(build.dir, MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, inputHash: 'stale' }));
    const rebuilt = await ensurePlayerBuild();
    expect(rebuilt.script).toBe(build.script); // same inputs, same content hash
    expect(JSON.parse(await readFile(manifestPath, 'utf8')).inputHash).toBe(await playerInputHash());
  }, 60_000);
});

describe('playerInputHash', () => {
  let root = '';
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function put(file: string, content: string) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }

  test('covers player and tracking sources, the compiled-course contract, the config and lit', async () => {
    root = await mkdtemp(join(tmpdir(), 'dlis-player-inputs-'));
    await put('packages/player/src/main.ts', 'a');
    await put('packages/player/src/components/x.ts', 'b');
    await put('packages/tracking/src/index.ts', 'c');
    await put('packages/course/src/compiled-course.ts', 'd');
    await put('packages/course/src/learner-state-layout.ts', 'e');
    await put('packages/course/src/load-course.ts', 'f');
    await put('packages/player/vite.config.ts', 'g');
    await put('node_modules/lit/package.json', '{"version":"3.3.3"}');
    expect(await playerInputFiles(root)).toEqual([
      'packages/course/src/compiled-course.ts',
      'packages/course/src/learner-state-layout.ts',
      'packages/player/build/player-inputs.ts',
      'packages/player/src/components/x.ts',
      'packages/player/src/main.ts',
      'packages/player/vite.config.ts',
      'packages/tracking/src/index.ts',
    ]);

    const base = await playerInputHash(root);
    await put('packages/course/src/load-course.ts', 'changed');
    expect(await playerInputHash(root)).toBe(base);
    for (const [file, content] of [
      ['packages/player/src/components/x.ts', 'b2'],
      ['packages/tracking/src/index.ts', 'c2'],
      ['packages/course/src/compiled-course.ts', 'd2'],
      ['packages/player/vite.config.ts', 'g2'],
      ['node_modules/lit/package.json', '{"version":"3.4.0"}'],
    ] as const) {
      const before = await playerInputHash(root);
      await put(file, content);
      expect(await playerInputHash(root), file).not.toBe(before);
    }
  });
});
