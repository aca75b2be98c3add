// A chunk of the compiled command run as a script with a V8 code cache (cli/build/cached-chunk.mjs): the module
// left in its place must behave as the chunk did.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import { chunkAsScript } from '../build/cached-chunk.mjs';

const cachedScript = pathToFileURL(join(import.meta.dirname, '../build/cached-script.mjs')).href;
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Writes `files` and the chunk `chunk.js` turned into a script to a new folder; returns that folder. */
async function writeChunk(chunk: string, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-cached-chunk-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const { script, module } = chunkAsScript(chunk, {
    script: './chunk.cjs',
    cachedScript,
    debug: './chunk.debug.js',
  });
  await writeFile(join(dir, 'chunk.cjs'), script);
  await writeFile(join(dir, 'chunk.js'), module);
  await writeFile(join(dir, 'chunk.debug.js'), chunk);
  return dir;
}

const chunk = [
  'import { n as count, t as Named } from "./dep.js";',
  'import * as path from "node:path";',
  'import fs from "node:fs";',
  'import "./effect.js";',
  'const here = new URL("./data.txt", import.meta.url).href;',
  'var Thing = class extends Named {};',
  'function strict() { return this; }',
  'const order = globalThis.__dlisChunkOrder.slice();',
  'const later = () => import("./dep.js");',
  'export { Thing as A, count as b, here as c, path as d, fs as e, strict as f, order as g, later as h };',
  '',
].join('\n');

const dependencies = {
  'dep.js': 'export class t {}\nexport const n = 3;\n',
  'effect.js': '(globalThis.__dlisChunkOrder ??= []).push("effect");\n',
};

describe('chunkAsScript', () => {
  test('the module left in its place exports what the chunk exported, with its imports and import.meta', async () => {
    // Run by Node in a child process: the test runner would transform the module's import() itself.
    const dir = await writeChunk(chunk, {
      ...dependencies,
      'check.mjs': `
        import * as loaded from './chunk.js';
        import * as dep from './dep.js';
        import * as path from 'node:path';
        import fs from 'node:fs';
        const strict = loaded.f;
        console.log(JSON.stringify({
          instance: new loaded.A() instanceof dep.t,
          count: loaded.b,
          here: loaded.c,
          namespace: loaded.d === path,
          default: loaded.e === fs,
          strict: strict() === undefined,
          order: loaded.g,
          later: (await loaded.h()) === dep,
        }));
      `,
    });
    const run = (env: Record<string, string> = {}) =>
      JSON.parse(
        execFileSync(process.execPath, [join(dir, 'check.mjs')], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        }),
      );
    const expected = {
      instance: true,
      count: 3,
      here: pathToFileURL(join(dir, 'data.txt')).href,
      namespace: true,
      default: true,
      // Strict like the module it was: a plain call has no `this`.
      strict: true,
      // Its imports ran before it, as a module's do.
      order: ['effect'],
      // import() resolves from the chunk's folder, to the same module instance.
      later: true,
    };
    expect(await readdir(dir)).not.toContain('chunk.cjs.v8-cache');
    expect(run()).toEqual(expected);
    // The first run wrote the V8 code cache next to the script when it exited; the next runs read it.
    expect((await stat(join(dir, 'chunk.cjs.v8-cache'))).size).toBeGreaterThan(0);
    expect(run()).toEqual(expected);
    // DLIS_DEBUG: the chunk itself runs (Node maps its stack traces), with the same result.
    await rm(join(dir, 'chunk.cjs'));
    expect(run({ DLIS_DEBUG: '1' })).toEqual(expected);
  });

  test('keeps the lines of the chunk, so its source map still applies', async () => {
    const dir = await writeChunk(chunk, dependencies);
    const script = (await readFile(join(dir, 'chunk.cjs'), 'utf8')).split('\n');
    const lines = chunk.split('\n');
    expect(script[4]).toContain('new URL("./data.txt", __chunkImportMeta.url)');
    for (const at of [5, 6, 7]) expect(script[at]).toBe(lines[at]);
    expect((await stat(join(dir, 'chunk.cjs'))).size).toBeGreaterThan(chunk.length);
  });

  test('refuses a chunk it cannot run as a script', () => {
    const paths = { script: './chunk.cjs', cachedScript, debug: './chunk.debug.js' };
    expect(() =>
      chunkAsScript('const m = import("./x.js", { with: { type: "json" } });\nexport { m as a };\n', paths),
    ).toThrow('import() with options');
    // Top-level await: the script is a plain function, which compile-cli.mjs compiles before writing it.
    expect(() => new Script(chunkAsScript('await 1;\nexport {};\n', paths).script)).toThrow(SyntaxError);
    expect(() => chunkAsScript('export default 1;\n', paths)).toThrow('ExportDefaultDeclaration');
    expect(() => chunkAsScript('export { a } from "./x.js";\n', paths)).toThrow('ExportNamedDeclaration');
    expect(() => chunkAsScript('const a = 1;\nexport { a };\nconst b = 2;\n', paths)).toThrow(
      'before its last statement',
    );
    expect(() => chunkAsScript('const a = "\u00e9";\nexport { a };\n', paths)).toThrow('not ASCII');
  });
});
