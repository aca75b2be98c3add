import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, describe, expect, test } from 'vitest';
import { createLrsKey } from '@dlis/lrs';
import { KEEP_ALIVE_TIMEOUT_MS, serveLrs } from '../src/serve-lrs.ts';
import { openSqliteStorage } from '@dlis/lrs';
import type { JsonObject } from '@dlis/xapi-profile';
import { runDlis, startServe } from './support/spawn-dlis.ts';
import { statement } from './support/statements.ts';
import { basic } from './support/test-lrs.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlis-lrs-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const headers = (auth: string) => ({
  authorization: auth,
  'x-experience-api-version': '1.0.3',
  'content-type': 'application/json',
});

describe('dlis lrs serve (child process)', () => {
  test('an acknowledged statement survives kill -9; SIGTERM shuts down cleanly', async () => {
    const db = join(dir, 'durable', 'lrs.sqlite');
    const created = await runDlis([
      'lrs',
      'key',
      'create',
      '--name',
      'durability',
      '--scope',
      'all',
      '--db',
      db,
    ]);
    const credentials = created.stdout.trimEnd().split('\n').at(-1)!;
    expect(credentials).toMatch(/^[0-9a-f]{24}:[\w-]+$/);
    const [key, secret] = credentials.split(':') as [string, string];
    const auth = basic(key, secret);

    const first = await startServe(['--db', db]);
    const st = statement();
    const posted = await fetch(`${first.endpoint}/statements`, {
      method: 'POST',
      headers: headers(auth),
      body: JSON.stringify(st),
    });
    expect(posted.status).toBe(200);
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');

    const second = await startServe(['--db', db]);
    const got = await fetch(`${second.endpoint}/statements?statementId=${String(st.id)}`, {
      headers: headers(auth),
    });
    expect(got.status).toBe(200);
    expect(((await got.json()) as JsonObject).id).toBe(st.id);
    // Its index rows were only in the killed process's memory (sqlite-indexes.ts): rebuilt from the stored row.
    const agent = encodeURIComponent(JSON.stringify(st.actor));
    const filtered = await fetch(`${second.endpoint}/statements?agent=${agent}`, { headers: headers(auth) });
    const page = (await filtered.json()) as { statements: JsonObject[] };
    expect(page.statements.map((s) => s.id)).toEqual([st.id]);
    // The killed server's lease was taken over; a second live server on the same file is refused at start.
    const third = await runDlis(['lrs', 'serve', '--port', '0', '--db', db]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(third?.code).toBe(1);
    expect(third?.stderr).toContain(
      `already used to store statements by another process (${second.child.pid})`,
    );
    second.child.kill('SIGTERM');
    const [code] = (await once(second.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(second.output()).toMatch(/LRS stopped/);

    const stats = await runDlis(['lrs', 'stats', '--db', db, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ statements: 1, keys: 1 });
    const listed = await runDlis(['lrs', 'key', 'list', '--db', db]);
    expect(listed.stdout).toContain(key);
    expect(listed.stdout).not.toContain(secret);
  });
});

describe('dlis lrs serve --memory', () => {
  test('--key KEY:SECRET makes that key; without it a random key is printed; both are usable', async () => {
    const chosen = await startServe(['--memory', '--key', 'study:s3cret-pass']);
    const random = await startServe(['--memory']);
    try {
      const printed = /key \(scope all, HTTP Basic KEY:SECRET\): (\S+):(\S+)/.exec(random.output());
      expect(printed).not.toBeNull();
      for (const [lrs, auth] of [
        [chosen, basic('study', 's3cret-pass')],
        [random, basic(printed![1]!, printed![2]!)],
      ] as const) {
        const posted = await fetch(`${lrs.endpoint}/statements`, {
          method: 'POST',
          headers: headers(auth),
          body: JSON.stringify(statement()),
        });
        expect(posted.status).toBe(200);
      }
    } finally {
      chosen.child.kill('SIGTERM');
      random.child.kill('SIGTERM');
      await Promise.all([once(chosen.child, 'exit'), once(random.child, 'exit')]);
    }
  });
});

describe('serveLrs over loopback', () => {
  test('parallel batches keep ids unique and paging consistent', async () => {
    const storage = openSqliteStorage(join(dir, 'concurrent.sqlite'));
    const { key, secret } = createLrsKey(storage, { name: 'load', scopes: ['all'] });
    const lrs = await serveLrs({ storage, host: '127.0.0.1', port: 0 });
    try {
      const auth = basic(key, secret);
      const batches = Array.from({ length: 8 }, () =>
        Array.from({ length: 25 }, () => statement({ id: undefined })),
      );
      const responses = await Promise.all(
        batches.map((batch) =>
          fetch(`${lrs.endpoint}/statements`, {
            method: 'POST',
            headers: headers(auth),
            body: JSON.stringify(batch),
          }),
        ),
      );
      const ids = (await Promise.all(responses.map(async (r) => (await r.json()) as string[]))).flat();
      expect(new Set(ids).size).toBe(200);

      const seen: string[] = [];
      let next: string | undefined = `${lrs.endpoint}/statements?limit=30`;
      const origin = new URL(lrs.endpoint).origin;
      while (next) {
        const url: string = next;
        const [page, more]: [{ statements: JsonObject[]; more: string }, Response] = await Promise.all([
          fetch(url, { headers: headers(auth) }).then(
            (r) => r.json() as Promise<{ statements: JsonObject[]; more: string }>,
          ),
          // A writer keeps adding while the reader pages.
          fetch(`${lrs.endpoint}/statements`, {
            method: 'POST',
            headers: headers(auth),
            body: JSON.stringify(statement({ id: undefined })),
          }),
        ]);
        expect(more.status).toBe(200);
        seen.push(...page.statements.map((s) => String(s.id)));
        next = page.more ? `${origin}${page.more}` : undefined;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(200);
      expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    } finally {
      await lrs.close();
    }
  });

  test("a URL or headers over 16 KB get the JSON error; idle connections outlive the clients' timeouts", async () => {
    const storage = openSqliteStorage(':memory:');
    const lrs = await serveLrs({ storage, host: '127.0.0.1', port: 0 });
    try {
      const { hostname, port } = new URL(lrs.endpoint);
      const send = (path: string, extra: Record<string, string>) =>
        new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
          const req = request(
            { host: hostname, port, path, headers: { 'x-experience-api-version': '1.0.3', ...extra } },
            (res) => {
              let body = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => (body += chunk));
              res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
            },
          );
          req.on('error', reject);
          req.end();
        });
      const longUrl = await send(`/xapi/statements?verb=${'a'.repeat(20_000)}`, {});
      const longHeader = await send('/xapi/about', { 'x-padding': 'b'.repeat(20_000) });
      for (const res of [longUrl, longHeader]) {
        expect(res.status).toBe(431);
        expect(JSON.parse(res.body)).toMatchObject({ error: true, code: 'LRS_E_HEADERS_TOO_LARGE' });
      }
      const about = await send('/xapi/about', { connection: 'keep-alive' });
      expect(about.headers['keep-alive']).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
      expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    } finally {
      await lrs.close();
    }
  });
});
