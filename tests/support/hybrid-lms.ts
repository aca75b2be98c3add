import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse } from '@dlis/course/compiled';
import { buildCourses } from '@dlis/packager';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { LMS_PAGE_HTML, scormAgainScripts } from './lms.ts';
import { startStaticServer } from './static-server.ts';
import { unzipTo } from './unzip.ts';

/** A SCORM 2004 package built with `--lrs <endpoint>` (hybrid reporting), imported into the test LMS. */
export interface HybridLms {
  course: CompiledCourse;
  manifest: string;
  lmsUrl: string;
  /** The SCO's launch URL with the LRS credentials in its query string (`auth`), as an LMS can add them. */
  launchUrl(auth: string): string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHybridLms(courseDir: string, endpoint: string): Promise<HybridLms> {
  const work = await mkdtemp(join(tmpdir(), 'dlis-hybrid-'));
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error(`${courseDir} does not validate`);
  const course = compileCourse(loaded.model).course;
  const built = await buildCourses({
    courseDirs: [courseDir],
    targets: ['scorm2004'],
    outDir: join(work, 'zips'),
    xapi: { endpoint },
  });
  if (!built.ok) throw new Error(`${courseDir} does not build`);
  const dir = join(work, 'sco');
  await unzipTo(join(work, 'zips', `${course.id}-scorm2004.zip`), dir);
  const launchPath = '/lms/scorm2004/courses/43/sco/';
  const server = await startStaticServer({
    folders: { [launchPath]: dir },
    pages: {
      '/lms/index.html': { type: 'text/html; charset=utf-8', body: LMS_PAGE_HTML },
      ...(await scormAgainScripts()),
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    course,
    manifest: await readFile(join(dir, 'imsmanifest.xml'), 'utf8'),
    lmsUrl: `${server.origin}/lms/index.html`,
    launchUrl: (auth) => `${launchPath}index.html?${new URLSearchParams({ auth }).toString()}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
