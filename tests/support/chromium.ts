import { findChromium } from '@dlis/packager/chromium';

/**
 * The Chromium the tests drive, decided by the toolkit's one rule (packages/packager/src/find-chromium.ts):
 * CHROMIUM_PATH, else the system's, else the one shipped by @sparticuz/chromium. vitest.config.ts decides
 * once and passes the answer to the test workers as CHROMIUM_PATH.
 */
const found = await findChromium();

export const chromiumPath = found.executablePath;

/** Flags for a sandboxed, offline machine: no background traffic, no GPU, no /dev/shm size trouble. */
export const chromiumArgs = found.args;

/** Environment for the browser process (fonts of the npm Chromium on a machine without fontconfig). */
export const chromiumEnv = { ...process.env, ...found.env } as Record<string, string>;
