import { afterAll, beforeAll } from 'vitest';
import { importIntoTestLms, type LmsImport } from './lms-import.ts';
import { startTestLrs, type TestLrsServer } from './lrs-server.ts';

/** A SCORM 2004 package built with `--lrs <endpoint>` (hybrid reporting), imported into the test LMS. */
export interface HybridLms extends Omit<LmsImport<'scorm2004'>, 'launchPath' | 'manifests'> {
  /** imsmanifest.xml, as the LMS read it on import. */
  manifest: string;
  /** The SCO's launch URL with the LRS credentials in its query string (`auth`), as an LMS can add them. */
  launchUrl(auth: string): string;
}

export async function startHybridLms(courseDir: string, endpoint: string): Promise<HybridLms> {
  const lms = await importIntoTestLms(courseDir, {
    versions: ['scorm2004'],
    lmsCourse: 43,
    lrsEndpoint: endpoint,
  });
  return {
    ...lms,
    manifest: lms.manifests.scorm2004,
    launchUrl: (auth) =>
      `${lms.launchPath('scorm2004')}index.html?${new URLSearchParams({ auth }).toString()}`,
  };
}

/** What the hybrid setup needs of an LRS: its xAPI endpoint, and a way to stop it for good. */
interface HybridLrs {
  endpoint: string;
  close(): Promise<void>;
}

/** The embedded LRS and a hybrid package of one course in the test LMS, shared by the tests of a file. */
export interface HybridSetup<Lrs extends HybridLrs = TestLrsServer> {
  lrs: Lrs;
  site: HybridLms;
}

/**
 * Registers the file's `beforeAll` (start the LRS, build and import the course reporting to it) and `afterAll`
 * (stop both). The returned object is filled in before the first test runs. The LRS is the library server (`startTestLrs`) unless `startLrs` gives
 * another one (the outage test: the `dlis lrs serve` process).
 */
export function setUpHybridLms(courseDir: string): HybridSetup;
export function setUpHybridLms<Lrs extends HybridLrs>(
  courseDir: string,
  startLrs: () => Promise<Lrs>,
): HybridSetup<Lrs>;
export function setUpHybridLms(
  courseDir: string,
  startLrs: () => Promise<HybridLrs> = startTestLrs,
): HybridSetup<HybridLrs> {
  const setup = {} as HybridSetup<HybridLrs>;
  beforeAll(async () => {
    setup.lrs = await startLrs();
    setup.site = await startHybridLms(courseDir, setup.lrs.endpoint);
  });
  afterAll(async () => {
    await setup.site?.close();
    await setup.lrs?.close();
  });
  return setup;
}
