import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ChromiumMissingError, ChromiumStartError } from './errors.ts';

/** Where a Chromium came from, in the order findChromium tries them. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface ChromiumLaunch {
  /** The browser binary, for playwright-core's `chromium.launch({ executablePath })`. */
  executablePath: string;
  /** Flags for a sandboxed, offline machine (CHROMIUM_ARGS). */
  args: string[];
  /** Extra environment for the browser process (the npm Chromium's fonts on a machine without fontconfig). */
  env: Record<string, string>;
  source: ChromiumSource;
}

/** Flags for a sandboxed, offline machine: no background traffic, no GPU, no /dev/shm size trouble. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The system Chromiums looked for, in order (Debian, Ubuntu, Google's package). */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Set to 1 to skip the system Chromiums (used to prove that the npm Chromium is enough). */
export const SKIP_SYSTEM_CHROMIUM = 'DLIS_SKIP_SYSTEM_CHROMIUM';

/**
 * Decides which Chromium the toolkit drives (tests and `dlis build --target pdf` alike):
 * 1. `CHROMIUM_PATH` when set (it must be executable);
 * 2. the system's Chromium (SYSTEM_CHROMIUMS), unless DLIS_SKIP_SYSTEM_CHROMIUM=1;
 * 3. the Chromium shipped inside the npm package `@sparticuz/chromium` (chrome-headless-shell, brotli-packed
 *    in the tarball, unpacked once to the temporary folder, `<tmp>/chromium`; it needs the system libraries
 *    libnss3 and libnspr4, see docs/architecture.md);
 * else throws ChromiumMissingError, which says what to install.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLaunch> {
  const launch = (executablePath: string, source: ChromiumSource, extraEnv: Record<string, string> = {}) => ({
    executablePath,
    args: [...CHROMIUM_ARGS],
    env: extraEnv,
    source,
  });
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (await isExecutable(fromEnv)) return launch(fromEnv, 'CHROMIUM_PATH');
    throw new ChromiumMissingError(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file`);
  }
  if (env[SKIP_SYSTEM_CHROMIUM] !== '1') {
    for (const path of SYSTEM_CHROMIUMS) if (await isExecutable(path)) return launch(path, 'system');
  }
  let executablePath: string;
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    executablePath = await Chromium.executablePath();
  } catch (error) {
    throw new ChromiumMissingError(
      `no system Chromium was found and the npm package @sparticuz/chromium could not be unpacked (${String(error)})`,
      error,
    );
  }
  if (!(await isExecutable(executablePath))) {
    throw new ChromiumMissingError(
      `the npm Chromium at ${executablePath} is not executable by this user (another user may have unpacked it)`,
    );
  }
  return launch(executablePath, 'npm', await npmChromiumFonts());
}

/** The npm Chromium brings Open Sans; point fontconfig at it only when the system has no fontconfig of its own. */
async function npmChromiumFonts(): Promise<Record<string, string>> {
  if (await exists('/etc/fonts/fonts.conf')) return {};
  return { FONTCONFIG_PATH: join(tmpdir(), 'fonts') };
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Finds Chromium (findChromium) and starts it headless; ChromiumStartError says why when it cannot start. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const found = await findChromium(env);
  // Loaded here, not at the top: playwright-core takes longer to load than a whole package build, and only PDFs
  // need it.
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({
      executablePath: found.executablePath,
      args: found.args,
      env: { ...env, ...found.env } as Record<string, string>,
    });
  } catch (error) {
    throw new ChromiumStartError(found.executablePath, error);
  }
}
