import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Key of a player script: a package target, or `<target>-xapi` for hybrid xAPI reporting. */
export type PlayerScriptKey =
  'scorm12' | 'scorm2004' | 'web' | 'cmi5' | 'xapi' | 'scorm12-xapi' | 'scorm2004-xapi' | 'web-xapi';

/** packages/player, absolute. */
export const PLAYER_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root (the npm workspaces root). */
export const REPO_ROOT = join(PLAYER_DIR, '..', '..');

/** What the build writes next to the bundle: dist/player-build.json. */
export interface PlayerBuildManifest {
  /**
   * File name of each IIFE player script (vite.config.ts PLAYER_ENTRIES: each package target, and
   * `<target>-xapi` for hybrid reporting), content-hashed (`player-<key>-<hash>.js`).
   */
  scripts: Record<PlayerScriptKey, string>;
  /** File name of each add-on script (`addon-<name>-<hash>.js`, build/addon-vite-config.ts), by add-on name. */
  addons?: Record<string, string>;
  /**
   * File name of the catalogue script of each add-on's UI language but English (built into the add-on), by
   * add-on name then language (`addon-agility-i18n-<lang>-<hash>.js`, registering on DLIS_AGILITY_MESSAGES).
   */
  addonCatalogs?: Record<string, Record<string, string>>;
  /**
   * File name of the catalogue script of each UI language but English (built into every bundle),
   * content-hashed (`i18n-<lang>-<hash>.js`).
   */
  catalogs: Record<string, string>;
  /** Every file of the build, relative to dist/, sorted. */
  files: string[];
  /** playerInputHash() of the sources the build was made from. */
  inputHash: string;
}

export const MANIFEST_FILE = 'player-build.json';

/** Paths, relative to the repository root, of the files whose content decides the player bundle. */
export async function playerInputFiles(root: string = REPO_ROOT): Promise<string[]> {
  const files = [
    ...(await listTree(root, 'packages/player/src')),
    ...(await listTree(root, 'packages/tracking/src')),
    // Every source the bundles can import: tracking's xAPI code uses xapi-profile, the agility add-on uses agility,
    // and `@dlis/course/compiled` re-exports several course files. The whole folders: a stale player costs more
    // than a rebuild.
    ...(await listTree(root, 'packages/xapi-profile/src')),
    ...(await listTree(root, 'packages/agility/src')),
    ...(await listTree(root, 'packages/course/src')),
    'packages/player/vite.config.ts',
    'packages/player/build/build-player-files.ts',
    'packages/player/build/addon-vite-config.ts',
    'packages/player/build/catalog-script.ts',
    'packages/player/build/iife-vite-config.ts',
    'packages/player/build/minify-templates.ts',
    'packages/player/build/minify-templates-plugin.ts',
    'packages/player/build/player-inputs.ts',
  ];
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Hash (sha256, hex) of the player inputs: the files of playerInputFiles() (path and content) and the lit
 * version. Equal hashes mean the existing bundle is up to date, so packaging never re-runs the bundler.
 */
export async function playerInputHash(root: string = REPO_ROOT): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await playerInputFiles(root)) {
    let content: Buffer;
    try {
      content = await readFile(join(root, file));
    } catch {
      continue; // an optional input that does not exist (yet) does not count
    }
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  hash.update(`lit@${await litVersion(root)}`);
  return hash.digest('hex');
}

async function litVersion(root: string): Promise<string> {
  for (const candidate of [
    join(root, 'node_modules/lit/package.json'),
    join(root, 'packages/player/node_modules/lit/package.json'),
  ]) {
    try {
      return (JSON.parse(await readFile(candidate, 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  const require = createRequire(join(root, 'packages/player/package.json'));
  try {
    return (require('lit/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Files under `dir` (relative to root), recursively, as POSIX paths relative to root; [] when it is missing. */
async function listTree(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}
