import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-paths-'));
  await mkdir(join(work, 'here'));
  await run(['new', 'elsewhere/course'], work);
  await writeFile(join(work, 'elsewhere', 'course', 'pages', 'welcome.en.md'), '![](missing.png)\n');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// `build` goes through the packager, which shows paths from the process's folder: only the absolute case here.
test.each([
  [
    'validate, under the current folder: relative',
    ['validate'],
    '.',
    'elsewhere/course',
    'elsewhere/course/',
  ],
  ['validate, outside it: absolute', ['validate'], 'here', '../elsewhere/course', '{work}/elsewhere/course/'],
  [
    'build, outside it: absolute',
    ['build', '--target', 'web'],
    'here',
    '../elsewhere/course',
    '{work}/elsewhere/course/',
  ],
])('%s', async (_name, command, cwd, dir, expected) => {
  const result = await run([...command, dir], join(work, cwd));
  expect(result.code).toBe(1);
  const where = `${expected.replace('{work}', work)}pages/welcome.en.md:1:1: `;
  expect(result.err.split('\n')[0]).toMatch(new RegExp(`^${escape(where)}`));
});
