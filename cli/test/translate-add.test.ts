import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { run } from './run-cli.ts';

const TEMPLATE = fileURLToPath(new URL('../../templates/module/', import.meta.url));

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-translate-add-'));
  await cp(TEMPLATE, join(work, 'c'), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

test('translate add el writes the file to translate in translations/, changes nothing else, says what follows', async () => {
  const yamlBefore = await readFile(join(work, 'c/course.yaml'), 'utf8');
  const filesBefore = (await readdir(join(work, 'c'), { recursive: true })).sort();

  const result = await run(['translate', 'add', 'el', 'c'], work);

  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const id = /^id: (\S+)$/m.exec(yamlBefore)![1]!;
  const file = `c/translations/${id}.el.xlf`;
  expect(result.out).toMatch(
    new RegExp(`^✓ ${file.replace(/\./g, '\\.')}: \\d+ segments to translate, fr → el\\.$`, 'm'),
  );
  expect(result.out).toContain(`npx dlis translate import ${file} --course c`);
  const xliff = await readFile(join(work, file), 'utf8');
  expect(xliff).toContain('srcLang="fr"');
  expect(xliff).toContain('trgLang="el"');
  // Nothing translated, nothing invented: no <target> at all.
  expect(xliff).not.toContain('<target');
  expect(await readFile(join(work, 'c/course.yaml'), 'utf8')).toBe(yamlBefore);
  expect((await readdir(join(work, 'c'), { recursive: true })).sort()).toEqual(
    [...filesBefore, 'translations', `translations/${id}.el.xlf`].sort(),
  );
});

test('translate add of a language the course already has is refused, pointing to translate export', async () => {
  const result = await run(['translate', 'add', 'en', 'c'], work);
  expect(result.code).toBe(1);
  expect(result.err).toMatch(
    /already has \d+ texts? in en\. To go on translating it: npx dlis translate export c --to en/,
  );
  expect(await readdir(join(work, 'c'))).not.toContain('translations');
});

test('translate add of the source language is refused with a located message', async () => {
  const result = await run(['translate', 'add', 'fr', 'c'], work);
  expect(result.code).toBe(1);
  expect(result.err).not.toBe('');
  expect(await readdir(join(work, 'c'))).not.toContain('translations');
});
