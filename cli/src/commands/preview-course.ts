import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startPreview } from '@dlis/preview';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

export interface PreviewCommandOptions {
  port?: number;
  open?: boolean;
}

/**
 * `dlis preview`: serves the course until SIGINT/SIGTERM or `signal` aborts. Prints the URL, then "ready";
 * reloads and source problems are printed as they happen (the page shows the problems too).
 */
export async function previewCourse(
  dir: string,
  options: PreviewCommandOptions,
  io: CliIo,
  signal?: AbortSignal,
): Promise<ExitCode> {
  const courseDir = resolve(io.cwd, dir);
  const folder = await stat(courseDir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    io.err(`error: ${courseDir}: no such folder. Give the folder that holds the course's course.yaml.`);
    return EXIT.diagnostics;
  }
  const preview = await startPreview({
    courseDir,
    cwd: io.cwd,
    ...(options.port === undefined ? {} : { port: options.port }),
    open: options.open === true,
    log: (line) => io.err(line),
  });
  io.out(`preview: ${preview.url}`);
  io.out('ready (Ctrl+C stops the preview; nothing is written into the course folder)');
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      done();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await preview.close();
  io.out('preview stopped');
  return EXIT.ok;
}
