import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import { checkSuspendDataBudget } from './check-suspend-budget.ts';
import { collectContentFiles, type PackageAsset } from './collect-content-files.ts';
import { MANIFEST_FILE } from './manifest-files.ts';
import type { PlayerBuild } from './player-build.ts';
import { readSchemaFiles } from './schema-files.ts';
import { writeScorm12Manifest } from './write-scorm12-manifest.ts';
import { writeScorm2004Manifest } from './write-scorm2004-manifest.ts';
import { writeZip, type ZipEntry } from './write-zip.ts';

export interface PackageCourseInput {
  /** What `compileCourse()` returned. */
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[] };
  target: PackageTarget;
  player: PlayerBuild;
  /** Path of the zip to write; its directory is created if needed. */
  outFile: string;
}

export interface PackageReport {
  /** The zip written (as given in `outFile`). */
  file: string;
  /** Size of the zip. */
  bytes: number;
  /** Number of files in the zip. */
  entries: number;
  target: PackageTarget;
}

/**
 * Packages one compiled course for one target, in order:
 * 1. budget: SCORM 1.2 only, refuse a course whose learner state could outgrow suspend_data (before any write);
 * 2. content: index.html, the player files and the assets, all read into memory;
 * 3. manifest: SCORM only, imsmanifest.xml listing every content file, plus the schema files at the root;
 * 4. zip: deterministic, written atomically to `outFile` (a previous file is replaced only on success).
 * Throws the packager's typed errors (errors.ts).
 */
export async function packageCourse(input: PackageCourseInput): Promise<PackageReport> {
  const { compiled, target, player, outFile } = input;
  checkSuspendDataBudget(compiled.course, target);
  const content = await collectContentFiles(compiled.course, compiled.assets, target, player);
  const entries = [...content, ...(await manifestEntries(compiled.course, target, content))];
  const bytes = await writeZip(entries, outFile);
  return { file: outFile, bytes, entries: entries.length, target };
}

async function manifestEntries(
  course: CompiledCourse,
  target: PackageTarget,
  content: readonly ZipEntry[],
): Promise<ZipEntry[]> {
  if (target === 'web') return [];
  const files = content.map((entry) => entry.path);
  const xml =
    target === 'scorm12' ? writeScorm12Manifest(course, files) : writeScorm2004Manifest(course, files);
  return [{ path: MANIFEST_FILE, data: Buffer.from(xml, 'utf8') }, ...(await readSchemaFiles(target))];
}
