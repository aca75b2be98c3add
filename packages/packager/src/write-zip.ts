import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PackageEntryPathError, PackageWriteError } from './errors.ts';
import { zipBytes } from './zip-layout.ts';

/** One file of a package: its path inside the zip (POSIX, relative) and its bytes. */
export interface ZipEntry {
  path: string;
  data: Buffer;
}

/** Timestamp of every entry, written as a DOS date from its UTC fields, so the bytes do not depend on TZ. */
export const ZIP_FIXED_DATE = new Date('2000-01-01T00:00:00Z');
/** Unix mode of every entry (rw-r--r--), whatever the source file's mode was. */
export const ZIP_FILE_MODE = 0o644;

/** Code-point order (never localeCompare: its order depends on the ICU data and locale). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Checks that every path is relative, POSIX, inside the package and unique; returns the entries sorted by path.
 * Throws PackageEntryPathError otherwise.
 */
export function sortEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  const seen = new Set<string>();
  for (const { path } of entries) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) {
      throw new PackageEntryPathError(path, 'it must be a relative path with `/` separators');
    }
    if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) {
      throw new PackageEntryPathError(path, 'it has an empty, `.` or `..` segment');
    }
    if (seen.has(path))
      throw new PackageEntryPathError(path, 'another file of the package has the same path');
    seen.add(path);
  }
  return [...entries].sort((a, b) => compareCodePoints(a.path, b.path));
}

/**
 * Writes a deterministic zip: entries sorted by code point, every entry dated ZIP_FIXED_DATE with mode
 * ZIP_FILE_MODE, contents taken from the Buffers (never fs.stat, so mtimes and modes on disk do not leak in),
 * deflate level 9 (empty files stored). The same entries give the same bytes, on any machine, in any time zone
 * (zip-layout.ts: the layout archiver 8 wrote, byte for byte).
 *
 * The write is atomic: the zip goes to a temporary file in the same directory, which is then renamed over
 * `outFile`. On any failure the temporary file is removed and a previous `outFile` is left untouched.
 * Creates the directory of `outFile` if needed. Returns the size of the zip in bytes.
 */
export async function writeZip(entries: readonly ZipEntry[], outFile: string): Promise<number> {
  const sorted = sortEntries(entries);
  const dir = dirname(outFile);
  const temp = join(dir, `.${basename(outFile)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const zip = zipBytes(sorted);
    await mkdir(dir, { recursive: true });
    await writeFile(temp, zip, { flag: 'wx' });
    await rename(temp, outFile);
    return zip.length;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new PackageWriteError(outFile, error);
  }
}
