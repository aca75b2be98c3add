import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CompiledCourse, PackageTarget } from '@dlis/course/compiled';
import { PackageInputError } from './errors.ts';
import { playerFilesFor, type PlayerBuild } from './player-build.ts';
import { renderIndexHtml } from './render-index-html.ts';
import type { ZipEntry } from './write-zip.ts';

/** One asset of a compiled course: absolute source file, and its path in the package (e.g. `assets/1a2b-x.png`). */
export interface PackageAsset {
  source: string;
  target: string;
}

/**
 * The content files of a package, read into memory: index.html (course embedded for `target`), the player
 * files this package needs (playerFilesFor: its target's script, its languages' catalogues), every asset. Everything is read before anything is written, so a missing file fails the
 * build before a zip is started. Throws PackageInputError naming the file that could not be read.
 */
export async function collectContentFiles(
  course: CompiledCourse,
  assets: readonly PackageAsset[],
  target: PackageTarget,
  player: PlayerBuild,
): Promise<ZipEntry[]> {
  const index: ZipEntry = {
    path: 'index.html',
    data: Buffer.from(renderIndexHtml({ target, course }, player, course.defaultLanguage), 'utf8'),
  };
  const playerFiles = playerFilesFor(player, target, course.languages).files.map((file) =>
    read('the player file', join(player.dir, file), file),
  );
  const assetFiles = assets.map((asset) => read('the course asset', asset.source, asset.target));
  return [index, ...(await Promise.all([...playerFiles, ...assetFiles]))];
}

async function read(what: string, source: string, path: string): Promise<ZipEntry> {
  try {
    return { path, data: await readFile(source) };
  } catch (error) {
    throw new PackageInputError(what, source, error);
  }
}
