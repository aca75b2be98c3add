import { defaultMoveOn, type CourseTracking } from '@dlis/course';
import type { CompiledCourse, PackageTarget, PlayerPayload } from '@dlis/course/compiled';
import { checkSuspendDataBudget } from './check-suspend-budget.ts';
import { collectContentFiles, type PackageAsset } from './collect-content-files.ts';
import { MANIFEST_FILE } from './manifest-files.ts';
import { payloadXapi, type XapiBuildOptions } from './payload-xapi.ts';
import type { PlayerBuild } from './player-build.ts';
import { readSchemaFiles } from './schema-files.ts';
import { verifyManifest, type VerifiedTarget } from './verify-manifest.ts';
import { CMI5_FILE, writeCmi5CourseStructure } from './write-cmi5-course-structure.ts';
import { writeScorm12Manifest } from './write-scorm12-manifest.ts';
import { writeScorm2004Manifest } from './write-scorm2004-manifest.ts';
import { TINCAN_FILE, writeTincanXml } from './write-tincan-xml.ts';
import { writeZip, type ZipEntry } from './write-zip.ts';
import { ManifestInvalidError } from './errors.ts';

export interface PackageCourseInput {
  /** What `compileCourse()` returned (`tracking` absent = the defaults: pseudonymous, moveOn from completion). */
  compiled: { course: CompiledCourse; assets: readonly PackageAsset[]; tracking?: CourseTracking };
  target: PackageTarget;
  player: PlayerBuild;
  /** Path of the zip to write; its directory is created if needed. */
  outFile: string;
  /** Build-time xAPI options (`--lrs`, `--embed-lrs-key`). */
  xapi?: XapiBuildOptions;
}

export interface PackageReport {
  /** The zip written (as given in `outFile`). */
  file: string;
  /** Size of the zip. */
  bytes: number;
  /** Number of files in the zip. */
  entries: number;
  target: PackageTarget;
  /** True when a write-only LRS key was embedded in index.html (the CLI warns). */
  embeddedKey: boolean;
}

/**
 * Packages one compiled course for one target, in order:
 * 1. budget: SCORM 1.2 only, refuse a course whose learner state could outgrow suspend_data (before any write);
 * 2. payload: the course, and its xAPI reporting (payloadXapi: always for cmi5/xapi, hybrid when an LRS is named);
 * 3. content: index.html, the player files and the assets, all read into memory;
 * 4. manifest: SCORM imsmanifest.xml listing every content file plus the schema files; cmi5: cmi5.xml;
 *    xapi: tincan.xml; web: none; SCORM and cmi5 manifests are validated against the official XSDs
 *    (verifyManifest, in process) and a failing one stops the build before any write;
 * 5. zip: deterministic, written atomically to `outFile` (a previous file is replaced only on success).
 * Throws the packager's typed errors (errors.ts).
 */
export async function packageCourse(input: PackageCourseInput): Promise<PackageReport> {
  const { compiled, target, player, outFile } = input;
  const course = compiled.course;
  checkSuspendDataBudget(course, target);
  const tracking = compiled.tracking ?? defaultTracking(course);
  const xapi = payloadXapi(target, tracking, input.xapi);
  const payload: PlayerPayload = { target, course, ...(xapi ? { xapi } : {}) };
  const content = await collectContentFiles(payload, compiled.assets, player);
  const entries = [...content, ...(await manifestEntries(course, tracking, target, content))];
  const bytes = await writeZip(entries, outFile);
  return {
    file: outFile,
    bytes,
    entries: entries.length,
    target,
    embeddedKey: xapi?.authorization !== undefined,
  };
}

function defaultTracking(course: CompiledCourse): CourseTracking {
  return {
    identity: 'pseudonymous',
    cmi5: { moveOn: defaultMoveOn(course.completion), launchMethod: 'AnyWindow' },
  };
}

async function manifestEntries(
  course: CompiledCourse,
  tracking: CourseTracking,
  target: PackageTarget,
  content: readonly ZipEntry[],
): Promise<ZipEntry[]> {
  const utf8 = (path: string, xml: string): ZipEntry => ({ path, data: Buffer.from(xml, 'utf8') });
  switch (target) {
    case 'web':
      return [];
    case 'cmi5':
      return [utf8(CMI5_FILE, await verified(writeCmi5CourseStructure(course, tracking), 'cmi5'))];
    case 'xapi':
      return [utf8(TINCAN_FILE, writeTincanXml(course))];
    case 'scorm12':
    case 'scorm2004': {
      const files = content.map((entry) => entry.path);
      const xml =
        target === 'scorm12' ? writeScorm12Manifest(course, files) : writeScorm2004Manifest(course, files);
      return [utf8(MANIFEST_FILE, await verified(xml, target)), ...(await readSchemaFiles(target))];
    }
  }
}

/** The manifest, once the official XSDs accept it. */
async function verified(xml: string, target: VerifiedTarget): Promise<string> {
  const { valid, errors } = await verifyManifest(xml, target);
  if (!valid) throw new ManifestInvalidError(target, errors);
  return xml;
}
