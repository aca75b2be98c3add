import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackageInputError } from './errors.ts';
import { SCORM12_SCHEMA_FILES } from './write-scorm12-manifest.ts';
import { SCORM2004_SCHEMA_FILES } from './write-scorm2004-manifest.ts';
import type { ZipEntry } from './write-zip.ts';

/** The ADL schema files packages carry, vendored byte for byte in packages/packager/package-schemas/ (see its README). */
const SCHEMA_DIR = fileURLToPath(new URL('../package-schemas/', import.meta.url));

const SCHEMA_FILES = { scorm12: SCORM12_SCHEMA_FILES, scorm2004: SCORM2004_SCHEMA_FILES } as const;

/**
 * The XSD/DTD files a SCORM package carries at its root (SCORM CAM: the control files the manifest
 * references), read byte for byte from package-schemas/<target>/.
 */
export async function readSchemaFiles(target: 'scorm12' | 'scorm2004'): Promise<ZipEntry[]> {
  return Promise.all(
    SCHEMA_FILES[target].map(async (name) => {
      const file = join(SCHEMA_DIR, target, name);
      try {
        return { path: name, data: await readFile(file) };
      } catch (error) {
        throw new PackageInputError('the schema file', file, error);
      }
    }),
  );
}
