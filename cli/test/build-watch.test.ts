// `dlis build --watch` (the compiled command in a child process): a saved page gives a new zip with its text.
// The test waits for the command's own lines, never for a fixed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-watch-'));
  await cp(join(root, 'templates/module'), join(work, 'c'), { recursive: true });
});
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(work, { recursive: true, force: true });
});

/** Resolves once the child's output holds `count` matches of `pattern`. */
function waitForOutput(
  output: () => string,
  pattern: RegExp,
  count: number,
  proc: ChildProcess,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if ((output().match(new RegExp(pattern, 'gm')) ?? []).length >= count) {
        proc.stdout!.off('data', check);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => reject(new Error(`dlis exited with ${code}:\n${output()}`)));
    check();
  });
}

test('a saved page is built again: a new zip with the new text appears', async () => {
  let out = '';
  child = spawn(
    process.execPath,
    [join(root, 'cli/bin/dlis.js'), 'build', 'c', '--target', 'web', '--out', 'out', '--watch'],
    {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const watching = /^watching 1 course for changes/m;
  await waitForOutput(() => out, watching, 1, child);
  const zipFile = join(
    work,
    'out',
    (await readdir(join(work, 'out'))).find((f) => f.endsWith('-web.zip'))!,
  );
  const textOf = async () => {
    const files = unzipSync(new Uint8Array(await readFile(zipFile)));
    return new TextDecoder().decode(files['index.html']);
  };
  expect(await textOf()).not.toContain('Texte ajouté pendant la surveillance');

  const pages = join(work, 'c/pages');
  const page = join(
    pages,
    (await readdir(pages)).find((f) => f.endsWith('.fr.md'))!,
  );
  await writeFile(page, `${await readFile(page, 'utf8')}\n\nTexte ajouté pendant la surveillance.\n`);

  await waitForOutput(() => out, watching, 2, child);
  expect(out).toMatch(/↻ c changed: building again…/);
  expect(await textOf()).toContain('Texte ajouté pendant la surveillance');

  const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
});
