// What the tests of the compiled command share: the real bin run in a child process (as a designer runs it), and
// a temporary folder per test holding the courses they build.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { run } from '../run-cli.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs cli/bin/dlis.js in a child process (never throws: the exit code is part of the result). */
export function compiledDlis(
  args: string[],
  cwd: string,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, 'cli/bin/dlis.js'), ...args],
      { cwd, encoding: 'utf8' },
      (error, out, err) => {
        resolve({ code: error ? Number(error.code ?? 70) : 0, out, err });
      },
    );
  });
}

/**
 * A fresh temporary folder for each test of the file (removed after it), with a `dlis new` course for each name
 * of `courses`. Read `.dir` inside a test.
 */
export function tempCourses(prefix: string, courses: readonly string[] = []): { readonly dir: string } {
  const work = { dir: '' };
  beforeEach(async () => {
    work.dir = await mkdtemp(join(tmpdir(), prefix));
    for (const name of courses) expect((await run(['new', name], work.dir)).code).toBe(0);
  });
  afterEach(async () => {
    await rm(work.dir, { recursive: true, force: true });
  });
  return work;
}

/** Copies the repository's agility-index course into `dir` (a course with a questionnaire). */
export async function copyAgilityIndex(dir: string): Promise<void> {
  await cp(join(repoRoot, 'courses/agility-index'), join(dir, 'agility-index'), { recursive: true });
}
