import type { AuthenticatorOptions } from '../auth/authenticator.ts';
import { LrsError } from '../lrs-error.ts';
import type { LrsStorage } from '../store/lrs-storage.ts';
import { XAPI_VERSIONS, type XapiVersion } from '../xapi-version.ts';

/** Options of createLrsApp(); everything but `storage` has a default. */
export interface LrsUserConfig {
  storage: LrsStorage;
  /** Path the xAPI endpoint is mounted at. Default "/xapi". */
  basePath?: string;
  /** Origins allowed by CORS: a list, or "*" for any. Default: none (same-origin only). */
  corsOrigins?: readonly string[] | '*';
  /** Largest request body accepted, in bytes. Default 10 MiB. */
  maxBodyBytes?: number;
  /** Largest State or Profile document kept (as sent, or after a POST merge), in bytes. Default 1 MiB. */
  maxDocumentBytes?: number;
  /** Most statements one GET returns (also what limit=0 means). Default 500. */
  maxLimit?: number;
  /** homePage of the account the LRS writes as authority. Default "http://localhost/dlis-lrs". */
  authorityHomePage?: string;
  /**
   * Version named in the X-Experience-API-Version response header when the request names none (or one this LRS
   * does not speak), e.g. About or a 400 for a missing header. Default "2.0.0", the newest.
   */
  fallbackVersion?: XapiVersion;
  /** Receives one line per failed request (5xx); never credentials. Default: silent. */
  log?: (line: string) => void;
  /** Clock and cache size of the credential checks (tests). */
  auth?: AuthenticatorOptions;
}

export interface ResolvedLrsConfig {
  readonly storage: LrsStorage;
  readonly basePath: string;
  readonly corsOrigins: readonly string[] | '*';
  readonly maxBodyBytes: number;
  readonly maxDocumentBytes: number;
  readonly maxLimit: number;
  readonly authorityHomePage: string;
  readonly fallbackVersion: XapiVersion;
  readonly log: (line: string) => void;
  readonly auth: AuthenticatorOptions;
}

/** Applies defaults, validates and freezes the options; throws LRS_E_CONFIG on a bad value. */
export function resolveLrsConfig(user: LrsUserConfig): ResolvedLrsConfig {
  const basePath = (user.basePath ?? '/xapi').replace(/\/+$/, '');
  if (basePath !== '' && !basePath.startsWith('/')) {
    throw new LrsError('config', `basePath "${user.basePath}" must start with "/".`);
  }
  const positive = (name: string, value: number | undefined, fallback: number) => {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v <= 0)
      throw new LrsError('config', `${name} must be a positive integer, got ${v}.`);
    return v;
  };
  return Object.freeze({
    storage: user.storage,
    basePath,
    corsOrigins: user.corsOrigins === '*' ? '*' : Object.freeze([...(user.corsOrigins ?? [])]),
    maxBodyBytes: positive('maxBodyBytes', user.maxBodyBytes, 10 * 1024 * 1024),
    maxDocumentBytes: positive('maxDocumentBytes', user.maxDocumentBytes, 1024 * 1024),
    maxLimit: positive('maxLimit', user.maxLimit, 500),
    authorityHomePage: user.authorityHomePage ?? 'http://localhost/dlis-lrs',
    fallbackVersion: fallbackVersion(user.fallbackVersion),
    log: user.log ?? (() => undefined),
    auth: user.auth ?? {},
  });
}

function fallbackVersion(value: string | undefined): XapiVersion {
  if (value === undefined) return '2.0.0';
  if ((XAPI_VERSIONS as readonly string[]).includes(value)) return value as XapiVersion;
  throw new LrsError('config', `fallbackVersion must be one of ${XAPI_VERSIONS.join(', ')}, got "${value}".`);
}
