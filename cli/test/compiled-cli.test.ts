// The `dlis` command runs compiled JavaScript (cli/dist, made by cli/build/compile-cli.mjs): these tests run
// the real bin in a child process, as a designer does, and compare it with the sources run in-process.
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from './run-cli.ts';
import { compiledDlis, copyAgilityIndex, repoRoot, tempCourses } from './support/compiled-dlis.ts';

const temp = tempCourses('dlis-compiled-');

describe('the compiled dlis command', () => {
  test('reports exactly what the sources report on a broken course and a broken questionnaire', async () => {
    // The compiled command validates with ajv code generated when it was compiled (standalone), the sources
    // compile the schemas at run time: same diagnostics, same order.
    expect((await run(['new', 'broken'], temp.dir)).code).toBe(0);
    const yamlFile = join(temp.dir, 'broken/course.yaml');
    const yaml = await readFile(yamlFile, 'utf8');
    await writeFile(
      yamlFile,
      yaml.replace(/^version: .*$/m, 'version: [1]\ntitel: x').replace(/^id: .*$/m, 'id: 12'),
    );
    await copyAgilityIndex(temp.dir);
    const questionnaireFile = join(temp.dir, 'agility-index/agility/questionnaire.yaml');
    const questionnaire = await readFile(questionnaireFile, 'utf8');
    await writeFile(questionnaireFile, questionnaire.replace(/^model: .*$/m, 'model: [x]\nmodle: y'));

    const args = ['validate', '--json', 'broken', 'agility-index'];
    const compiled = await compiledDlis(args, temp.dir);
    const sources = await run(args, temp.dir);

    expect(compiled.code).toBe(1);
    expect(sources.code).toBe(1);
    const report = JSON.parse(compiled.out) as { courses: { diagnostics: unknown[] }[] };
    expect(report.courses.map((c) => c.diagnostics.length)).toEqual([3, 2]);
    expect(report).toEqual(JSON.parse(sources.out));
    expect(compiled.out).toContain('questionnaire.yaml');
    expect(compiled.out).toContain('titel');
  });

  test('runs the validators with a V8 code cache kept in its build, and replaces a damaged cache', async () => {
    expect((await run(['new', 'course'], temp.dir)).code).toBe(0);
    expect((await compiledDlis(['validate', 'course'], temp.dir)).code).toBe(0);
    const current = JSON.parse(await readFile(join(repoRoot, 'cli/dist/current.json'), 'utf8')) as {
      dir: string;
    };
    const cacheFile = join(repoRoot, 'cli/dist', current.dir, 'schema-validators.cjs.v8-cache');
    expect((await stat(cacheFile)).size).toBeGreaterThan(0);

    // V8 rejects a cache that is not its own: the validators run from their text, the cache is written again.
    const damaged = Buffer.alloc((await stat(cacheFile)).size, 7);
    await writeFile(cacheFile, damaged);
    const yamlFile = join(temp.dir, 'course/course.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(/^version: .*$/m, 'version: [1]'));
    const compiled = await compiledDlis(['validate', '--json', 'course'], temp.dir);
    expect(compiled.code).toBe(1);
    expect(JSON.parse(compiled.out)).toEqual(
      JSON.parse((await run(['validate', '--json', 'course'], temp.dir)).out),
    );
    expect((await readFile(cacheFile)).equals(damaged)).toBe(false);
  });

  test('recompiles itself when a source changed since it was compiled, then runs', async () => {
    // A newer modification time is a change: the bin must never run a build older than its sources.
    const source = join(repoRoot, 'cli/src/usage-error.ts');
    const now = new Date();
    await utimes(source, now, now);

    const first = await compiledDlis(['--version'], temp.dir);
    expect(first.err).toContain('cli/src/usage-error.ts changed since the dlis command was compiled');
    expect(first.code).toBe(0);
    expect(first.out.trim()).toBe('0.1.0');

    const second = await compiledDlis(['--version'], temp.dir);
    expect(second).toEqual({ code: 0, out: first.out, err: '' });
  });
});
