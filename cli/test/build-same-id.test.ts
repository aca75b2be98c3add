import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-same-id-'));
  await run(['new', 'first'], work);
  await cp(join(work, 'first'), join(work, 'copy'), { recursive: true });
  await mkdir(join(work, 'elsewhere'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test.each([
  ['two courses with one id', ['first', 'copy'], 'courses first and copy both have the id "first"'],
  ['one course given twice', ['first', 'first'], 'the course first is given twice'],
  ['one course given twice by two spellings', ['first', './first/'], 'the course first is given twice'],
])('build refuses %s, naming the paths, and writes nothing', async (_name, dirs, message) => {
  // The command runs in `work` (its current folder): the course folders under it are named as typed.
  const result = await run(['build', ...dirs, '--target', 'web', '--out', 'out'], work);
  expect(result.code).toBe(1);
  expect(result.err).toContain(message);
  expect(result.err).toContain('nothing was built');
  await expect(readdir(join(work, 'out'))).rejects.toThrow();
});

test('build names course folders outside the current folder by their absolute paths', async () => {
  const result = await run(
    ['build', '../first', '../copy', '--target', 'web', '--out', 'out'],
    join(work, 'elsewhere'),
  );
  expect(result.code).toBe(1);
  // Outside the current folder: shown absolute, so that they can be opened.
  expect(result.err).toContain(
    `courses ${join(work, 'first')} and ${join(work, 'copy')} both have the id "first"`,
  );
  expect(result.err).toContain(`${join(work, 'copy', 'course.yaml')}:`);
  await expect(readdir(join(work, 'elsewhere', 'out'))).rejects.toThrow();
});
