import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeWriteFailure } from '../src/write-failure.ts';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-out-'));
  await run(['new', 'course'], work);
  await writeFile(join(work, 'README.md'), '# notes\n');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test.each([
  ['a file', 'README.md', /--out README\.md: .*README\.md is a file, not a folder/],
  [
    'a folder inside a file',
    'README.md/packages',
    /--out README\.md\/packages: .*README\.md is a file, so no folder/,
  ],
])('--out naming %s is a usage error that says so (exit 2)', async (_name, out, message) => {
  const result = await run(['build', 'course', '--out', out], work);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(/bug/);
});

test('a folder the system refuses to write is told with its path (exit 1), not as a bug', async () => {
  // /sys refuses new folders even to root; as another user it is a permission problem: both are the environment.
  const result = await run(['build', 'course', '--target', 'web', '--out', '/sys/kernel/dlis-out'], work);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/\/sys\/kernel\/dlis-out/);
  expect(result.err).not.toMatch(/bug/);
});

test.each([
  [
    'a permission error',
    Object.assign(new Error('x'), { code: 'EACCES', path: '/a/b' }),
    'cannot write /a/b: permission denied (EACCES).',
  ],
  [
    'a full disk',
    Object.assign(new Error('x'), { code: 'ENOSPC', path: '/a/b' }),
    'cannot write /a/b: no space left on the device (ENOSPC).',
  ],
  [
    'a packager write error',
    Object.assign(new Error('Could not write p.zip'), { code: 'PACKAGE_E_WRITE', hint: 'Check.' }),
    'Could not write p.zip\n  hint: Check.',
  ],
  ['a bug', new TypeError('x is undefined'), undefined],
])('describeWriteFailure: %s', (_name, error, expected) => {
  expect(describeWriteFailure(error)).toBe(expected);
});

test('a writable --out folder that does not exist yet is made', async () => {
  await mkdir(join(work, 'deep'), { recursive: true });
  const result = await run(['build', 'course', '--target', 'web', '--out', 'deep/er/out'], work);
  expect(result.code).toBe(0);
  expect(await readdir(join(work, 'deep', 'er', 'out'))).toEqual(['course-web.zip']);
});
