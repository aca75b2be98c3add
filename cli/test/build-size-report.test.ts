import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from './run-cli.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-size-'));
  await run(['new', 'course'], work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('build ends with the largest assets of the courses, largest first, with their sizes', async () => {
  const result = await run(['build', 'course', '--target', 'web', '--out', join(work, 'out')], work);
  expect(result.code).toBe(0);
  const report = result.out.split('Largest assets (in every package of their course):\n')[1] ?? '';
  const rows = report
    .trimEnd()
    .split('\n')
    .map((line) => /^\s+([\d.]+) (KB|MB) {2}(.+)$/.exec(line));
  expect(rows.length).toBeGreaterThan(0);
  const sizes: number[] = [];
  for (const row of rows) {
    expect(row).not.toBeNull();
    const bytes = (await stat(resolve(work, row![3]!))).size;
    expect(Number(row![1])).toBeCloseTo(bytes / (row![2] === 'KB' ? 1024 : 1024 * 1024), 1);
    sizes.push(bytes);
  }
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
});
