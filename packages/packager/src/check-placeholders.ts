import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PACKAGE_ERROR_CODES, type PackageErrorCode } from './errors.ts';

/**
 * Markers that a text is still to be completed by the institution deploying the course (the agility consent
 * notice has them: controller, legal basis, retention…), in French and English, with or without a detail after a
 * colon: `[À COMPLÉTER PAR L'ÉTABLISSEMENT : hébergeur]`, `[TO BE COMPLETED BY THE INSTITUTION]`.
 */
const PLACEHOLDER =
  /\[(?:TO BE COMPLETED BY THE INSTITUTION|À COMPLÉTER PAR L['’]ÉTABLISSEMENT)[^\]\n]*\]/giu;

/** Course sources that hold learner-facing text. */
const TEXT_FILE = /\.(?:md|ya?ml)$/i;

export interface PlaceholderProblem {
  file: string;
  line: number;
  col: number;
  path: string;
  code: PackageErrorCode;
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

/**
 * Every institution placeholder left in the text files of the course folder `dir`, located (file:line:col,
 * paths relative to `cwd`, the caller's current folder). A learner must never read one: `dlis build` refuses them unless the
 * build says it is a demo (`--demo`).
 */
export async function checkPlaceholders(dir: string, cwd: string): Promise<PlaceholderProblem[]> {
  const problems: PlaceholderProblem[] = [];
  for (const file of await textFiles(dir)) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((text, i) => {
      for (const match of text.matchAll(PLACEHOLDER)) {
        problems.push({
          file: relative(cwd, file) || file,
          line: i + 1,
          col: match.index + 1,
          path: '(text)',
          code: PACKAGE_ERROR_CODES.placeholder,
          severity: 'error',
          message: `The text still holds the placeholder ${match[0]}: learners would read it.`,
          hint:
            "Replace each marker with the institution's information (or remove the sentence), or build a " +
            'demonstration package with --demo.',
        });
      }
    });
  }
  return problems;
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
