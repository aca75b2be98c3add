import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sortEntries, writeZip, type ZipEntry } from '../src/write-zip.ts';
import { DOS_2000_01_01, readZip } from './support/read-zip.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlis-zip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const ENTRIES: ZipEntry[] = [
  { path: 'index.html', data: Buffer.from('<!doctype html>') },
  { path: 'assets/b.png', data: Buffer.from([1, 2, 3]) },
  { path: 'Z-upper.js', data: Buffer.from('z') },
  { path: 'assets/a.png', data: Buffer.alloc(10_000, 7) },
  { path: 'été.txt', data: Buffer.from('accent') },
];

describe('writeZip', () => {
  test('sorts entries by code point, dates them 2000-01-01, mode 0644, deflated', async () => {
    const file = join(dir, 'out.zip');
    const bytes = await writeZip(ENTRIES, file);
    const zip = await readFile(file);
    expect(bytes).toBe(zip.length);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([
      'Z-upper.js',
      'assets/a.png',
      'assets/b.png',
      'index.html',
      'été.txt',
    ]);
    for (const e of entries) {
      expect({ dosDate: e.dosDate, dosTime: e.dosTime }).toEqual(DOS_2000_01_01);
      expect(e.unixMode & 0o777).toBe(0o644);
    }
    expect(entries.find((e) => e.name === 'assets/a.png')?.data).toEqual(Buffer.alloc(10_000, 7));
    expect(entries.find((e) => e.name === 'assets/a.png')?.method).toBe(8);
  });

  test('writes the bytes archiver 8 wrote for the same entries, so packages keep their bytes', async () => {
    // The hash of archiver 8.0.0's zip of these entries (with an empty file, which is stored, not deflated),
    // taken before write-zip.ts wrote zips itself (zip-layout.ts).
    const file = join(dir, 'same.zip');
    await writeZip([...ENTRIES, { path: 'empty.txt', data: Buffer.alloc(0) }], file);
    expect(sha256(await readFile(file))).toBe(
      'e576d1129b95515a3b7630d3ba42cdf53591f286ae76a30f0b1b3c71c8d2ef9b',
    );
  });

  test('is deterministic: same entries in any order give the same bytes', async () => {
    await writeZip(ENTRIES, join(dir, 'a.zip'));
    await writeZip([...ENTRIES].reverse(), join(dir, 'b.zip'));
    expect(sha256(await readFile(join(dir, 'a.zip')))).toBe(sha256(await readFile(join(dir, 'b.zip'))));
  });

  test('gives the same bytes in another time zone (child process with TZ set)', async () => {
    await writeZip(ENTRIES, join(dir, 'here.zip'));
    const script = `
      import { writeZip } from ${JSON.stringify(fileURLToPath(new URL('../src/write-zip.ts', import.meta.url)))};
      const entries = JSON.parse(process.argv[1]).map(([path, b64]) => ({ path, data: Buffer.from(b64, 'base64') }));
      await writeZip(entries, process.argv[2]);`;
    const input = JSON.stringify(ENTRIES.map((e) => [e.path, e.data.toString('base64')]));
    for (const tz of ['America/New_York', 'Pacific/Kiritimati']) {
      const out = join(dir, `${tz.replace('/', '_')}.zip`);
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, input, out], {
        env: { ...process.env, TZ: tz },
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      });
      expect(sha256(await readFile(out))).toBe(sha256(await readFile(join(dir, 'here.zip'))));
    }
  });

  test('replaces an existing zip atomically and leaves no temporary file', async () => {
    const file = join(dir, 'out.zip');
    await writeFile(file, 'old');
    await writeZip(ENTRIES, file);
    expect(readZip(await readFile(file))).toHaveLength(ENTRIES.length);
    expect(await readdir(dir)).toEqual(['out.zip']);
  });

  test('on a failure while writing, removes its temporary file and throws PACKAGE_E_WRITE', async () => {
    // The rename fails: the target is a non-empty directory. The zip itself was fully written by then.
    const file = join(dir, 'out.zip');
    await mkdir(join(file, 'keep'), { recursive: true });
    const error = await writeZip(ENTRIES, file).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PACKAGE_E_WRITE' });
    expect((error as Error).message).toContain(file);
    expect(await readdir(dir)).toEqual(['out.zip']);
    expect(await readdir(file)).toEqual(['keep']);
  });

  test('creates the output directory when needed', async () => {
    const file = join(dir, 'a', 'b', 'out.zip');
    await writeZip(ENTRIES, file);
    expect(readZip(await readFile(file))).toHaveLength(ENTRIES.length);
  });
});

describe('sortEntries', () => {
  test.each(['/abs.js', '../up.js', 'a/../b.js', 'a//b.js', 'a\\b.js', 'C:/x.js', ''])(
    'rejects the path %j',
    (path) => {
      expect(() => sortEntries([{ path, data: Buffer.alloc(0) }])).toThrow(
        expect.objectContaining({ code: 'PACKAGE_E_ENTRY_PATH' }),
      );
    },
  );

  test('rejects two entries with the same path', () => {
    const data = Buffer.alloc(0);
    expect(() =>
      sortEntries([
        { path: 'a.js', data },
        { path: 'a.js', data },
      ]),
    ).toThrow(/same path/);
  });
});
