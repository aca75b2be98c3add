import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { run } from './run-cli.ts';

const AGILITY = resolve(import.meta.dirname, '../../courses/agility-index');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-links-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

test('dlis build --links: a good file builds; a bad one is reported as file:line:col, nothing built', async () => {
  await writeFile(join(work, 'links.yaml'), 'M1: https://lms.test/m1\n');
  const built = await run(
    ['build', AGILITY, '--target', 'web', '--out', 'out', '--links', 'links.yaml', '--demo'],
    work,
  );
  expect(built.err).toBe('');
  expect(built.code).toBe(0);
  expect(await readdir(join(work, 'out'))).toEqual(['agility-index-web.zip']);

  await writeFile(
    join(work, 'bad.json'),
    '{\n  "M1": "https://lms.test/m1",\n  "M9": "https://lms.test/m9"\n}\n',
  );
  const bad = await run(
    ['build', AGILITY, '--target', 'web', '--out', 'out2', '--links', 'bad.json', '--demo'],
    work,
  );
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(
    /bad\.json:3:3: M9: 'M9' is not a resource of the questionnaire's scoring model\./m,
  );
  expect(bad.err).toContain('nothing was built');
  await expect(readdir(join(work, 'out2'))).rejects.toThrow();
});
