import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Extracts a package zip into a folder, as an LMS does on import; returns the entry names. */
export async function unzipTo(zipFile: string, folder: string): Promise<string[]> {
  const entries = unzipSync(new Uint8Array(await readFile(zipFile)));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const target = join(folder, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }
  return Object.keys(entries).sort();
}
