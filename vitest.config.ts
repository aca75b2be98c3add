import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { tsImport } from 'tsx/esm/api';
import type * as ChromiumSupport from './tests/support/chromium.ts';

// Loaded through tsx: the config loader bundles only relative imports, and Node 20 cannot load the .ts entry
// points of the workspace packages that tests/support/chromium.ts reaches (@dlis/packager, @dlis/errors).
const { chromiumArgs, chromiumEnv, chromiumPath } = (await tsImport(
  './tests/support/chromium.ts',
  import.meta.url,
)) as typeof ChromiumSupport;

// Decided once here (tests/support/chromium.ts); the workers and the CLI processes tests spawn inherit it.
process.env['CHROMIUM_PATH'] = chromiumPath;

// Time limits only catch a hung test: a loaded 2-core machine may run a test many times slower than a quiet one,
// and a test must not fail for that (tests wait for events, never for wall-clock time).
// Test files spend much of their time waiting (Chromium, child processes, HTTP): one worker per core, not
// vitest's default of one fewer, which on a 2-core machine runs the files one at a time with a core idle.
const workers = availableParallelism();

export default defineConfig({
  test: {
    maxWorkers: workers,
    // Tests that spawn `dlis` run the compiled command: compiled first when its sources changed.
    globalSetup: ['tests/support/compile-cli-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'cli/test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs, env: chromiumEnv },
              // Room for the largest test page (the screenshot tests': 1280 px wide, up to 1400 px tall): vitest
              // shrinks a test page that does not fit with a CSS transform, and screenshots would be downscaled.
              contextOptions: { viewport: { width: 1280, height: 1400 }, deviceScaleFactor: 1 },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
