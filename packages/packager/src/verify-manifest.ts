import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManifestVerifyError, XmllintMissingError } from './errors.ts';

/** The official XSD sets shipped in packages/packager/xsd/, through their import-only drivers (see its README). */
const DRIVERS = {
  scorm12: 'scorm12/_driver_scorm12.xsd',
  scorm2004: 'scorm2004-4th/_driver_scorm2004_4th.xsd',
  cmi5: 'cmi5/CourseStructure.xsd',
} as const;

/** The standards whose manifest verifyManifest checks. */
export type VerifiedTarget = keyof typeof DRIVERS;

const XSD_DIR = fileURLToPath(new URL('../xsd/', import.meta.url));

/** Name the manifest gets in error messages (and in the package), instead of the temporary file's path. */
const SHOWN_NAMES = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' } as const;

export interface ManifestVerification {
  valid: boolean;
  /** xmllint's messages about the manifest (`imsmanifest.xml:<line>: …`, `cmi5.xml:<line>: …`), empty when valid. */
  errors: string[];
}

/**
 * Validates a manifest (SCORM imsmanifest.xml, or the cmi5.xml course structure against the cmi5
 * CourseStructure.xsd) against the official XSDs of its standard with
 * `xmllint --nonet --noout --schema <driver>` (libxml2; nothing is fetched from the network).
 * A manifest that is not well-formed or not schema-valid gives `{ valid: false, errors }`.
 * Throws XmllintMissingError when xmllint is not installed, ManifestVerifyError when xmllint cannot run
 * the check (e.g. the schema set does not compile).
 */
export async function verifyManifest(xml: string, target: VerifiedTarget): Promise<ManifestVerification> {
  const shownName = SHOWN_NAMES[target];
  const dir = await mkdtemp(join(tmpdir(), 'dlis-manifest-'));
  const file = join(dir, shownName);
  try {
    await writeFile(file, xml, 'utf8');
    const { code, stderr } = await runXmllint([
      '--nonet',
      '--noout',
      '--schema',
      join(XSD_DIR, DRIVERS[target]),
      file,
    ]);
    // xmllint exit codes: 0 valid, 1 not well-formed, 3 schema-invalid, 4/5 the schema itself failed.
    if (code === 0) return { valid: true, errors: [] };
    const errors = stderr
      .split('\n')
      .filter((line) => line.startsWith(`${file}:`))
      .map((line) => shownName + line.slice(file.length));
    if (code === 1 || code === 3) {
      return { valid: false, errors: errors.length > 0 ? errors : [stderr.trim()] };
    }
    throw new ManifestVerifyError(
      `xmllint exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runXmllint(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('xmllint', args, { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ code: 0, stderr });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new XmllintMissingError(error));
      const code = typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stderr });
    });
  });
}
