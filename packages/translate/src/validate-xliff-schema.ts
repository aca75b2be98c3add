import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The vendored OASIS XLIFF 2.1 core schema (xsd/SOURCES.md). */
export const XLIFF_CORE_XSD = fileURLToPath(new URL('../xsd/xliff_core_2.0.xsd', import.meta.url));

/**
 * Validate an XLIFF file against the XLIFF 2.1 core schema with xmllint (libxml2; nothing fetched from the
 * network). Returns xmllint's messages, empty when valid. One function, so the validator can be swapped.
 */
export function validateXliffSchema(file: string): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'xmllint',
      ['--nonet', '--noout', '--schema', XLIFF_CORE_XSD, file],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`xmllint could not run: ${error.message}`));
          return;
        }
        const code = error ? Number(error.code) : 0;
        if (code !== 0 && code !== 1 && code !== 3) {
          reject(new Error(`xmllint exited with code ${code}: ${stderr.trim()}`));
          return;
        }
        resolvePromise(code === 0 ? [] : stderr.trim().split('\n'));
      },
    );
  });
}
