import { resolve } from 'node:path';
import { openLrsStorage, serveLrs } from '@dlis/lrs';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

export interface LrsServeOptions {
  host: string;
  port: number;
  db: string;
  memory?: boolean;
  cors?: string;
  maxBody?: number;
  fallbackVersion?: '1.0.3' | '2.0.0';
  json?: boolean;
}

/**
 * `dlis lrs serve`: serves the embedded LRS until SIGTERM/SIGINT or `signal` aborts, then closes cleanly.
 * Prints the endpoint, then a ready line.
 */
export async function lrsServe(options: LrsServeOptions, io: CliIo, signal?: AbortSignal): Promise<ExitCode> {
  const db = resolve(io.cwd, options.db);
  const storage = openLrsStorage({ db, memory: options.memory ?? false });
  const cors =
    options.cors === undefined
      ? []
      : options.cors === '*'
        ? '*'
        : options.cors.split(',').map((s) => s.trim());
  const lrs = await serveLrs({
    storage,
    host: options.host,
    port: options.port,
    corsOrigins: cors,
    ...(options.maxBody ? { maxBodyBytes: options.maxBody } : {}),
    ...(options.fallbackVersion ? { fallbackVersion: options.fallbackVersion } : {}),
    log: (line) => io.err(line),
  });
  const where = options.memory ? 'in memory (nothing is kept)' : db;
  if (options.json) io.out(JSON.stringify({ endpoint: lrs.endpoint, storage: where, ready: true }));
  else {
    io.out(`LRS endpoint: ${lrs.endpoint}`);
    io.out(`storage: ${where}`);
    io.out('ready');
  }
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    signal?.addEventListener('abort', stop, { once: true });
  });
  await lrs.close();
  if (!options.json) io.out('LRS stopped');
  return EXIT.ok;
}
