// The `dlis` command runs compiled JavaScript (cli/dist, made by cli/build/compile-cli.mjs): these tests run
// the real bin in a child process, as a designer does, and compare it with the sources run in-process.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from './run-cli.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'cli/bin/dlis.js');

/** Runs cli/bin/dlis.js in a child process (never throws: the exit code is part of the result). */
function dlis(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }, (error, out, err) => {
      resolve({ code: error ? Number(error.code ?? 70) : 0, out, err });
    });
  });
}

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-compiled-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the compiled dlis command', () => {
  test('reports exactly what the sources report on a broken course and a broken questionnaire', async () => {
    // The compiled command validates with ajv code generated when it was compiled (standalone), the sources
    // compile the schemas at run time: same diagnostics, same order.
    expect((await run(['new', 'broken'], work)).code).toBe(0);
    const yamlFile = join(work, 'broken/course.yaml');
    const yaml = await readFile(yamlFile, 'utf8');
    await writeFile(
      yamlFile,
      yaml.replace(/^version: .*$/m, 'version: [1]\ntitel: x').replace(/^id: .*$/m, 'id: 12'),
    );
    await cp(join(root, 'courses/agility-index'), join(work, 'agility-index'), { recursive: true });
    const questionnaireFile = join(work, 'agility-index/agility/questionnaire.yaml');
    const questionnaire = await readFile(questionnaireFile, 'utf8');
    await writeFile(questionnaireFile, questionnaire.replace(/^model: .*$/m, 'model: [x]\nmodle: y'));

    const args = ['validate', '--json', 'broken', 'agility-index'];
    const compiled = await dlis(args, work);
    const sources = await run(args, work);

    expect(compiled.code).toBe(1);
    expect(sources.code).toBe(1);
    const report = JSON.parse(compiled.out) as { courses: { diagnostics: unknown[] }[] };
    expect(report.courses.map((c) => c.diagnostics.length)).toEqual([3, 2]);
    expect(report).toEqual(JSON.parse(sources.out));
    expect(compiled.out).toContain('questionnaire.yaml');
    expect(compiled.out).toContain('titel');
  });

  test('recompiles itself when a source changed since it was compiled, then runs', async () => {
    // A newer modification time is a change: the bin must never run a build older than its sources.
    const source = join(root, 'cli/src/usage-error.ts');
    const now = new Date();
    await utimes(source, now, now);

    const first = await dlis(['--version'], work);
    expect(first.err).toContain('cli/src/usage-error.ts changed since the dlis command was compiled');
    expect(first.code).toBe(0);
    expect(first.out.trim()).toBe('0.1.0');

    const second = await dlis(['--version'], work);
    expect(second).toEqual({ code: 0, out: first.out, err: '' });
  });
});
