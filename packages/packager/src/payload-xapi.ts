import type { CourseTracking } from '@dlis/course';
import type { PackageTarget, PayloadXapi } from '@dlis/course/compiled';
import { EmbeddedKeyWithoutEndpointError } from './errors.ts';

/** xAPI options given to the build (the CLI's `--lrs` and `--embed-lrs-key`), on top of course.yaml's. */
export interface XapiBuildOptions {
  /** LRS endpoint for hybrid reporting; wins over course.yaml's `tracking.endpoint`. */
  endpoint?: string;
  /**
   * A write-only key (scope statements/write) to embed in SCORM and web packages. Anyone who opens the package
   * can read it and post statements with it: only with the explicit flag, which warns.
   */
  embedKey?: { key: string; secret: string };
}

/** Targets whose launch names the LRS and the learner: they always report over xAPI. */
const XAPI_LAUNCHED: ReadonlySet<PackageTarget> = new Set(['cmi5', 'xapi']);

/**
 * `PlayerPayload.xapi` of a package:
 * - cmi5 and xapi: always present (identity, and the endpoint if one was named, which the launch overrides);
 *   never an embedded key, their launch brings the credentials (cmi5: the fetch URL; xapi: `auth`);
 * - scorm12, scorm2004, web: present only when an endpoint is named (build flag, else course.yaml), then
 *   with the embedded key when the build was given one; otherwise credentials must come from the launch URL.
 * Throws EmbeddedKeyWithoutEndpointError when a key is to be embedded in a package that names no LRS.
 */
export function payloadXapi(
  target: PackageTarget,
  tracking: CourseTracking,
  options: XapiBuildOptions = {},
): PayloadXapi | undefined {
  const named = options.endpoint ?? tracking.endpoint;
  const endpoint = named === undefined ? undefined : named.endsWith('/') ? named : `${named}/`;
  const base = { ...(endpoint ? { endpoint } : {}), identity: tracking.identity };
  if (XAPI_LAUNCHED.has(target)) return base;
  if (endpoint === undefined) {
    if (options.embedKey) throw new EmbeddedKeyWithoutEndpointError();
    return undefined;
  }
  if (!options.embedKey) return base;
  const { key, secret } = options.embedKey;
  return { ...base, authorization: `Basic ${Buffer.from(`${key}:${secret}`, 'utf8').toString('base64')}` };
}
