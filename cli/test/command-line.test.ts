import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-argv-'));
  await run(['new', 'course'], work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test.each([
  ['an unknown command', ['biuld'], /unknown command 'biuld'/],
  ['a missing argument', ['build'], /missing required argument 'course-dir'/],
  ['an unknown option', ['validate', 'course', '--jsno'], /unknown option '--jsno'/],
])('%s is a usage error that points to --help (exit 2)', async (_name, argv, message) => {
  const result = await run(argv, work);
  expect(result.code).toBe(2);
  expect(result.err).toMatch(message);
  expect(result.err).toContain(
    'run `dlis --help` for the commands, `dlis <command> --help` for their options',
  );
});

test('--target and --lang are accepted in capitals', async () => {
  const result = await run(['build', 'course', '--target', 'WEB', '--lang', 'FR', '--out', 'caps'], work);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  expect(await readdir(join(work, 'caps'))).toEqual(['course-fr-web.zip']);
});

test('--lang of a language the course lacks is located at its languages line and names --lang', async () => {
  const result = await run(['build', 'course', '--target', 'web', '--lang', 'xx', '--out', 'xx'], work);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(
    /course\.yaml:([2-9]|\d\d+):1: languages: --lang xx: the course has no "xx" version/,
  );
});
