import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { previewCourse } from '../src/commands/preview-course.ts';
import type { CliIo } from '../src/io.ts';
import { writePreviewCourse } from '../../packages/preview/test/support/preview-course.ts';
import { run } from './run-cli.ts';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dlis-cli-preview-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

test('dlis preview prints its URL and "ready", serves the course, and stops cleanly', async () => {
  await writePreviewCourse(join(work, 'course'), 2);
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), cwd: work };
  const stop = new AbortController();
  const running = previewCourse('course', {}, io, stop.signal);
  await expect.poll(() => out).toMatch(/^ready/m);
  const url = /^preview: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out)?.[1];
  expect(url).toBeDefined();
  const status = (await (await fetch(`${url}__dlis/api/status`)).json()) as { status: { ok: boolean } };
  expect(status.status.ok).toBe(true);
  expect(err).toContain("✓ Cours d'essai: fr, en");
  stop.abort();
  expect(await running).toBe(0);
  expect(out).toContain('preview stopped');
});

test('dlis preview of a folder that does not exist says so and exits 1', async () => {
  const { code, err } = await run(['preview', 'missing'], work);
  expect(code).toBe(1);
  expect(err).toContain(`${join(work, 'missing')}: no such folder`);
});

test('dlis preview --port out of range is a usage error', async () => {
  const { code, err } = await run(['preview', '.', '--port', '70000'], work);
  expect(code).toBe(2);
  expect(err).toContain('--port must be 0-65535');
});
