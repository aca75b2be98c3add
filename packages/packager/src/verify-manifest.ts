import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { ManifestVerifyError } from './errors.ts';

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

/**
 * Validates a manifest (SCORM imsmanifest.xml, or the cmi5.xml course structure against the cmi5
 * CourseStructure.xsd) against the official XSDs of its standard with libxml2's xmllint compiled to
 * WebAssembly (xmllint-wasm, in a worker thread): `xmllint --nonet --noout --schema <driver>` on an in-memory
 * file system holding the schema set, so nothing is installed on the system and nothing is fetched.
 * A manifest that is not well-formed or not schema-valid gives `{ valid: false, errors }`.
 * Throws ManifestVerifyError when xmllint cannot run the check (e.g. the schema set does not compile).
 */
export async function verifyManifest(xml: string, target: VerifiedTarget): Promise<ManifestVerification> {
  const shownName = SHOWN_NAMES[target];
  const { driver, files } = await schemaSet(target);
  let output: string;
  try {
    const result = await validateXML({
      xml: { fileName: shownName, contents: xml },
      schema: driver,
      preload: files,
      initialMemoryPages: MEMORY_PAGES.initial,
      maxMemoryPages: MEMORY_PAGES.max,
      modifyArguments: (args) => ['--nonet', ...args],
    });
    if (result.valid) return { valid: true, errors: [] };
    output = result.rawOutput;
  } catch (error) {
    // xmllint-wasm rejects on exit codes other than 0/3/4: 1 is a document that is not well-formed
    // (a manifest fault); 5 and others mean the schema set itself failed (a toolkit fault).
    const { code, message } = error as { code?: unknown; message?: string };
    if (code !== 1)
      throw new ManifestVerifyError(`xmllint exited with code ${String(code)}: ${message}`, error);
    output = message ?? '';
  }
  const errors = output.split('\n').filter((line) => line.startsWith(`${shownName}:`));
  return { valid: false, errors: errors.length > 0 ? errors : [output.trim()] };
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
