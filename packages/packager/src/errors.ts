import { DlisError } from '@dlis/errors';

/**
 * Typed errors of the packager. Codes are permanent (people search for them); a message says what happened,
 * why, and what to do, and never contains a source location.
 */

export const PACKAGE_ERROR_CODES = {
  suspendDataBudget: 'PACKAGE_E_SUSPEND_DATA_BUDGET',
  /** A manifest the packager wrote does not validate against the official XSDs (a toolkit defect). */
  manifestInvalid: 'PACKAGE_E_MANIFEST_INVALID',
  /** No Chromium to drive (CHROMIUM_PATH wrong, no system Chromium, the npm one could not be unpacked). */
  chromiumMissing: 'PACKAGE_E_CHROMIUM_MISSING',
  /** A Chromium was found but did not start (usually a missing system library). */
  chromiumStart: 'PACKAGE_E_CHROMIUM_START',
  write: 'PACKAGE_E_WRITE',
  input: 'PACKAGE_E_INPUT',
  entryPath: 'PACKAGE_E_ENTRY_PATH',
  verify: 'PACKAGE_E_VERIFY',
  keyWithoutEndpoint: 'PACKAGE_E_KEY_WITHOUT_ENDPOINT',
  /** `--links FILE`: unreadable, not YAML/JSON, not a map of resource id → link, or a bad link. */
  linksFile: 'PACKAGE_E_LINKS_FILE',
  /** `--links FILE`: a resource id that no questionnaire of the built courses has. */
  linksUnknownResource: 'PACKAGE_E_LINKS_UNKNOWN_RESOURCE',
  /** A course text still holds an institution placeholder (`[TO BE COMPLETED BY THE INSTITUTION]`), not a demo. */
  placeholder: 'PACKAGE_E_PLACEHOLDER',
} as const;

export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[keyof typeof PACKAGE_ERROR_CODES];

/** Base of every error the packager throws. */
export class PackageError extends DlisError<PackageErrorCode> {
  constructor(code: PackageErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(code, message, options);
  }
}

/**
 * The worst-case suspend data of a course does not fit the SCORM 1.2 limit
 * (SCORM 1.2 RTE: cmi.suspend_data is a CMIString4096).
 */
export class SuspendDataBudgetError extends PackageError {
  readonly worstCase: number;
  readonly limit: number;

  constructor(courseId: string, worstCase: number, limit: number) {
    super(
      PACKAGE_ERROR_CODES.suspendDataBudget,
      `Course "${courseId}" cannot be packaged for SCORM 1.2: its saved learner state can reach ${worstCase} ` +
        `characters of suspend data, but SCORM 1.2 LMSs only keep ${limit}; a learner's progress could be lost.`,
      {
        hint:
          'Split the course into smaller courses, use fewer questions or choices, ' +
          'or build it for SCORM 2004 (64,000 characters) instead.',
      },
    );
    this.worstCase = worstCase;
    this.limit = limit;
  }
}

/**
 * A manifest the packager wrote fails the official XSDs of its standard: a defect of the toolkit, caught before
 * the zip is written so that no LMS ever receives it.
 */
export class ManifestInvalidError extends PackageError {
  readonly errors: readonly string[];

  constructor(target: string, errors: readonly string[]) {
    super(
      PACKAGE_ERROR_CODES.manifestInvalid,
      `The ${target} manifest does not validate against the official XSDs, so the package was not written:\n` +
        errors.map((line) => `  ${line}`).join('\n'),
      { hint: 'This is a fault of the toolkit, not of the course: please report it with the lines above.' },
    );
    this.errors = errors;
  }
}

/** No Chromium could be found (findChromium). */
export class ChromiumMissingError extends PackageError {
  constructor(detail: string, cause?: unknown) {
    super(PACKAGE_ERROR_CODES.chromiumMissing, `Cannot find a Chromium to run: ${detail}.`, {
      hint:
        'Run `npm ci` (it installs @sparticuz/chromium), or install Chromium (Debian: `apt-get install chromium`), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
      cause,
    });
  }
}

/** A Chromium was found but would not start. */
export class ChromiumStartError extends PackageError {
  constructor(executablePath: string, cause: unknown) {
    const reason = String((cause as { message?: unknown } | null)?.message ?? cause)
      .split('\n')
      .find((line) => line.trim() !== '');
    super(PACKAGE_ERROR_CODES.chromiumStart, `Chromium (${executablePath}) could not start: ${reason}.`, {
      hint:
        'A system library is probably missing: the npm Chromium needs libnss3 (Debian: `apt-get install libnss3`). ' +
        'Or set CHROMIUM_PATH to another Chromium.',
      cause,
    });
  }
}

/** The package file could not be written; nothing was left behind. */
export class PackageWriteError extends PackageError {
  constructor(file: string, cause: unknown) {
    super(
      PACKAGE_ERROR_CODES.write,
      `Could not write the package ${file}: ${describe(cause)}. No partial file was left; ` +
        'any previous package at that path is unchanged.',
      { hint: 'Check that the output directory is writable and has free space, then build again.', cause },
    );
  }
}

/** A file the package needs (player build, asset, schema) could not be read. */
export class PackageInputError extends PackageError {
  constructor(what: string, file: string, cause: unknown) {
    super(
      PACKAGE_ERROR_CODES.input,
      `Could not read ${what} ${file}: ${describe(cause)}. The package was not written.`,
      { hint: 'Rebuild the player (`npm run build`) or the course, then package again.', cause },
    );
  }
}

/** Two files would land at the same path in the package, or a path would escape the package root. */
export class PackageEntryPathError extends PackageError {
  constructor(path: string, reason: string) {
    super(PACKAGE_ERROR_CODES.entryPath, `Cannot put "${path}" in the package: ${reason}.`, {
      hint: 'Rename the asset or player file so that every path is relative, unique and stays inside the package.',
    });
  }
}

/** xmllint could not run the check (schema set missing or broken): a fault of the toolkit, not of the manifest. */
export class ManifestVerifyError extends PackageError {
  constructor(detail: string, cause?: unknown) {
    super(PACKAGE_ERROR_CODES.verify, `Could not verify the manifest against the official XSDs: ${detail}.`, {
      hint: 'The XSD set in packages/packager/xsd/ may be incomplete; restore it from the repository.',
      cause,
    });
  }
}

/** A key was to be embedded in a SCORM or web package that names no LRS to send statements to. */
export class EmbeddedKeyWithoutEndpointError extends PackageError {
  constructor() {
    super(
      PACKAGE_ERROR_CODES.keyWithoutEndpoint,
      'Cannot embed an LRS key: the package names no LRS endpoint, so the key would be useless and still exposed.',
      {
        hint: 'Name the LRS with --lrs URL (or tracking.endpoint in course.yaml), or leave out --embed-lrs-key.',
      },
    );
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return String(cause);
}
