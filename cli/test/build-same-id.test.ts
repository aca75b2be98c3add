import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-same-id-'));
  await run(['new', 'first'], work);
  await cp(join(work, 'first'), join(work, 'copy'), { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test.each([
  ['two courses with one id', ['first', 'copy'], 'courses {first} and {copy} both have the id "first"'],
  ['one course given twice', ['first', 'first'], 'the course {first} is given twice'],
  ['one course given twice by two spellings', ['first', './first/'], 'the course {first} is given twice'],
])('build refuses %s, naming the paths, and writes nothing', async (_name, dirs, message) => {
  const result = await run(['build', ...dirs, '--target', 'web', '--out', 'out'], work);
  expect(result.code).toBe(1);
  // The course folders are outside the current folder: shown absolute, so that they can be opened.
  expect(result.err).toContain(message.replace(/\{(\w+)\}/g, (_m, name: string) => join(work, name)));
  expect(result.err).toContain('nothing was built');
  await expect(readdir(join(work, 'out'))).rejects.toThrow();
});
