import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import { buildCourses } from '@dlis/packager';
import { unzipTo } from './unzip.ts';

export interface PackageSite {
  course: CompiledCourse;
  /** Folder the package was unzipped into, as an LMS does on import. */
  dir: string;
  /** file:// URL of its index.html. */
  indexUrl: string;
}

/**
 * Builds one course for one target exactly as `dlis build` does, and unzips the package under `work`.
 * `course` is the compiled course of the same sources (with `lang`, that language only), for the test's expectations.
 */
export async function buildPackageSite(
  courseDir: string,
  target: PackageTarget,
  work: string,
  lang?: string,
): Promise<PackageSite> {
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error(`${courseDir} does not validate`);
  const course = compileCourse(loaded.model, lang ? { languages: [lang] } : {}).course;
  const out = join(work, `${course.id}-${lang ?? 'all'}-${target}`);
  const built = await buildCourses({
    cwd: process.cwd(),
    courseDirs: [courseDir],
    targets: [target],
    outDir: join(out, 'zip'),
    ...(lang ? { lang } : {}),
    demo: true, // the repository's courses keep institution placeholders
  });
  if (!built.ok) throw new Error(`${courseDir} does not build`);
  const [zip] = await readdir(join(out, 'zip'));
  const dir = join(out, 'site');
  await unzipTo(join(out, 'zip', zip!), dir);
  return { course, dir, indexUrl: pathToFileURL(join(dir, 'index.html')).href };
}
