import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from '@dlis/xapi-profile';
import { runDlis, startServe } from '../../packages/lrs/test/support/spawn-dlis.ts';
import { basicAuth, putStateDocument, readStatements, type StateAddress } from './lrs-server.ts';

/**
 * The real `dlis lrs serve` in a child process, on a SQLite file in a temporary folder, CORS open to any origin
 * (the package is served from another port). It can be killed (SIGKILL: no clean shutdown, as in a crash or a
 * power cut) and started again on the same port with the same database: the outage test's LRS.
 */
export interface DlisLrsProcess {
  /** xAPI endpoint with its trailing `/`, e.g. `http://127.0.0.1:41234/xapi/`. */
  endpoint: string;
  /** `Basic …` of a key of scope `all`. */
  adminAuth: string;
  /** PUTs a State API document with the admin key (an LMS writing LMS.LaunchData). */
  putState(address: StateAddress, document: unknown): Promise<void>;
  /** A new key made with `dlis lrs key create` on the database; returns its key and secret. */
  createKey(name: string, scopes: string[]): Promise<{ key: string; secret: string }>;
  /** SIGKILLs the server and waits until it is gone (connections refused); the database file stays. */
  kill(): Promise<void>;
  /** Starts `dlis lrs serve` again on the same port with the same database. */
  restart(): Promise<void>;
  running(): boolean;
  /** Every statement, oldest stored first, read with a key of scope `all`. */
  statements(query?: { registration?: string }): Promise<Statement[]>;
  /** Stops the server (if running) and deletes the database. */
  close(): Promise<void>;
}

/** `KEY:SECRET` is alone on the last line `dlis lrs key create` prints. */
async function createKeyWithCli(db: string, name: string, scopes: string[]) {
  const { stdout } = await runDlis([
    'lrs',
    'key',
    'create',
    '--db',
    db,
    '--name',
    name,
    '--scope',
    scopes.join(','),
  ]);
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const colon = last.indexOf(':');
  if (colon <= 0) throw new Error(`dlis lrs key create printed no KEY:SECRET:\n${stdout}`);
  return { key: last.slice(0, colon), secret: last.slice(colon + 1) };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

export async function startDlisLrs(): Promise<DlisLrsProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-e2e-lrs-process-'));
  const db = join(dir, 'lrs.sqlite');
  const admin = await createKeyWithCli(db, 'e2e admin', ['all']);
  const adminAuth = basicAuth(admin.key, admin.secret);
  // `startServe` passes `--port 0` first; a later `--port` wins (the restart's fixed port).
  const serve = (port = 0) => startServe(['--db', db, '--cors', '*', '--port', String(port)]);
  let server: Awaited<ReturnType<typeof serve>> | undefined = await serve();
  const endpoint = `${server.endpoint.replace(/\/+$/, '')}/`;
  const port = Number(new URL(endpoint).port);

  const stop = async (signal: NodeJS.Signals) => {
    if (!server) return;
    const { child } = server;
    server = undefined;
    child.kill(signal);
    await exited(child);
  };
  return {
    endpoint,
    adminAuth,
    putState: (address, document) => putStateDocument(endpoint, adminAuth, address, document),
    createKey: (name, scopes) => createKeyWithCli(db, name, scopes),
    kill: () => stop('SIGKILL'),
    async restart() {
      if (!server) server = await serve(port);
    },
    running: () => server !== undefined,
    statements: (query = {}) => readStatements(endpoint, adminAuth, query),
    async close() {
      await stop('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
