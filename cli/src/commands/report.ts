import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import {
  AnalyticsError,
  buildReport,
  codebookFiles,
  MIN_CELL,
  reportCsvFiles,
  reportHtml,
  reportJson,
  resolveGrouping,
  respondentCsvFiles,
  respondentsJson,
  type ReportData,
  type StatementQuery,
} from '@dlis/analytics';
import { checkDefinition, type AgilityDefinition } from '@dlis/agility';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';
import { writeAtomically } from '../write-atomically.ts';
import { resolveCourseQuestionnaire } from './course-questionnaire.ts';
import { UsageError } from '../usage-error.ts';
import {
  progressPrinter,
  resolveConnection,
  resolveQuery,
  type LrsCommandOptions,
} from './research-options.ts';

export interface ReportCommandOptions extends LrsCommandOptions {
  by?: string;
  out?: string;
  format?: 'html' | 'csv' | 'json';
  lang: 'fr' | 'en';
  minCell: string;
  questionnaire: string;
  respondents?: string;
  codebook?: string;
  wave2Since?: string;
  wave2Until?: string;
  wave2Activity?: string;
}

/**
 * `dlis report`: fetches the questionnaire statements, recomputes, and writes the suppressed statistics. Exit 0
 * when written (disagreements are reported on stderr, not an error), 1 when the LRS or a file fails, 2 for a wrong
 * command line.
 */
export async function reportCommand(
  options: ReportCommandOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const minCell = Number(options.minCell);
  if (!/^\d+$/.test(options.minCell) || minCell < MIN_CELL) {
    throw new UsageError(
      `--min-cell must be an integer of at least ${MIN_CELL} (cells under 5 respondents are never published), got "${options.minCell}".`,
    );
  }
  const format = options.format ?? formatOf(options.out);
  if (options.respondents !== undefined && !/\.(json|csv)$/i.test(options.respondents)) {
    throw new UsageError(
      `--respondents must name a .json file or a .csv base name (writes NAME.wide.csv, NAME.tidy.csv, NAME.items.csv), got "${options.respondents}".`,
    );
  }
  if (
    options.respondents !== undefined &&
    options.out !== undefined &&
    format !== 'csv' &&
    resolve(io.cwd, options.respondents) === resolve(io.cwd, options.out)
  ) {
    throw new UsageError(
      '--respondents must be another file than --out: respondent-level data never go into the report.',
    );
  }
  if (format === 'csv' && options.out === undefined) {
    throw new UsageError(
      '--format csv writes several files: add --out report.csv (writes report.summary.csv, …).',
    );
  }
  try {
    resolveGrouping(options.by);
  } catch (error) {
    if (error instanceof AnalyticsError) throw new UsageError(`--by: ${error.message}`);
    throw error;
  }
  const connection = resolveConnection(options, env);
  const query = resolveQuery(options);
  const definition = await resolveDefinition(options.questionnaire, io);
  if (definition === undefined) return EXIT.diagnostics;

  let data: ReportData;
  try {
    data = await buildReport({
      connection,
      query,
      definition,
      ...(options.by !== undefined ? { by: options.by } : {}),
      minCell,
      onProgress: progressPrinter(io, options.quiet),
      ...secondWave(options),
    });
  } catch (error) {
    if (error instanceof AnalyticsError) {
      io.err(`error: ${error.message} [${error.code}]`);
      return EXIT.diagnostics;
    }
    throw error;
  }

  try {
    if (format === 'csv') {
      const out = resolve(io.cwd, options.out ?? 'report.csv');
      const stem = out.toLowerCase().endsWith('.csv') ? out.slice(0, -4) : out;
      await writeCsvFiles(stem, reportCsvFiles(data));
    } else {
      const text = format === 'json' ? reportJson(data) : reportHtml(data, options.lang);
      if (options.out === undefined) io.out(text);
      else await writeAtomically(resolve(io.cwd, options.out), text);
    }
    if (options.respondents !== undefined) {
      const file = resolve(io.cwd, options.respondents);
      if (file.toLowerCase().endsWith('.json')) await writeAtomically(file, respondentsJson(data));
      else await writeCsvFiles(file.slice(0, -4), respondentCsvFiles(data));
    }
    if (options.codebook !== undefined) {
      const dir = resolve(io.cwd, options.codebook);
      await mkdir(dir, { recursive: true });
      for (const [name, text] of Object.entries(codebookFiles(data, definition, options.lang))) {
        await writeAtomically(join(dir, name), text);
      }
    }
  } catch (error) {
    io.err(
      `error: cannot write ${options.out ?? 'the output'}: ${error instanceof Error ? error.message : String(error)}.`,
    );
    return EXIT.diagnostics;
  }

  const groups = data.groups.slice(data.by.length === 0 ? 0 : 1);
  const hidden = groups.filter((g) => g.suppressed).length;
  const n = data.groups[0]?.n;
  io.err(
    `report: ${n === null || n === undefined ? `fewer than ${minCell}` : n} respondents with research consent` +
      (data.by.length > 0 ? `, ${groups.length} groups (${hidden} suppressed, under ${minCell})` : '') +
      `; ${data.source.withoutConsent} without consent left out` +
      (data.source.unscorable > 0 ? `; ${data.source.unscorable} unscorable left out` : '') +
      (options.out !== undefined ? `; wrote ${options.out}` : '') +
      (options.respondents !== undefined ? `; respondent-level data in ${options.respondents}` : '') +
      (options.codebook !== undefined
        ? `; codebook and respondent × item matrix in ${options.codebook}`
        : '') +
      '.',
  );
  if (data.disagreements.total > 0) {
    const kinds = Object.entries(data.disagreements.byKind)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
    io.err(
      `warning: ${data.disagreements.total} reported scores differ from the recomputation (${kinds}); they are listed in the report (disagreements), not corrected.`,
    );
  }
  return EXIT.ok;
}

