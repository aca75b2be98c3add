import { beforeAll, afterAll } from 'vitest';
import { setUpBrowser, type BrowserSetup } from './browser-setup.ts';
import { startTestLrs, type TestLrsServer } from './lrs-server.ts';
import { buildPackageSite, type PackageSite } from './package-site.ts';

/** A course's cmi5 or xapi package (unzipped), the embedded LRS and Chromium, shared by the tests of a file. */
export interface XapiPackageSetup extends BrowserSetup {
  site: PackageSite;
  lrs: TestLrsServer;
}

/**
 * Registers the file's hooks: Chromium and a temporary folder (`setUpBrowser`), then the package built into it
 * and the LRS started (`beforeAll`), stopped again (`afterAll`). Register it before the file's own hooks. The
 * returned object is filled in before the file's next hook runs.
 */
export function setUpXapiPackage(courseDir: string, target: 'cmi5' | 'xapi'): XapiPackageSetup {
  const setup = setUpBrowser(target) as XapiPackageSetup;
  beforeAll(async () => {
    setup.site = await buildPackageSite(courseDir, target, setup.work);
    setup.lrs = await startTestLrs();
  });
  afterAll(async () => {
    await setup.lrs?.close();
  });
  return setup;
}
