import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ensurePlayerBuild } from '../../build/player-build.ts';
import { MANIFEST_FILE, playerInputFiles, playerInputHash } from '../../build/player-inputs.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { readGlobalCatalogs } from '../../src/i18n/global-catalogs.ts';

describe('ensurePlayerBuild', () => {
  test('builds one self-contained, production, content-hashed IIFE per target and writes its manifest', async () => {
    const build = await ensurePlayerBuild();
    const code: Record<string, string> = {};
    for (const [target, script] of Object.entries(build.scripts)) {
      expect(script).toMatch(new RegExp(`^player-${target}-[\\w-]{8}\\.js$`));
      expect(build.files).toContain(script);
      code[target] = await readFile(join(build.dir, script), 'utf8');
      expect(code[target]!.startsWith('(function')).toBe(true);
      expect(code[target]).not.toContain('Lit is in dev mode');
      expect(code[target]).not.toMatch(/\bimport\s*[{(*"']|\bexport\s*\{/);
      // No URL to load; xAPI scripts hold IRIs (identifiers, never fetched) of ADL, cmi5 and the DLIS profile.
      expect(code[target]).not.toMatch(/https?:\/\/(?!www\.w3\.org|adlnet\.gov\/expapi\/|w3id\.org\/)/);
      // English is built in; the other UI catalogues are separate scripts.
      expect(code[target]).toContain('Skip to content');
      expect(code[target]).not.toContain('Aller au contenu');
    }
    // Each bundle carries only the adapters its target can use (local is every target's fallback).
    expect(code.scorm12).toContain('cmi.core.lesson_status');
    expect(code.scorm12).not.toContain('cmi.completion_status');
    expect(code.scorm2004).toContain('cmi.completion_status');
    expect(code.scorm2004).not.toContain('cmi.core.lesson_status');
    expect(code.web).not.toMatch(/cmi\.core\.lesson_status|cmi\.completion_status/);
    // xAPI code only in the scripts of packages that report to an LRS (issue 5); the launch ones carry no SCORM.
    for (const target of ['scorm12', 'scorm2004', 'web']) {
      expect(code[target]).not.toContain('X-Experience-API-Version');
      expect(code[`${target}-xapi`]).toContain('X-Experience-API-Version');
    }
    for (const target of ['cmi5', 'xapi']) {
      expect(code[target]).toContain('LMS.LaunchData');
      expect(code[target]).not.toMatch(/cmi\.core\.lesson_status|cmi\.completion_status/);
    }
    // The profile document (JSON-LD) never enters a bundle, only the IRIs the builders use.
    for (const text of Object.values(code)) expect(text).not.toContain('prefLabel');
    const manifest = JSON.parse(await readFile(join(build.dir, MANIFEST_FILE), 'utf8'));
    expect(manifest.inputHash).toBe(await playerInputHash());
  });

  test('writes one catalogue script per UI language but English, registering it on DLIS_MESSAGES', async () => {
    const build = await ensurePlayerBuild();
    expect(Object.keys(build.catalogs).sort()).toEqual(['de', 'el', 'fr', 'ro']);
    const self: { DLIS_MESSAGES?: Record<string, unknown> } = {};
    for (const [lang, file] of Object.entries(build.catalogs)) {
      expect(file).toMatch(new RegExp(`^i18n-${lang}-[\\w-]{8}\\.js$`));
      expect(build.files).toContain(file);
      const code = await readFile(join(build.dir, file), 'utf8');
      // Strings only, in the key order of the built-in English catalogue: no key is downloaded again.
      expect(code).not.toContain('"next"');
      new Function('self', code)(self);
    }
    expect(Object.keys(self.DLIS_MESSAGES ?? {}).sort()).toEqual(['de', 'el', 'fr', 'ro']);
    const read = readGlobalCatalogs(self.DLIS_MESSAGES, en);
    expect(read.fr).toEqual(fr);
    expect(read.el?.next).toBe('Επόμενο');
  });

  test('returns the cached build when the inputs did not change', async () => {
    const first = await ensurePlayerBuild();
    const before = (await stat(join(first.dir, first.scripts.web))).mtimeMs;
    const second = await ensurePlayerBuild();
    expect(second).toEqual(first);
    expect((await stat(join(second.dir, second.scripts.web))).mtimeMs).toBe(before);
  });

  test('rebuilds when the manifest was made from other inputs', async () => {
    const build = await ensurePlayerBuild();
    const manifestPath = join(build.dir, MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, inputHash: 'stale' }));
    const rebuilt = await ensurePlayerBuild();
    expect(rebuilt.scripts).toEqual(build.scripts); // same inputs, same content hashes
    expect(rebuilt.catalogs).toEqual(build.catalogs);
    expect(JSON.parse(await readFile(manifestPath, 'utf8')).inputHash).toBe(await playerInputHash());
  });
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

  test('covers every source the bundles import (player, tracking, xapi-profile, agility, course), the config and lit', async () => {
    root = await mkdtemp(join(tmpdir(), 'dlis-player-inputs-'));
    await put('packages/player/src/main.ts', 'a');
    await put('packages/player/src/components/x.ts', 'b');
    await put('packages/tracking/src/index.ts', 'c');
    await put('packages/course/src/compiled-course.ts', 'd');
    await put('packages/course/src/learner-state-layout.ts', 'e');
    await put('packages/course/src/load-course.ts', 'f');
    await put('packages/xapi-profile/src/iris.ts', 'h');
    await put('packages/agility/src/score-questionnaire.ts', 'i');
    await put('packages/lrs/src/index.ts', 'j');
    await put('packages/player/vite.config.ts', 'g');
    await put('node_modules/lit/package.json', '{"version":"3.3.3"}');
    expect(await playerInputFiles(root)).toEqual([
      'packages/agility/src/score-questionnaire.ts',
      'packages/course/src/compiled-course.ts',
      'packages/course/src/learner-state-layout.ts',
      'packages/course/src/load-course.ts',
      'packages/player/build/addon-vite-config.ts',
      'packages/player/build/build-player-files.ts',
      'packages/player/build/catalog-script.ts',
      'packages/player/build/iife-vite-config.ts',
      'packages/player/build/minify-templates-plugin.ts',
      'packages/player/build/minify-templates.ts',
      'packages/player/build/player-inputs.ts',
      'packages/player/src/components/x.ts',
      'packages/player/src/main.ts',
      'packages/player/vite.config.ts',
      'packages/tracking/src/index.ts',
      'packages/xapi-profile/src/iris.ts',
    ]);

    const base = await playerInputHash(root);
    await put('packages/lrs/src/index.ts', 'changed');
    expect(await playerInputHash(root)).toBe(base);
    for (const [file, content] of [
      ['packages/player/src/components/x.ts', 'b2'],
      ['packages/tracking/src/index.ts', 'c2'],
      ['packages/course/src/compiled-course.ts', 'd2'],
      ['packages/xapi-profile/src/iris.ts', 'h2'],
      ['packages/agility/src/score-questionnaire.ts', 'i2'],
      ['packages/player/vite.config.ts', 'g2'],
      ['node_modules/lit/package.json', '{"version":"3.4.0"}'],
    ] as const) {
      const before = await playerInputHash(root);
      await put(file, content);
      expect(await playerInputHash(root), file).not.toBe(before);
    }
  });
});
