import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlayerPayload } from '@dlis/course/compiled';
import { PackageInputError } from './errors.ts';
import { withEmbeddedCaptions } from './embed-captions.ts';
import { courseAddons, courseLazyAddons, playerFilesFor, type PlayerBuild } from './player-build.ts';
import { renderIndexHtml } from './render-index-html.ts';
import type { ZipEntry } from './write-zip.ts';

/** One asset of a compiled course: absolute source file, and its path in the package (e.g. `assets/1a2b-x.png`). */
export interface PackageAsset {
  source: string;
  target: string;
  /** The file's bytes when made at build time (a resized image copy); read from `source` otherwise. */
  data?: Buffer;
}

/**
 * The content files of a package, read into memory: index.html (`payload` embedded), the player
 * files this package needs (playerFilesFor: its target's script, hybrid when the payload has `xapi`, its
 * languages' catalogues), every asset. Everything is read before anything is written, so a missing file fails the
 * build before a zip is started. Throws PackageInputError naming the file that could not be read.
 */
export async function collectContentFiles(
  payload: PlayerPayload,
  assets: readonly PackageAsset[],
  player: PlayerBuild,
): Promise<ZipEntry[]> {
  const { course, target } = payload;
  if (!player.scripts[target]) {
    throw new PackageInputError(
      `the player script for target ${target} in`,
      player.dir,
      'the build has none',
    );
  }
  const assetFiles = await Promise.all(
    assets.map((asset) =>
      asset.data
        ? { path: asset.target, data: asset.data }
        : read('the course asset', asset.source, asset.target),
    ),
  );
  // Web packages are opened from disk too (file://), where a <track> file cannot load: captions go inline.
  const shown =
    target === 'web'
      ? withEmbeddedCaptions(payload, new Map(assetFiles.map((file) => [file.path, file.data])))
      : payload;
  const index: ZipEntry = {
    path: 'index.html',
    data: Buffer.from(renderIndexHtml(shown, player, course.defaultLanguage), 'utf8'),
  };
  // courseAddons: an add-on ships only with the blocks it defines (agility: a questionnaire, issue 6).
  // A payload with `xapi` gets the hybrid script of scorm12/scorm2004/web (`<target>-xapi`). Reading courses
  // also ship the search add-on, which the player loads when a reader opens the search (courseLazyAddons).
  const playerFiles = playerFilesFor(player, target, course.languages, courseAddons(course), {
    xapi: payload.xapi !== undefined,
    lazyAddons: courseLazyAddons(course),
  }).files.map((file) => read('the player file', join(player.dir, file), file));
  return [index, ...(await Promise.all(playerFiles)), ...assetFiles];
}

async function read(what: string, source: string, path: string): Promise<ZipEntry> {
  try {
    return { path, data: await readFile(source) };
  } catch (error) {
    throw new PackageInputError(what, source, error);
  }
}
