import { resolve } from 'node:path';
import { AnalyticsError, exportStatements, type ExportFormat } from '@dlis/analytics';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import {
  progressPrinter,
  resolveConnection,
  resolveQuery,
  type LrsCommandOptions,
} from './research-options.ts';

export interface ExportCommandOptions extends LrsCommandOptions {
  format: ExportFormat;
  out?: string;
  resume?: boolean;
}

/**
 * `dlis export`: raw statements, streamed page by page to NDJSON or CSV (stdout or --out). With --out a checkpoint
 * is kept beside the file, and --resume continues an interrupted export. Exit 0 done, 1 LRS or file failure
 * (the checkpoint stays, the message says how to continue), 2 wrong command line.
 */
export async function exportCommand(
  options: ExportCommandOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  if (options.resume && options.out === undefined) {
    throw new UsageError('--resume needs --out: the checkpoint is kept beside the output file.');
  }
  const connection = resolveConnection(options, env);
  const query = resolveQuery(options);
  const out = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  try {
    const result = await exportStatements({
      connection,
      query,
      format: options.format,
      ...(out !== undefined ? { out } : { write: (chunk: string) => io.out(chunk.replace(/\n$/, '')) }),
      ...(options.resume ? { resume: true } : {}),
      onProgress: progressPrinter(io, options.quiet),
    });
    if (out !== undefined) {
      io.err(
        `export: ${result.statements} statements in ${result.pages} pages${result.resumed ? (result.fellBack ? ' (resumed by stored time: the saved more link was refused)' : ' (resumed)') : ''}; wrote ${options.out}.`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof AnalyticsError) {
      const hint =
        out !== undefined && error.code !== 'ANALYTICS_E_CHECKPOINT'
          ? ' The pages written so far are kept: run the same command with --resume to continue.'
          : '';
      io.err(`error: ${error.message} [${error.code}]${hint}`);
      return EXIT.diagnostics;
    }
    throw error;
  }
}
