import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PlayerPayload } from '@dlis/course/compiled';
import { verifyManifest } from '@dlis/packager';
import { ActivityTypeIri, courseActivityIri } from '@dlis/xapi-profile';
import { readZip, type ZipEntryInfo } from '../../packages/packager/test/support/read-zip.ts';
import { el, xpath } from '../../packages/packager/test/support/xml-query.ts';
import { EMBEDDED_KEY_WARNING, KEY_NOT_EMBEDDED_WARNING } from '../src/commands/build-packages.ts';
import { run } from './run-cli.ts';

const TEMPLATE = resolve(import.meta.dirname, '../../templates/module');
/** The official cmi5 course structure schema (AICC cmi5, shipped with the packager). */
const IRI = courseActivityIri('module-template');

let work: string;
/** `dlis build templates/module --target cmi5,xapi --out out`, run once for the package checks. */
let built: { code: number; out: string; err: string };
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-cmi5-xapi-'));
  built = await run(['build', TEMPLATE, '--target', 'cmi5,xapi', '--out', 'out'], work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function zipEntries(file: string, out = 'out'): Promise<ZipEntryInfo[]> {
  return readZip(await readFile(join(work, out, file)));
}

function text(entries: ZipEntryInfo[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the package`);
  return entry.data.toString('utf8');
}

function payload(entries: ZipEntryInfo[]): PlayerPayload {
  const json = /<script type="application\/json" id="dlis-course">(.*?)<\/script>/s.exec(
    text(entries, 'index.html'),
  )?.[1];
  return JSON.parse(json ?? 'null') as PlayerPayload;
}

/** The `src` of every script index.html loads, in order. */
function scripts(entries: ZipEntryInfo[]): string[] {
  return [...text(entries, 'index.html').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('dlis build --target cmi5,xapi on templates/module', () => {
  test('builds the two zips, silently', async () => {
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      'module-template-cmi5.zip',
      'module-template-xapi.zip',
    ]);
    expect(built.out).toMatch(/module-template-cmi5\.zip {2}\(cmi5, [\d.]+ KB\)$/m);
    expect(built.out).toMatch(/module-template-xapi\.zip {2}\(xapi, [\d.]+ KB\)$/m);
  });

  test('cmi5: a cmi5.xml at the root, valid against the cmi5 XSD, its AU as documented; the cmi5 player', async () => {
    const entries = await zipEntries('module-template-cmi5.zip');
    const names = entries.map((e) => e.name);
    expect(names).toContain('cmi5.xml');
    expect(names).not.toContain('tincan.xml');
    expect(names).not.toContain('imsmanifest.xml');
    const xml = text(entries, 'cmi5.xml');
    expect(await verifyManifest(xml, 'cmi5')).toEqual({ valid: true, errors: [] });

    // docs/tracking.md, "cmi5.xml": ids from the course IRI, relative url, AnyWindow, moveOn from `completion`
    // (assessment-passed → CompletedAndPassed), masteryScore = masteryScore 70 / 100.
    expect(await xpath(xml, `string(${el('course')}/@id)`)).toBe(IRI);
    expect(await xpath(xml, `count(${el('au')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('au')}/@id)`)).toBe(`${IRI}/au`);
    expect(await xpath(xml, `string(${el('au/url')})`)).toBe('index.html');
    expect(await xpath(xml, `string(${el('au')}/@launchMethod)`)).toBe('AnyWindow');
    expect(await xpath(xml, `string(${el('au')}/@moveOn)`)).toBe('CompletedAndPassed');
    expect(await xpath(xml, `string(${el('au')}/@masteryScore)`)).toBe('0.7');
    expect(await xpath(xml, `string(${el('au')}/@activityType)`)).toBe(ActivityTypeIri.course);
    expect(await xpath(xml, `string(${el('au/title')}/*[1]/@lang)`)).toBe('fr');
    expect(names).toContain('index.html');

    const loaded = scripts(entries);
    const player = loaded.filter((s) => /^player-/.test(s));
    expect(player).toEqual([expect.stringMatching(/^player-cmi5-[\w-]+\.js$/)]);
    for (const src of loaded) expect(names).toContain(src);
    expect(names.filter((n) => /^player-.*\.js$/.test(n))).toEqual(player);
    expect(payload(entries)).toMatchObject({ target: 'cmi5' });
    // No credentials: the LMS's fetch URL gives the token at launch.
    expect(payload(entries).xapi).toEqual({ identity: 'pseudonymous' });
    expect(text(entries, 'index.html')).not.toMatch(/authorization|Basic [\w+/=]{4,}/);
  });

  test('xapi: tincan.xml at the root with the course IRI; the xapi player; no credentials', async () => {
    const entries = await zipEntries('module-template-xapi.zip');
    const names = entries.map((e) => e.name);
    expect(names).toContain('tincan.xml');
    expect(names).not.toContain('cmi5.xml');
    const xml = text(entries, 'tincan.xml');
    expect(await xpath(xml, `count(${el('activity')})`)).toBe('1');
    expect(await xpath(xml, `string(${el('activity')}/@id)`)).toBe(IRI);
    expect(await xpath(xml, `string(${el('activity')}/@type)`)).toBe(ActivityTypeIri.course);
    expect(await xpath(xml, `string(${el('activity/launch')})`)).toBe('index.html');
    expect(await xpath(xml, `string(${el('activity/launch')}/@lang)`)).toBe('fr');

    const loaded = scripts(entries);
    expect(loaded.filter((s) => /^player-/.test(s))).toEqual([
      expect.stringMatching(/^player-xapi-[\w-]+\.js$/),
    ]);
    for (const src of loaded) expect(names).toContain(src);
    expect(payload(entries)).toMatchObject({ target: 'xapi' });
    // The launch URL brings endpoint and auth.
    expect(payload(entries).xapi).toEqual({ identity: 'pseudonymous' });
    expect(text(entries, 'index.html')).not.toMatch(/authorization|Basic [\w+/=]{4,}/);
  });

  test('--embed-lrs-key: never embedded in cmi5/xapi packages, and the build warns that it was ignored', async () => {
    const secret = 'S3cret-of-the-test';
    const basic = Buffer.from(`k1:${secret}`).toString('base64');
    const lrs = 'http://127.0.0.1:9/xapi/';
    const keyed = await run(
      [
        'build',
        TEMPLATE,
        '--target',
        'cmi5,xapi,scorm2004',
        '--out',
        'keyed',
        '--lrs',
        lrs,
        '--embed-lrs-key',
        `k1:${secret}`,
      ],
      work,
    );
    expect(keyed.code).toBe(0);
    expect(keyed.out).toMatch(/module-template-cmi5\.zip {2}\(cmi5, [\d.]+ KB\)$/m);
    expect(keyed.out).toMatch(/module-template-xapi\.zip {2}\(xapi, [\d.]+ KB\)$/m);
    // The SCORM package does get the key, with the documented risk warning.
    expect(keyed.out).toMatch(/module-template-scorm2004\.zip {2}\(scorm2004, [\d.]+ KB, key\)$/m);
    expect(keyed.err).toContain(EMBEDDED_KEY_WARNING);
    expect(keyed.err).toContain(KEY_NOT_EMBEDDED_WARNING);

    for (const target of ['cmi5', 'xapi'] as const) {
      const entries = await zipEntries(`module-template-${target}.zip`, 'keyed');
      // The named endpoint (the launch's wins), no authorization.
      expect(payload(entries).xapi).toEqual({ endpoint: lrs, identity: 'pseudonymous' });
      for (const entry of entries) {
        expect(entry.data.includes(secret), entry.name).toBe(false);
        expect(entry.data.includes(basic), entry.name).toBe(false);
      }
    }
    const scorm = await zipEntries('module-template-scorm2004.zip', 'keyed');
    expect(payload(scorm).xapi?.authorization).toBe(`Basic ${basic}`);

    // Without any LRS named and only cmi5/xapi targets: nothing to refuse (no package could hold the key), warned.
    const alone = await run(
      ['build', TEMPLATE, '--target', 'cmi5,xapi', '--out', 'out2', '--embed-lrs-key', `k1:${secret}`],
      work,
    );
    expect(alone.code).toBe(0);
    expect(alone.err).toBe(`${KEY_NOT_EMBEDDED_WARNING}\n`);
    expect(alone.err).not.toContain(EMBEDDED_KEY_WARNING);
    for (const target of ['cmi5', 'xapi'] as const) {
      const entries = await zipEntries(`module-template-${target}.zip`, 'out2');
      expect(payload(entries).xapi).toEqual({ identity: 'pseudonymous' });
      for (const entry of entries) expect(entry.data.includes(secret), entry.name).toBe(false);
    }
  });
});