/** `--wave2-since/--wave2-until/--wave2-activity`: the second wave of a pre/post comparison, if any is given. */
function secondWave(options: ReportCommandOptions): { secondWave?: StatementQuery } {
  const { wave2Since, wave2Until, wave2Activity } = options;
  if (wave2Since === undefined && wave2Until === undefined && wave2Activity === undefined) return {};
  try {
    const wave = resolveQuery({
      ...(wave2Since !== undefined ? { since: wave2Since } : {}),
      ...(wave2Until !== undefined ? { until: wave2Until } : {}),
      ...(wave2Activity !== undefined ? { activity: wave2Activity } : {}),
    } as ReportCommandOptions);
    return { secondWave: wave };
  } catch (error) {
    if (error instanceof UsageError)
      throw new UsageError(`second wave: ${error.message.replace(/--/g, '--wave2-')}`);
    throw error;
  }
}

async function writeCsvFiles(stem: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeAtomically(`${stem}.${name}.csv`, text);
}

function formatOf(out: string | undefined): 'html' | 'csv' | 'json' {
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : 'html';
}

/**
 * The built-in model, a course folder's questionnaire (as `dlis agility score --questionnaire`), or a JSON agility
 * definition file checked with @dlis/agility. Undefined when the course cannot give one (reason on stderr).
 */
async function resolveDefinition(value: string, io: CliIo): Promise<AgilityDefinition | undefined> {
  if (!value.toLowerCase().endsWith('.json')) {
    return resolveCourseQuestionnaire(value, io, ' nor an agility definition .json file');
  }
  let definition: AgilityDefinition;
  try {
    definition = JSON.parse(await readFile(resolve(io.cwd, value), 'utf8')) as AgilityDefinition;
  } catch (error) {
    throw new UsageError(
      `--questionnaire ${value}: cannot read it as JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const issues = checkDefinition(definition);
  if (issues.length > 0) {
    throw new UsageError(
      `--questionnaire ${value}: not a consistent agility definition (${issues
        .map((i) => `${i.id}: ${i.message}`)
        .slice(0, 3)
        .join('; ')}).`,
    );
  }
  return definition;
}
