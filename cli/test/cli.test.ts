import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { courseIdFromFolder } from '../src/commands/new-course.ts';
import { run } from './run-cli.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-cli-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('dlis new → validate → build', () => {
  test('scaffolds a course that validates and builds one zip per target (five)', async () => {
    const created = await run(['new', 'Mon cours à moi'], work);
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const yaml = await readFile(join(work, 'Mon cours à moi', 'course.yaml'), 'utf8');
    expect(yaml).toMatch(/^id: mon-cours-a-moi$/m);

    const validated = await run(['validate', 'Mon cours à moi'], work);
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('valid');

    const built = await run(['build', 'Mon cours à moi', '--out', 'out'], work);
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
    expect((await readdir(join(work, 'out'))).sort()).toEqual([
      'mon-cours-a-moi-cmi5.zip',
      'mon-cours-a-moi-scorm12.zip',
      'mon-cours-a-moi-scorm2004.zip',
      'mon-cours-a-moi-web.zip',
      'mon-cours-a-moi-xapi.zip',
    ]);
  });

  test('--target and --lang select the packages', async () => {
    await run(['new', 'c'], work);
    const built = await run(['build', 'c', '--target', 'web,scorm12', '--lang', 'en', '--out', 'out'], work);
    expect(built.code).toBe(0);
    expect((await readdir(join(work, 'out'))).sort()).toEqual(['c-en-scorm12.zip', 'c-en-web.zip']);
  });

  test('--lrs with --embed-lrs-key embeds the key in SCORM packages and prints the risk', async () => {
    await run(['new', 'c'], work);
    const args = ['build', 'c', '--target', 'scorm2004', '--out', 'out', '--lrs', 'http://127.0.0.1:9/xapi/'];
    const plain = await run(args, work);
    expect(plain.code).toBe(0);
    expect(plain.err).toBe('');
    const keyed = await run([...args, '--embed-lrs-key', 'k1:s3cret'], work);
    expect(keyed.code).toBe(0);
    expect(keyed.out).toMatch(/c-scorm2004\.zip {2}\(scorm2004, [\d.]+ KB, key\)/);
    expect(keyed.err).toContain('an LRS key is embedded');
    expect(keyed.err).toContain('write-only');
  });

  test("a course with identity 'named' builds, with a warning", async () => {
    await run(['new', 'c'], work);
    const file = join(work, 'c', 'course.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\ntracking:\n  identity: named\n`);
    const built = await run(['build', 'c', '--target', 'web', '--out', 'out'], work);
    expect(built.code).toBe(0);
    expect(built.err).toMatch(/^warning: .*course\.yaml:\d+:\d+: tracking\.identity: identity is 'named'/m);
  });

  test('--embed-lrs-key without any LRS is a diagnostic, nothing is built', async () => {
    await run(['new', 'c'], work);
    const result = await run(
      ['build', 'c', '--target', 'web', '--out', 'out', '--embed-lrs-key', 'k:s'],
      work,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('Cannot embed an LRS key: the package names no LRS endpoint');
    await expect(readdir(join(work, 'out'))).rejects.toThrow();
  });

  test('refuses to scaffold into a folder that has files', async () => {
    await writeFile(join(work, 'keep.txt'), 'x');
    const result = await run(['new', '.'], work);
    expect(result.code).toBe(1);
    expect(result.err).toContain('already exists and is not empty');
    expect(await readFile(join(work, 'keep.txt'), 'utf8')).toBe('x');
  });

  test('unknown template is a usage error that lists the templates', async () => {
    const result = await run(['new', 'c', '--template', 'nope'], work);
    expect(result.code).toBe(2);
    expect(result.err).toContain("unknown template 'nope'");
    expect(result.err).toContain('module');
  });
});

describe('bad input', () => {
  test('validate prints located diagnostics and exits 1, with no stack trace', async () => {
    await run(['new', 'broken'], work);
    const file = join(work, 'broken', 'course.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^version:/m, 'versoin:'));
    const result = await run(['validate', 'broken'], work);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/course\.yaml:\d+:\d+: .*versoin/);
    expect(result.err).toContain("Did you mean 'version'");
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  test('build of an invalid course writes nothing', async () => {
    await run(['new', 'good'], work);
    await run(['new', 'bad'], work);
    await writeFile(join(work, 'bad', 'course.yaml'), 'id: [unclosed\n');
    const result = await run(['build', 'good', 'bad', '--out', 'out'], work);
    expect(result.code).toBe(1);
    expect(result.err).toContain('nothing was built');
    await expect(readdir(join(work, 'out'))).rejects.toThrow();
  });

  test('a missing course folder is reported, not thrown', async () => {
    const result = await run(['validate', 'does-not-exist'], work);
    expect(result.code).toBe(1);
    expect(result.err).toContain('does-not-exist');
  });

  test('unknown target and unknown command are usage errors (exit 2)', async () => {
    expect((await run(['build', 'x', '--target', 'scorm3'], work)).code).toBe(2);
    expect((await run(['biuld'], work)).code).toBe(2);
  });

  test('a malformed --lrs or --embed-lrs-key is a usage error (exit 2)', async () => {
    const lrs = await run(['build', 'x', '--lrs', 'lrs.example.org'], work);
    expect(lrs.code).toBe(2);
    expect(lrs.err).toContain('--lrs needs the xAPI endpoint');
    const key = await run(
      ['build', 'x', '--lrs', 'https://lrs.test/xapi/', '--embed-lrs-key', 'nosecret'],
      work,
    );
    expect(key.code).toBe(2);
    expect(key.err).toContain('KEY:SECRET');
  });

  test('a count that is not a positive integer in digits is a usage error (exit 2)', async () => {
    for (const [argv, message] of [
      [['lrs', 'serve', '--memory', '--max-body', '1e3'], '--max-body must be a positive integer, got "1e3"'],
      [['lrs', 'serve', '--memory', '--max-body', '0'], '--max-body must be a positive integer, got "0"'],
      [['export', '--page-size', '2.5'], '--page-size must be a positive integer, got "2.5"'],
    ] as const) {
      const result = await run([...argv], work);
      expect(result.code).toBe(2);
      expect(result.err).toContain(message);
    }
  });
});

test('course ids made from folder names', () => {
  expect(courseIdFromFolder('/x/Médiation Numérique')).toBe('mediation-numerique');
  expect(courseIdFromFolder('/x/2024 cours')).toBe('course-2024-cours');
  expect(courseIdFromFolder('/x/___')).toBe('course-new');
});
