import { importIntoTestLms, type LmsImport } from './lms-import.ts';
import type { LmsCall, ScormVersion } from './lms.ts';

/** A course built for SCORM 1.2 and 2004, imported into the test LMS (served on loopback), and a browser. */
export interface TemplateLms extends Omit<LmsImport<ScormVersion>, 'launchPath'> {
  /** Launch URL of a package: its index.html at the launch path. */
  launchUrl(version: ScormVersion): string;
}

export async function startTemplateLms(courseDir: string): Promise<TemplateLms> {
  const lms = await importIntoTestLms(courseDir, { versions: ['scorm12', 'scorm2004'], lmsCourse: 42 });
  return { ...lms, launchUrl: (version) => `${lms.launchPath(version)}index.html` };
}

/**
 * The API errors of a session. None is expected, with one exception the standard makes unavoidable: SCORM 2004
 * answers 403 (value not initialized, RTE 4.1.7) to GetValue on `cmi.completion_threshold` when the manifest sets
 * none, and reading it is the only way to know whether the LMS has one.
 */
export function apiErrors(calls: LmsCall[]): LmsCall[] {
  return calls.filter(
    (c) =>
      c.error !== '0' &&
      !(c.method === 'GetValue' && c.error === '403' && c.args[0] === 'cmi.completion_threshold'),
  );
}
