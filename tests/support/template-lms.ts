import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse } from '@dlis/course/compiled';
import { buildCourses } from '@dlis/packager';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { LMS_PAGE_HTML, scormAgainScripts, type LmsCall, type ScormVersion } from './lms.ts';
import { startStaticServer } from './static-server.ts';
import { unzipTo } from './unzip.ts';

/** A course built for SCORM 1.2 and 2004, imported into the test LMS (served on loopback), and a browser. */
export interface TemplateLms {
  course: CompiledCourse;
  /** imsmanifest.xml of each package, as the LMS read it on import. */
  manifests: Record<ScormVersion, string>;
  /** URL of the test LMS page. */
  lmsUrl: string;
  /** Launch URL of a package: a deep sub-path, as Moodle serves them (pluginfile.php/<ctx>/mod_scorm/content/…). */
  launchUrl(version: ScormVersion): string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startTemplateLms(courseDir: string): Promise<TemplateLms> {
  const work = await mkdtemp(join(tmpdir(), 'dlis-lms-'));
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error(`${courseDir} does not validate`);
  const course = compileCourse(loaded.model).course;
  const built = await buildCourses({
    courseDirs: [courseDir],
    targets: ['scorm12', 'scorm2004'],
    outDir: join(work, 'zips'),
  });
  if (!built.ok) throw new Error(`${courseDir} does not build`);
  const folders: Record<string, string> = {};
  const manifests = {} as Record<ScormVersion, string>;
  const launchPath = (version: ScormVersion) => `/lms/${version}/courses/42/sco/`;
  for (const version of ['scorm12', 'scorm2004'] as const) {
    const dir = join(work, version);
    await unzipTo(join(work, 'zips', `${course.id}-${version}.zip`), dir);
    folders[launchPath(version)] = dir;
    manifests[version] = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
  }
  const server = await startStaticServer({
    folders,
    pages: {
      '/lms/index.html': { type: 'text/html; charset=utf-8', body: LMS_PAGE_HTML },
      ...(await scormAgainScripts()),
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    course,
    manifests,
    lmsUrl: `${server.origin}/lms/index.html`,
    launchUrl: (version) => `${launchPath(version)}index.html`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * The API errors of a session. None is expected, with one exception the standard makes unavoidable: SCORM 2004
 * answers 403 (value not initialized, RTE 4.1.7) to GetValue on `cmi.completion_threshold` when the manifest sets
 * none, and reading it is the only way to know whether the LMS has one.
 */
export function apiErrors(calls: LmsCall[]): LmsCall[] {
  return calls.filter(
    (c) =>
      c.error !== '0' &&
      !(c.method === 'GetValue' && c.error === '403' && c.args[0] === 'cmi.completion_threshold'),
  );
}
