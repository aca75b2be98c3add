import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { agentKey } from '@dlis/xapi-profile';
import { planQuery } from '../../src/store/sqlite-query.ts';
import { RECENT_SCHEMA } from '../../src/store/sqlite-indexes.ts';
import { openSqliteStorage, statementFingerprint, type PreparedStatement } from '@dlis/lrs';
import { agent, prepared, statement } from '../support/statements.ts';
import { storageContract } from './storage-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlis-lrs-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storageContract('SQLite', () => openSqliteStorage(join(dir, `db-${++n}`, 'lrs.sqlite')));
// Every second statement moves the in-memory filter rows to the file: each query reads both term tables.
storageContract('SQLite, filter rows merged every 2 statements', () =>
  openSqliteStorage(join(dir, `db-${++n}`, 'lrs.sqlite'), { mergeStatements: 2 }),
);

test('SQLite keeps statements across close and reopen, in WAL mode', () => {
  const file = join(dir, 'reopen.sqlite');
  const first = openSqliteStorage(file);
  const [st] = prepared(statement());
  first.insertStatements([st!]);
  first.close();
  const again = openSqliteStorage(file);
  expect(again.getStatement(st!.id)?.statement.id).toBe(st!.id);
  again.close();
});

test('a file of schema 1 (text filter index) is migrated: its filters and agent names work after opening', () => {
  const file = join(dir, 'schema-1.sqlite');
  const old = new Database(file);
  old.exec(`
    CREATE TABLE statements (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stored TEXT NOT NULL,
      fingerprint TEXT NOT NULL, voids TEXT, ref_target TEXT, json TEXT NOT NULL);
    CREATE TABLE statement_index (kind TEXT NOT NULL, value TEXT NOT NULL, seq INTEGER NOT NULL,
      PRIMARY KEY (kind, value, seq)) WITHOUT ROWID;`);
  const [a, b] = prepared(
    statement({ actor: { ...agent('ana'), name: 'Ana' } }),
    statement({ actor: agent('bob'), context: { instructor: agent('ana') } }),
  );
  const insert = old.prepare('INSERT INTO statements (id, stored, fingerprint, json) VALUES (?, ?, ?, ?)');
  // Files of schema 1 hold the fingerprint hash itself.
  const hash = (st: PreparedStatement) => statementFingerprint(st.statement, st.lrsTimestamp);
  for (const st of [a!, b!]) insert.run(st.id, st.stored, hash(st), JSON.stringify(st.statement));
  old.close();

  const storage = openSqliteStorage(file);
  const ana = agentKey(agent('ana'))!;
  const ids = (relatedAgents: boolean) =>
    storage.queryStatements({ limit: 10, agent: ana, relatedAgents }).statements.map((s) => s.id);
  expect(ids(false)).toEqual([a!.id]);
  expect(ids(true)).toEqual([b!.id, a!.id]);
  expect(storage.agentNames(ana)).toEqual(['Ana']);
  storage.insertStatements(prepared(statement({ actor: agent('ana') })));
  expect(ids(false)).toHaveLength(2);
  storage.close();
  const again = new Database(file, { readonly: true });
  expect(again.pragma('user_version', { simple: true })).toBe(3);
  expect(
    again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'statement_index'").get(),
  ).toEqual({
    n: 0,
  });
  again.close();
});

