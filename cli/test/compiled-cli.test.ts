// The `dlis` command runs compiled JavaScript (cli/dist, made by cli/build/compile-cli.mjs): these tests run
// the real bin in a child process, as a designer does, and compare it with the sources run in-process.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { currentBuild } from '../build/compile-cli.mjs';
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

  test('runs the validators, its entry and the course loader with V8 code caches kept in its build, and replaces damaged ones', async () => {
    expect((await run(['new', 'course'], temp.dir)).code).toBe(0);
    expect((await compiledDlis(['validate', 'course'], temp.dir)).code).toBe(0);
    const current = JSON.parse(await readFile(join(repoRoot, 'cli/dist/current.json'), 'utf8')) as {
      dir: string;
    };
    const build = join(repoRoot, 'cli/dist', current.dir);
    const cacheFiles = (await readdir(build)).filter((f) => f.endsWith('.v8-cache')).sort();
    // The validators' script, and the entry and the loader chunks run as scripts (cli/build/cached-chunk.mjs).
    expect(cacheFiles).toEqual([
      'dlis.cjs.v8-cache',
      expect.stringMatching(/^load-course-[\w-]+\.cjs\.v8-cache$/),
      'schema-validators.cjs.v8-cache',
    ]);

    // V8 rejects a cache that is not its own: the scripts run from their text, the caches are written again.
    const damaged = new Map<string, Buffer>();
    for (const file of cacheFiles) {
      const bytes = Buffer.alloc((await stat(join(build, file))).size, 7);
      await writeFile(join(build, file), bytes);
      damaged.set(file, bytes);
    }
    const yamlFile = join(temp.dir, 'course/course.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(/^version: .*$/m, 'version: [1]'));
    const compiled = await compiledDlis(['validate', '--json', 'course'], temp.dir);
    expect(compiled.code).toBe(1);
    expect(JSON.parse(compiled.out)).toEqual(
      JSON.parse((await run(['validate', '--json', 'course'], temp.dir)).out),
    );
    for (const [file, bytes] of damaged) {
      const now = await readFile(join(build, file));
      expect(now.length).toBeGreaterThan(0);
      expect(now.equals(bytes)).toBe(false);
    }
  });

  test('validates without loading the Node modules it does not need at every start', async () => {
    // node:child_process (commander's sub-programs), node:worker_threads (the caches' temporary names) and
    // node:crypto (assets' hashes, for the model) are loaded only when used: `dlis validate` uses none.
    expect((await run(['new', 'course'], temp.dir)).code).toBe(0);
    const listFile = join(temp.dir, 'modules.txt');
    const preload = join(temp.dir, 'list-modules.cjs');
    await writeFile(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listFile)}, process.moduleLoadList.join('\\n')));\n`,
    );
    const code = await new Promise<number>((resolve) => {
      execFile(
        process.execPath,
        ['--require', preload, join(repoRoot, 'cli/bin/dlis.js'), 'validate', 'course'],
        { cwd: temp.dir },
        (error) => resolve(error ? Number(error.code ?? 70) : 0),
      );
    });
    expect(code).toBe(0);
    const loaded = (await readFile(listFile, 'utf8')).split('\n');
    expect(loaded).toContain('NativeModule fs/promises');
    for (const unused of ['child_process', 'worker_threads', 'crypto'])
      expect(loaded).not.toContain(`NativeModule ${unused}`);
  });

  test('is stale when a source changed since it was compiled, so the bin compiles it again before running', () => {
    // A newer modification time is a change: the bin must never run a build older than its sources. The change
    // is played through the fs given to currentBuild: touching a real source would make every other test that
    // runs the bin meanwhile recompile it too.
    expect(currentBuild(fs).state).toBe('fresh');
    const source = 'cli/src/usage-error.ts';
    const touched: typeof fs = {
      ...fs,
      statSync: ((path: string) => {
        const info = fs.statSync(path, { throwIfNoEntry: false });
        return info && path.endsWith(source) ? { ...info, mtimeMs: info.mtimeMs + 1000 } : info;
      }) as typeof fs.statSync,
    };
    expect(currentBuild(touched)).toEqual({
      state: 'stale',
      reason: `${source} changed since the dlis command was compiled`,
    });
  });
});
