/**
 * Node side of the player (`@dlis/player/build`): the bundle is built once by Vite and cached in
 * packages/player/dist; packaging a course copies it and never re-runs the bundler when nothing changed.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MANIFEST_FILE,
  PLAYER_DIR,
  playerInputHash,
  type PlayerBuildManifest,
  type PlayerScriptKey,
} from './player-inputs.ts';

export { playerInputHash } from './player-inputs.ts';

export interface PlayerBuild {
  /** Absolute directory holding the build (packages/player/dist). */
  dir: string;
  /**
   * The IIFE bundle of each package target, relative to dir (`player-<target>-<hash>.js`): each carries only
   * the tracking adapters its target can use (SCORM ones keep the local adapter as their no-LMS fallback).
   * `scorm12-xapi`, `scorm2004-xapi`, `web-xapi`: the same plus hybrid xAPI reporting.
   */
  scripts: Record<PlayerTarget, string>;
  /**
   * The catalogue script of each UI language but English, relative to dir (`i18n-<lang>-<hash>.js`): a classic
   * script registering the strings on `window.DLIS_MESSAGES`, to load before the player script. English is
   * built into every bundle and is the fallback.
   */
  catalogs: Record<string, string>;
  /**
   * The add-on script of each add-on, relative to dir (`addon-<name>-<hash>.js`): a classic script to load after
   * the player script, only in packages that need it (`agility`: courses with a questionnaire block).
   */
  addons: Record<string, string>;
  /**
   * The catalogue scripts of each add-on, by add-on name then UI language but English (built into the add-on),
   * relative to dir (`addon-agility-i18n-<lang>-<hash>.js`): classic scripts to load before the add-on script,
   * only for the course languages.
   */
  addonCatalogs: Record<string, Record<string, string>>;
  /** Every file of the build, relative to dir. A package needs only its target's script and its catalogues. */
  files: string[];
}

/** The player scripts: one per package target, and `<target>-xapi` for hybrid xAPI reporting. */
export type PlayerTarget = PlayerScriptKey;

export interface EnsurePlayerBuildOptions {
  /** Rebuild even when the inputs did not change. */
  force?: boolean;
}

/** Code of PlayerBuildError: the Vite build of the player failed or left no usable manifest. */
export const PLAYER_E_BUILD = 'PLAYER_E_BUILD';

export class PlayerBuildError extends Error {
  override readonly name = 'PlayerBuildError';
  readonly code = PLAYER_E_BUILD;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const DIST_DIR = join(PLAYER_DIR, 'dist');

/** One build at a time in this process: concurrent callers share it. */
let pending: Promise<PlayerBuild> | undefined;

/**
 * Returns the player build, building it first when dist/player-build.json is missing, names a missing file,
 * or was made from other inputs (playerInputHash differs), or when `force` is set. The build runs
 * build/build-player-files.ts (Vite, once per target) in a child process with NODE_ENV=production (an in-process build inside a test runner would
 * bundle Lit's dev build). Throws PlayerBuildError (PLAYER_E_BUILD) when the build fails.
 */
export async function ensurePlayerBuild(options: EnsurePlayerBuildOptions = {}): Promise<PlayerBuild> {
  if (pending) return pending;
  pending = (async () => {
    const inputHash = await playerInputHash();
    if (!options.force) {
      const current = await readBuild();
      if (current && current.inputHash === inputHash && (await allExist(current.files)))
        return toBuild(current);
    }
    return toBuild(await buildIntoDist());
  })();
  try {
    return await pending;
  } finally {
    pending = undefined;
  }
}

/**
 * Builds into a staging folder under dist/, then moves the files into dist/ (rename: atomic on one file
 * system), the manifest last, and removes files of older builds. A reader (another test worker, a packager
 * running meanwhile) never sees the current script vanish, as `emptyOutDir` on dist/ would do.
 */
async function buildIntoDist(): Promise<PlayerBuildManifest> {
  await mkdir(DIST_DIR, { recursive: true });
  const staging = await mkdtemp(join(DIST_DIR, '.staging-'));
  try {
    await runViteBuild(staging);
    const built = await readBuild(staging);
    if (!built) throw new PlayerBuildError(`The player build wrote no ${MANIFEST_FILE} in ${staging}.`);
    for (const file of built.files) await rename(join(staging, file), join(DIST_DIR, file));
    await rename(join(staging, MANIFEST_FILE), join(DIST_DIR, MANIFEST_FILE));
    const keep = new Set([...built.files, MANIFEST_FILE]);
    for (const entry of await readdir(DIST_DIR, { withFileTypes: true })) {
      if (entry.isFile() && !keep.has(entry.name)) await rm(join(DIST_DIR, entry.name), { force: true });
    }
    return built;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The manifest of `dir`, or undefined when it is missing, unreadable or of an older layout. */
async function readBuild(dir: string = DIST_DIR): Promise<PlayerBuildManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as PlayerBuildManifest;
    return manifest.scripts && manifest.catalogs && Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function allExist(files: readonly string[]): Promise<boolean> {
  try {
    await Promise.all(files.map((f) => access(join(DIST_DIR, f))));
    return true;
  } catch {
    return false;
  }
}

function toBuild(manifest: PlayerBuildManifest): PlayerBuild {
  return {
    dir: DIST_DIR,
    scripts: { ...manifest.scripts },
    catalogs: { ...manifest.catalogs },
    addons: { ...manifest.addons },
    addonCatalogs: Object.fromEntries(
      Object.entries(manifest.addonCatalogs ?? {}).map(([name, c]) => [name, { ...c }]),
    ),
    files: [...manifest.files],
  };
}

/** Runs build/build-player-files.ts (every target bundle and the catalogue scripts) into `outDir`. */
function runViteBuild(outDir: string): Promise<void> {
  const require = createRequire(join(PLAYER_DIR, 'package.json'));
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', tsx, join(PLAYER_DIR, 'build', 'build-player-files.ts'), outDir],
      { cwd: PLAYER_DIR, env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) {
          reject(
            new PlayerBuildError(
              `Building the player bundle failed: ${stderr.trim() || error.message}. Fix the error above, then build again.`,
              { cause: error },
            ),
          );
        } else resolve();
      },
    );
  });
}
