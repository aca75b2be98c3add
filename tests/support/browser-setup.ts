import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumEnv, chromiumPath } from './chromium.ts';

/** A temporary folder (for built packages) and Chromium, shared by the tests of a file. */
export interface BrowserSetup {
  work: string;
  browser: Browser;
}

/**
 * Registers the file's `beforeAll` (make the folder `dlis-<name>-…`, launch Chromium) and `afterAll` (close it,
 * remove the folder). Register it before the file's own hooks: they then run after its `beforeAll` and before its
 * `afterAll` (vitest's `stack` hook order). The returned object is filled in before the file's next hook runs.
 */
export function setUpBrowser(name: string): BrowserSetup {
  const setup = {} as BrowserSetup;
  beforeAll(async () => {
    setup.work = await mkdtemp(join(tmpdir(), `dlis-${name}-`));
    setup.browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      env: chromiumEnv,
    });
  });
  afterAll(async () => {
    await setup.browser?.close();
    if (setup.work) await rm(setup.work, { recursive: true, force: true });
  });
  return setup;
}
