// Types of cached-chunk.mjs (plain JavaScript, run by compile-cli.mjs).

/**
 * The script (run with a V8 code cache) and the module that replace the ES module chunk `code` of the build.
 * `paths`: import paths from the chunk's folder of the script, of cached-script.mjs, and of the chunk itself kept
 * for DLIS_DEBUG.
 */
export function chunkAsScript(
  code: string,
  paths: { script: string; cachedScript: string; debug: string },
): { script: string; module: string };
