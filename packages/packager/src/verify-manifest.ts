import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { XMLFileInfo } from 'xmllint-wasm';
import { ManifestVerifyError } from './errors.ts';
import { runXmllint } from './xmllint-runner.ts';

/** The official XSD sets shipped in packages/packager/xsd/, through their import-only drivers (see its README). */
const SCHEMA_SETS = {
  // libxml2 2.13 (xmllint-wasm) refuses to compile imsmd_rootv1p2p1.xsd (non-deterministic content models), so
  // SCORM 1.2 uses the driver without it: our manifests carry no inline <imsmd:lom> (see xsd/README.md).
  scorm12: { dir: 'scorm12', driver: '_driver_scorm12_nomd.xsd' },
  scorm2004: { dir: 'scorm2004-4th', driver: '_driver_scorm2004_4th.xsd' },
  cmi5: { dir: 'cmi5', driver: 'CourseStructure.xsd' },
} as const;

/** The standards whose manifest verifyManifest checks. */
export type VerifiedTarget = keyof typeof SCHEMA_SETS;

const XSD_DIR = fileURLToPath(new URL('../xsd/', import.meta.url));

/** Name the manifest gets in xmllint's messages (and in the package). */
const SHOWN_NAMES = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' } as const;

/** xmllint's heap, in 64 KiB WebAssembly pages: the SCORM 2004 schema set needs more than the 32 MiB default. */
const MEMORY_PAGES = { initial: 512, max: 4096 } as const;

export interface ManifestVerification {
  valid: boolean;
  /** xmllint's messages about the manifest (`imsmanifest.xml:<line>: …`, `cmi5.xml:<line>: …`), empty when valid. */
  errors: string[];
}

/** At most this many manifests in one xmllint run (their files all sit in its memory). */
const MAX_BATCH = 32;

interface Request {
  xml: string;
  target: VerifiedTarget;
  resolve: (verification: ManifestVerification) => void;
  reject: (error: unknown) => void;
}

const queue: Request[] = [];
let draining = false;

/**
 * Validates a manifest (SCORM imsmanifest.xml, or the cmi5.xml course structure against the cmi5
 * CourseStructure.xsd) against the official XSDs of its standard with libxml2's xmllint compiled to
 * WebAssembly (xmllint-wasm, in the process's one xmllint worker thread: xmllint-runner.ts):
 * `xmllint --nonet --noout --schema <driver>` on an in-memory file system holding the schema set, so nothing
 * is installed on the system and nothing is fetched.
 * Manifests asked for while a run is under way are checked together in the next run, one per standard: the
 * schema set is compiled once for all of them (a build of several courses asks for many).
 * A manifest that is not well-formed or not schema-valid gives `{ valid: false, errors }`.
 * Throws ManifestVerifyError when xmllint cannot run the check (e.g. the schema set does not compile).
 */
export function verifyManifest(xml: string, target: VerifiedTarget): Promise<ManifestVerification> {
  return new Promise((resolve, reject) => {
    queue.push({ xml, target, resolve, reject });
    if (!draining) void drain();
  });
}

/** Runs the queued requests, a batch of one standard at a time, until none is left. */
async function drain(): Promise<void> {
  draining = true;
  try {
    while (queue.length > 0) {
      const target = queue[0]!.target;
      const batch = queue.filter((r) => r.target === target).slice(0, MAX_BATCH);
      for (const request of batch) queue.splice(queue.indexOf(request), 1);
      try {
        const verdicts = await verifyBatch(
          batch.map((r) => r.xml),
          target,
        );
        batch.forEach((request, i) => request.resolve(verdicts[i]!));
      } catch (error) {
        for (const request of batch) request.reject(error);
      }
    }
  } finally {
    draining = false;
  }
}

/**
 * One xmllint run over `xmls`, all of `target`. A lone manifest keeps its name (`imsmanifest.xml`); in a batch
 * each is `<n>/<name>`, and `<n>/` is taken off its messages. A manifest is valid when xmllint says
 * `<file> validates`; its errors are the messages that start with its file name.
 */
async function verifyBatch(xmls: readonly string[], target: VerifiedTarget): Promise<ManifestVerification[]> {
  const shownName = SHOWN_NAMES[target];
  const { driver, files } = await schemaSet(target);
  const names = xmls.map((_, i) => (xmls.length === 1 ? shownName : `${i}/${shownName}`));
  const { exitCode, stderr } = await runXmllint({
    inputFiles: [...xmls.map((contents, i) => ({ fileName: names[i]!, contents })), driver, ...files],
    args: ['--nonet', '--schema', driver.fileName, '--noout', ...names],
    initialMemory: MEMORY_PAGES.initial,
    maxMemory: MEMORY_PAGES.max,
  }).catch((error: unknown) => {
    throw new ManifestVerifyError(`xmllint could not run: ${String(error)}`, error);
  });
  // 0 valid, 3 and 4 invalid, 1 not well-formed (a manifest fault); 5 and others mean the schema set itself
  // failed (a toolkit fault).
  if (![0, 1, 3, 4].includes(exitCode)) {
    throw new ManifestVerifyError(`xmllint exited with code ${exitCode}: ${stderr.trim()}`);
  }
  const lines = stderr.split('\n');
  return names.map((name) => {
    if (lines.includes(`${name} validates`)) return { valid: true, errors: [] };
    const errors = lines
      .filter((line) => line.startsWith(`${name}:`))
      .map((line) => (name === shownName ? line : line.slice(name.length - shownName.length)));
    return { valid: false, errors: errors.length > 0 ? errors : [`${shownName}: ${stderr.trim()}`] };
  });
}

interface SchemaSet {
  driver: XMLFileInfo;
  files: XMLFileInfo[];
}

const schemaSets = new Map<VerifiedTarget, Promise<SchemaSet>>();

/** The driver and every file of its directory (read once per process), named by their relative paths. */
function schemaSet(target: VerifiedTarget): Promise<SchemaSet> {
  let set = schemaSets.get(target);
  if (!set) {
    set = readSchemaSet(target);
    set.catch(() => schemaSets.delete(target));
    schemaSets.set(target, set);
  }
  return set;
}

async function readSchemaSet(target: VerifiedTarget): Promise<SchemaSet> {
  const { dir, driver } = SCHEMA_SETS[target];
  const root = join(XSD_DIR, dir);
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const paths = entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
    const all = await Promise.all(
      paths.map(async (path) => ({
        fileName: path.split(sep).join('/'),
        contents: await readFile(join(root, path)),
      })),
    );
    const driverFile = all.find((file) => file.fileName === driver);
    if (!driverFile) throw new Error(`${driver} is missing`);
    return { driver: driverFile, files: all.filter((file) => file !== driverFile) };
  } catch (error) {
    throw new ManifestVerifyError(`cannot read the schema set ${root}`, error);
  }
}
