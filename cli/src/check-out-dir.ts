import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './usage-error.ts';

/**
 * `--out <dir>` must be a folder we can write, or a path where one can be made: checked before any work, so
 * that a mistake (`--out README.md`) is told as such instead of failing half-way. `shown` is how the user
 * wrote it. Failures the check cannot foresee (a read-only file system, a full disk) are reported when writing.
 */
export async function checkOutDir(outDir: string, shown: string): Promise<void> {
  let existing = outDir;
  for (;;) {
    const info = await stat(existing).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) {
        throw new UsageError(
          existing === outDir
            ? `--out ${shown}: ${outDir} is a file, not a folder. Give a folder for the packages, e.g. --out dist.`
            : `--out ${shown}: ${existing} is a file, so no folder can be made inside it. Give another folder.`,
        );
      }
      try {
        await access(existing, constants.W_OK);
      } catch {
        throw new UsageError(
          `--out ${shown}: the folder ${existing} is not writable. Give a folder of yours.`,
        );
      }
      return;
    }
    const parent = dirname(existing);
    if (parent === existing) return;
    existing = parent;
  }
}
