import { resolve } from 'node:path';
import { createLrsKey, listLrsKeys, LrsError, openLrsStorage, revokeLrsKey } from '@dlis/lrs';
import { EXIT, type CliIo, type ExitCode } from '../io.ts';

function withStorage<T>(db: string, io: CliIo, run: (storage: ReturnType<typeof openLrsStorage>) => T): T {
  const storage = openLrsStorage({ db: resolve(io.cwd, db) });
  try {
    return run(storage);
  } finally {
    storage.close();
  }
}

function fail(error: unknown, io: CliIo): ExitCode {
  if (!(error instanceof LrsError)) throw error;
  io.err(`error ${error.code}: ${error.message}`);
  return EXIT.diagnostics;
}

/** `dlis lrs key create`: the secret is shown once; `KEY:SECRET` is alone on the last stdout line. */
export function lrsKeyCreate(
  options: { name: string; scope: string; db: string; json?: boolean },
  io: CliIo,
): ExitCode {
  try {
    const scopes = options.scope
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const created = withStorage(options.db, io, (s) => createLrsKey(s, { name: options.name, scopes }));
    if (options.json) io.out(JSON.stringify({ ...created.info, secret: created.secret }));
    else {
      io.out(`key "${created.info.name}" created with scopes ${created.info.scopes.join(', ')}.`);
      io.out('The secret is shown only now; use KEY:SECRET as HTTP Basic credentials:');
      io.out(`${created.key}:${created.secret}`);
    }
    return EXIT.ok;
  } catch (error) {
    return fail(error, io);
  }
}

export function lrsKeyList(options: { db: string; json?: boolean }, io: CliIo): ExitCode {
  const keys = withStorage(options.db, io, listLrsKeys);
  if (options.json) io.out(JSON.stringify(keys, null, 2));
  else if (keys.length === 0)
    io.out('no keys yet: create one with `dlis lrs key create --name N --scope all`.');
  else {
    for (const k of keys) {
      io.out(
        `${k.key}  ${k.name}  ${k.scopes.join(',')}  created ${k.created}${k.revoked ? `  REVOKED ${k.revoked}` : ''}`,
      );
    }
  }
  return EXIT.ok;
}

export function lrsKeyRevoke(key: string, options: { db: string; json?: boolean }, io: CliIo): ExitCode {
  try {
    const info = withStorage(options.db, io, (s) => revokeLrsKey(s, key));
    io.out(options.json ? JSON.stringify(info) : `key ${info.key} ("${info.name}") revoked.`);
    return EXIT.ok;
  } catch (error) {
    return fail(error, io);
  }
}
