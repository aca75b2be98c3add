import { resolve } from 'node:path';
import { createLrsKey, LrsError, openLrsStorage, serveLrs } from '@dlis/lrs';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

export interface LrsServeOptions {
  host: string;
  port: number;
  db: string;
  memory?: boolean;
  /** With memory: KEY:SECRET of the key (scope all) to create; a random one otherwise. */
  key?: string;
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
  const refuse = (error: unknown): ExitCode => {
    storage.close();
    if (!(error instanceof LrsError)) throw error;
    io.err(`error ${error.code}: ${error.message}`);
    return EXIT.diagnostics;
  };
  // Another `dlis lrs serve` storing statements in the same file is refused at start, not at its first write.
  try {
    storage.claimWriter();
  } catch (error) {
    return refuse(error);
  }
  // An in-memory store starts empty and `dlis lrs key create` cannot reach it: serve makes its key.
  let credentials: string | undefined;
  if (options.memory) {
    const [key, ...secret] = options.key?.split(':') ?? [];
    try {
      const made = createLrsKey(storage, {
        name: 'serve --memory',
        scopes: ['all'],
        ...(key ? { credentials: { key, secret: secret.join(':') } } : {}),
      });
      credentials = `${made.key}:${made.secret}`;
    } catch (error) {
      return refuse(error);
    }
  }
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
  if (options.json)
    io.out(JSON.stringify({ endpoint: lrs.endpoint, storage: where, credentials, ready: true }));
  else {
    io.out(`LRS endpoint: ${lrs.endpoint}`);
    io.out(`storage: ${where}`);
    if (credentials) io.out(`key (scope all, HTTP Basic KEY:SECRET): ${credentials}`);
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
