import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse } from '@dlis/course/compiled';
import { buildCourses } from '@dlis/packager';
import { chromiumArgs, chromiumEnv, chromiumPath } from './chromium.ts';
import { LMS_PAGE_HTML, scormAgainScripts, type ScormVersion } from './lms.ts';
import { startStaticServer } from './static-server.ts';
import { unzipTo } from './unzip.ts';

export interface LmsImportOptions<V extends ScormVersion> {
  /** The SCORM packages to build and import. */
  versions: readonly V[];
  /** The LMS's number for the course, in the launch path (`/lms/<version>/courses/<n>/sco/`). */
  lmsCourse: number;
  /** `--lrs <endpoint>`: the packages also report to an LRS (hybrid xAPI reporting). */
  lrsEndpoint?: string;
}

/** Course packages imported into the test LMS (served on loopback), and a browser to run them in. */
export interface LmsImport<V extends ScormVersion> {
  course: CompiledCourse;
  /** imsmanifest.xml of each package, as the LMS read it on import. */
  manifests: Record<V, string>;
  /** URL of the test LMS page. */
  lmsUrl: string;
  /** Where a package is served: a deep sub-path, as Moodle serves them (pluginfile.php/<ctx>/mod_scorm/content/…). */
  launchPath(version: V): string;
  browser: Browser;
  /** Stops the browser and the server and removes the unzipped packages. */
  close(): Promise<void>;
}

/**
 * Builds a course for the given SCORM versions exactly as `dlis build` does, unzips each package as an LMS does on
 * import, serves them with the LMS page and scorm-again, and launches Chromium.
 */
export async function importIntoTestLms<V extends ScormVersion>(
  courseDir: string,
  options: LmsImportOptions<V>,
): Promise<LmsImport<V>> {
  const work = await mkdtemp(join(tmpdir(), 'dlis-lms-'));
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error(`${courseDir} does not validate`);
  const course = compileCourse(loaded.model).course;
  const built = await buildCourses({
    cwd: process.cwd(),
    courseDirs: [courseDir],
    targets: [...options.versions],
    outDir: join(work, 'zips'),
    demo: true, // the repository's courses keep institution placeholders
    ...(options.lrsEndpoint ? { xapi: { endpoint: options.lrsEndpoint } } : {}),
  });
  if (!built.ok) throw new Error(`${courseDir} does not build`);
  const launchPath = (version: V) => `/lms/${version}/courses/${options.lmsCourse}/sco/`;
  const folders: Record<string, string> = {};
  const manifests = {} as Record<V, string>;
  for (const version of options.versions) {
    const dir = join(work, version);
    await unzipTo(join(work, 'zips', `${course.id}-${version}.zip`), dir);
    folders[launchPath(version)] = dir;
    manifests[version] = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
  }
  const lms = await serveTestLms(folders);
  return {
    course,
    manifests,
    lmsUrl: lms.lmsUrl,
    launchPath,
    browser: lms.browser,
    async close() {
      await lms.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** The test LMS page on a loopback server, and a browser to open it in. */
export interface TestLmsServer {
  /** URL of the test LMS page. */
  lmsUrl: string;
  browser: Browser;
  /** Stops the browser and the server. */
  close(): Promise<void>;
}

/**
 * Serves unzipped packages (URL prefix → folder, as the LMS imported them) beside the LMS page and scorm-again,
 * and launches Chromium.
 */
export async function serveTestLms(folders: Record<string, string>): Promise<TestLmsServer> {
  const server = await startStaticServer({
    folders,
    pages: {
      '/lms/index.html': { type: 'text/html; charset=utf-8', body: LMS_PAGE_HTML },
      ...(await scormAgainScripts()),
    },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    env: chromiumEnv,
  });
  return {
    lmsUrl: `${server.origin}/lms/index.html`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
