import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ensurePlayerBuild } from '@dlis/player/build';
import { courseFile } from '../src/server/course-files.ts';
import { openCourseSession, type CourseSession, type CourseStatus } from '../src/server/course-session.ts';
import { writePreviewCourse } from './support/preview-course.ts';

let dir: string;
let session: CourseSession | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlis-preview-session-'));
  await writePreviewCourse(dir, 3);
});

afterEach(async () => {
  session?.close();
  session = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('the course session of the preview', () => {
  test('a save reloads the course; a broken file gives the located diagnostics; a fix gives a valid course', async () => {
    session = await openCourseSession(dir, { cwd: dir });
    expect(session.status()).toMatchObject({ version: 1, ok: true, languages: ['fr', 'en'] });
    const seen: CourseStatus[] = [];
    session.onChange((status) => seen.push(status));

    await writeFile(join(dir, 'course.yaml'), 'id: [unclosed\n');
    await expect.poll(() => seen.at(-1)?.ok).toBe(false);
    const broken = seen.at(-1)!;
    if (broken.ok) throw new Error('unreachable');
    expect(broken.diagnostics[0]).toMatchObject({ file: 'course.yaml', line: expect.any(Number) });
    expect(session.compiled()).toBeUndefined();

    await writePreviewCourse(dir, 3);
    await expect.poll(() => seen.at(-1)?.ok).toBe(true);
    expect(session.compiled('en')!.course.languages).toEqual(['en']);

    // Saving the same content again is no new version: the shells are not relaunched for nothing.
    const version = session.status().version;
    await writePreviewCourse(dir, 3);
    await writeFile(join(dir, 'pages', 'p1.en.md'), 'Text of page 1, changed.\n');
    await expect.poll(() => session!.status().version).toBe(version + 1);
    expect(seen.filter((s) => s.version > version)).toHaveLength(1);
  });

  test('the course files are those of a package of the target, and nothing is written into the folder', async () => {
    const before = (await readdir(dir, { recursive: true })).sort();
    session = await openCourseSession(dir, { cwd: dir });
    const player = await ensurePlayerBuild();
    const index = await courseFile(session, player, '/__dlis/course/scorm2004/en/index.html');
    expect(index?.status).toBe(200);
    const html = String(index?.body);
    expect(html).toContain('"target":"scorm2004"');
    expect(html).toContain(player.scripts.scorm2004);
    const script = await courseFile(
      session,
      player,
      `/__dlis/course/scorm2004/en/${player.scripts.scorm2004}`,
    );
    expect(script).toMatchObject({ status: 200, immutable: true });
    expect((await courseFile(session, player, '/__dlis/course/scorm2004/el/index.html'))?.status).toBe(404);
    expect((await courseFile(session, player, '/__dlis/course/pdf/all/index.html'))?.status).toBe(404);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before);
  });
});
