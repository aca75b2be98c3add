import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { compileCourse, loadCourse } from '@dlis/course';
import type { CompiledCourse, CompiledPage, VariableValues } from '@dlis/course/compiled';
import { plainText, type PlayerRoot } from './learner.ts';
import { buildCourses } from '@dlis/packager';
import { serveTestLms } from './lms-import.ts';
import type { ScormVersion } from './lms.ts';
import { unzipTo } from './unzip.ts';

/** The DLIS thematic module folders of `coursesDir` (`m<N>-<slug>`), sorted; listed at test collection time. */
export function moduleFolders(coursesDir: string): string[] {
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^m\d+-/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The variable values a walk of the course uses, one entry per walk: `[{}]` for a course without variables;
 * otherwise two walks, one with the first value of every variable and one with the last (M5: France, Romania).
 */
export async function variantsToWalk(courseDir: string): Promise<VariableValues[]> {
  const loaded = await loadCourse(courseDir);
  if (!loaded.ok) throw new Error(`${courseDir} does not validate`);
  const variables = compileCourse(loaded.model).course.variables ?? [];
  if (variables.length === 0) return [{}];
  const pick = (at: 0 | -1) => Object.fromEntries(variables.map((v) => [v.id, v.values.at(at)!.id]));
  return [pick(0), pick(-1)];
}

/**
 * On a page with `variable-choice` blocks: picks the value of `values` for each (the radio named by the value's
 * label) and waits for the player to confirm the choice.
 */
export async function chooseVariables(
  root: PlayerRoot,
  course: CompiledCourse,
  page: CompiledPage,
  values: VariableValues,
  lang: string,
  confirmation = (label: string) => `Choice saved: ${label}.`,
): Promise<void> {
  for (const block of page.blocks) {
    if (block.type !== 'variable-choice') continue;
    const variable = course.variables!.find((v) => v.id === block.variable)!;
    const value = variable.values.find((v) => v.id === values[variable.id])!;
    const label = plainText(value.label[lang]!);
    await root.getByRole('radio', { name: label, exact: true }).check();
    await expect.poll(() => root.getByText(confirmation(label)).count()).toBe(1);
  }
}

export interface ImportedModule {
  course: CompiledCourse;
  /** imsmanifest.xml of each package, as the LMS read it on import. */
  manifests: Record<ScormVersion, string>;
  /** Launch URL of the package (its index.html where the LMS serves it). */
  launchUrl(version: ScormVersion): string;
}

/** Several courses imported into one test LMS, served by one server to one browser. */
export interface ModulesLms {
  modules: Map<string, ImportedModule>;
  lmsUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

const VERSIONS = ['scorm12', 'scorm2004'] as const;

/**
 * Builds every course folder for SCORM 1.2 and 2004 in one `dlis build` run, unzips each package as an LMS does
 * on import (each under its own LMS course number), serves them beside the LMS page and scorm-again, and launches
 * Chromium once for all of them.
 */
export async function importModulesIntoTestLms(coursesDir: string, folders: string[]): Promise<ModulesLms> {
  const work = await mkdtemp(join(tmpdir(), 'dlis-modules-'));
  try {
    const dirs = folders.map((f) => join(coursesDir, f));
    const built = await buildCourses({
      cwd: process.cwd(),
      courseDirs: dirs,
      targets: [...VERSIONS],
      outDir: join(work, 'zips'),
    });
    if (!built.ok) throw new Error(`the modules do not build: ${JSON.stringify(built.diagnostics)}`);
    const served: Record<string, string> = {};
    const modules = new Map<string, ImportedModule>();
    for (const [n, folder] of folders.entries()) {
      const loaded = await loadCourse(join(coursesDir, folder));
      if (!loaded.ok) throw new Error(`${folder} does not validate`);
      const course = compileCourse(loaded.model).course;
      const launchPath = (version: ScormVersion) => `/lms/${version}/courses/${100 + n}/sco/`;
      const manifests = {} as Record<ScormVersion, string>;
      for (const version of VERSIONS) {
        const dir = join(work, folder, version);
        await unzipTo(join(work, 'zips', `${course.id}-${version}.zip`), dir);
        served[launchPath(version)] = dir;
        manifests[version] = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
      }
      modules.set(folder, { course, manifests, launchUrl: (v) => `${launchPath(v)}index.html` });
    }
    const lms = await serveTestLms(served);
    return {
      modules,
      lmsUrl: lms.lmsUrl,
      browser: lms.browser,
      async close() {
        await lms.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
