import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  formatCsv,
  readResponses,
  resultTable,
  scoreResponses,
  ResponsesFormat,
  type ResponsesProblem,
} from '@dlis/agility';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';
import { writeAtomically } from '../write-atomically.ts';
import { resolveCourseQuestionnaire } from './course-questionnaire.ts';
import { UsageError } from '../usage-error.ts';

export interface AgilityScoreOptions {
  /** The built-in model id, or a course folder whose questionnaire block gives the definition (and its wording). */
  questionnaire: string;
  responses: string;
  inputFormat?: ResponsesFormat;
  format: ResponsesFormat;
  out?: string;
}

/**
 * `dlis agility score`: re-scores a responses file with the scoring code of the player. Prints (or writes to
 * `--out`, atomically) one result per respondent; each bad row is reported as `file:line:col: respondent …` on
 * stderr and skipped. Exit 1 when any row failed or the file is malformed, 0 otherwise.
 */
export async function agilityScore(options: AgilityScoreOptions, io: CliIo): Promise<ExitCode> {
  const definition = await resolveCourseQuestionnaire(options.questionnaire, io);
  if (definition === undefined) return EXIT.diagnostics;
  const inputFormat = options.inputFormat ?? formatFromExtension(options.responses);

  let text: string;
  try {
    text = await readFile(resolve(io.cwd, options.responses), 'utf8');
  } catch (error) {
    io.err(`error: cannot read the responses file ${options.responses}: ${describe(error)}.`);
    return EXIT.diagnostics;
  }
  const read = readResponses(text, inputFormat, definition);
  const { scored, problems } = scoreResponses(definition, read);
  for (const p of problems) io.err(formatProblem(options.responses, p));
  if (problems.some((p) => p.fatal)) return EXIT.diagnostics;

  const output =
    options.format === ResponsesFormat.csv
      ? formatCsv(resultTable(definition, scored))
      : `${JSON.stringify(scored, null, 2)}\n`;
  if (options.out === undefined) io.out(output);
  else {
    try {
      await writeAtomically(resolve(io.cwd, options.out), output);
    } catch (error) {
      io.err(`error: cannot write ${options.out}: ${describe(error)}.`);
      return EXIT.diagnostics;
    }
  }
  if (problems.length > 0) {
    // A reading problem concerns one row; the other respondents that were read but not scored had invalid answers.
    const skipped = read.problems.length + read.responses.length - scored.length;
    io.err(
      `\nscored ${scored.length} respondent${scored.length === 1 ? '' : 's'}; ${skipped} row${skipped === 1 ? '' : 's'} skipped (${problems.length} problem${problems.length === 1 ? '' : 's'}).`,
    );
    return EXIT.diagnostics;
  }
  return EXIT.ok;
}

/** `file:line:col: respondent r7: message`, the location format of every DLIS diagnostic. */
export function formatProblem(file: string, p: ResponsesProblem): string {
  const who = p.respondent === null ? '' : `respondent ${p.respondent}: `;
  return `${file}:${p.line}:${p.column}: ${who}${p.message}`;
}

function formatFromExtension(file: string): ResponsesFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return ResponsesFormat.json;
  if (ext === '.csv') return ResponsesFormat.csv;
  throw new UsageError(
    `cannot tell the format of "${file}" from its extension (expected .json or .csv); add --input-format json or csv.`,
  );
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file or folder';
  if (error instanceof Error && 'code' in error && error.code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