test('every filtered page is a merge of index-ordered arms: no sort, in either order (paging stays linear)', () => {
  const file = join(dir, 'plans.sqlite');
  const storage = openSqliteStorage(file);
  const course = 'https://dlis.example/course';
  const registration = '6f1c1f9e-7d55-4f44-9c38-0b2f0f1d2e3a';
  storage.insertStatements(
    prepared(
      statement({
        actor: agent('ana'),
        object: { objectType: 'Activity', id: course },
        context: { registration, instructor: agent('bob'), contextActivities: { parent: [{ id: course }] } },
      }),
    ),
  );
  storage.close();
  const db = new Database(file, { readonly: true });
  db.exec(RECENT_SCHEMA);
  const term = db.prepare('SELECT id FROM terms WHERE kind = ? AND value = ?');
  const ana = agentKey(agent('ana'))!;
  const verb = 'http://adlnet.gov/expapi/verbs/experienced';
  const filters: Omit<Parameters<typeof planQuery>[0], 'limit' | 'ascending'>[] = [
    { agent: ana },
    { agent: ana, relatedAgents: true },
    { activity: course, relatedActivities: true },
    { registration, activity: course, relatedActivities: true, since: '2026-01-01T00:00:00.000Z' },
    { verb, agent: ana, relatedAgents: true, activity: course, until: '2030-01-01T00:00:00.000Z' },
  ];
  for (const filter of filters) {
    for (const ascending of [true, false]) {
      const plan = planQuery(
        { ...filter, ascending, limit: 10, after: ascending ? 0 : 2 },
        (kind, value) => {
          const row = term.get(kind, value) as { id: number } | undefined;
          return row?.id ?? 999_999;
        },
        (side, stored) => (side === 'since' ? (stored < '2027' ? 1 : undefined) : 1),
      )!;
      const steps = (db.prepare(`EXPLAIN QUERY PLAN ${plan.sql}`).all(...plan.params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      expect(steps, JSON.stringify(filter)).toContain('MERGE (UNION)');
      expect(steps, JSON.stringify(filter)).not.toContain('TEMP B-TREE');
      // Every arm reads a seq range, from the paging cursor or the time bound to the other end (since/until are
      // turned into seq bounds), never from the newest statement down to the bound.
      const ranges = steps.split(' | ').filter((d) => /^SEARCH t USING PRIMARY KEY|statements_refs/.test(d));
      expect(ranges.length, JSON.stringify(filter)).toBeGreaterThanOrEqual(2);
      for (const range of ranges) expect(range, JSON.stringify(filter)).toMatch(/seq>\? AND seq<\?/);
    }
  }
  db.close();
});

test('the filter rows kept in memory are rebuilt from the stored statements when the file is reopened', () => {
  const file = join(dir, 'recent.sqlite');
  const ana = agentKey(agent('ana'))!;
  const anaIds = (storage: ReturnType<typeof openSqliteStorage>) =>
    storage.queryStatements({ limit: 10, agent: ana, ascending: true }).statements.map((s) => s.id);
  const first = openSqliteStorage(file, { mergeStatements: 3 });
  const sent = prepared(...Array.from({ length: 5 }, () => statement({ actor: agent('ana') })));
  for (const st of sent) first.insertStatements([st]);
  first.close();
  const merged = () => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT count(*) AS n FROM statement_terms').get() as { n: number };
    const state = db.prepare('SELECT merged FROM index_state').get() as { merged: number };
    db.close();
    return { rows: rows.n, merged: state.merged };
  };
  // 3 statements merged (4 rows each: agent, activity, verb, authority), the last 2 only in memory then.
  expect(merged()).toEqual({ rows: 12, merged: 3 });
  const again = openSqliteStorage(file, { mergeStatements: 3 });
  expect(anaIds(again)).toEqual(sent.map((s) => s.id));
  const [sixth] = prepared(statement({ actor: agent('ana') }));
  again.insertStatements([sixth!]);
  again.close();
  expect(merged()).toEqual({ rows: 24, merged: 6 });
  const third = openSqliteStorage(file);
  expect(anaIds(third)).toEqual([...sent, sixth!].map((s) => s.id));
  third.close();
});

test('a file of schema 2 (UNIQUE id, every filter row in statement_terms) is migrated: all count as merged', () => {
  const file = join(dir, 'schema-2.sqlite');
  const old = new Database(file);
  old.exec(`
    CREATE TABLE statements (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stored TEXT NOT NULL,
      fingerprint TEXT NOT NULL, voids TEXT, ref_target TEXT, json TEXT NOT NULL);
    CREATE TABLE terms (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value));
    CREATE TABLE statement_terms (term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)) WITHOUT ROWID;
    PRAGMA user_version = 2;`);
  const sent = prepared(statement({ actor: agent('ana') }), statement({ actor: agent('bob') }));
  const insert = old.prepare('INSERT INTO statements (id, stored, fingerprint, json) VALUES (?, ?, ?, ?)');
  const insertTerm = old.prepare('INSERT OR IGNORE INTO terms (kind, value) VALUES (?, ?)');
  const insertRow = old.prepare(
    'INSERT OR IGNORE INTO statement_terms SELECT id, ? FROM terms WHERE kind = ? AND value = ?',
  );
  for (const st of sent) {
    const fingerprint = statementFingerprint(st.statement, st.lrsTimestamp);
    const seq = insert.run(st.id, st.stored, fingerprint, JSON.stringify(st.statement)).lastInsertRowid;
    for (const e of st.index) {
      insertTerm.run(e.kind, e.value);
      insertRow.run(seq, e.kind, e.value);
    }
  }
  old.close();

  const storage = openSqliteStorage(file);
  const ids = (name: string) =>
    storage.queryStatements({ limit: 10, agent: agentKey(agent(name))! }).statements.map((s) => s.id);
  expect(ids('ana')).toEqual([sent[0]!.id]);
  expect(ids('bob')).toEqual([sent[1]!.id]);
  expect(storage.getStatement(sent[1]!.id)?.statement.id).toBe(sent[1]!.id);
  // Sent again: found by its id (same statement, nothing stored), not stored twice.
  expect(storage.insertStatements([sent[0]!])).toEqual({ ok: true, inserted: [] });
  expect(storage.stats().statements).toBe(2);
  storage.close();
  const again = new Database(file, { readonly: true });
  expect(again.pragma('user_version', { simple: true })).toBe(3);
  expect(again.prepare('SELECT merged FROM index_state').get()).toEqual({ merged: 2 });
  // The ids' keys: the 16 bytes of each UUID.
  expect(again.prepare('SELECT hex(id_key) AS key FROM statement_ids ORDER BY seq').all()).toEqual(
    sent.map((s) => ({ key: s.id.replace(/-/g, '').toUpperCase() })),
  );
  const names = again
    .prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'statements' ORDER BY name")
    .all();
  expect(names).toEqual(
    ['statements', 'statements_ref_target', 'statements_refs', 'statements_stored', 'statements_voids'].map(
      (name) => ({ name }),
    ),
  );
  again.close();
});

test('a transaction that fails midway leaves no index row of its statements (the recent tables are rebuilt)', () => {
  const storage = openSqliteStorage(join(dir, 'failed.sqlite'));
  const ana = agentKey(agent('ana'))!;
  const [kept, lost, broken] = prepared(
    statement({ actor: agent('ana') }),
    statement({ actor: agent('ana') }),
    statement({ actor: agent('ana') }),
  );
  storage.insertStatements([kept!]);
  // JSON.stringify throws on a BigInt: the group fails in its second batch, after the first batch's rows were
  // added to the recent tables (without a rebuild, the re-insert below would collide with them).
  (broken!.statement as Record<string, unknown>).extensions = 1n;
  expect(() => storage.insertStatementBatches([[lost!], [broken!]])).toThrow(/BigInt/);
  expect(storage.getStatement(lost!.id)).toBeUndefined();
  const ids = () => storage.queryStatements({ limit: 10, agent: ana }).statements.map((s) => s.id);
  expect(ids()).toEqual([kept!.id]);
  expect(storage.insertStatements([lost!])).toEqual({ ok: true, inserted: [lost!.id] });
  expect(ids()).toEqual([lost!.id, kept!.id]);
  storage.close();
});
