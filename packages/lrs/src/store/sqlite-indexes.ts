import type Database from 'better-sqlite3';
import type { JsonObject } from '@dlis/xapi-profile';
import { statementIndex } from '../prepare-statement.ts';

/**
 * The two indexes every stored statement adds to: its id, and its filter terms. Each (kind, value) of IndexEntry is
 * a term with a small integer id (integer keys keep the index far smaller than text keys); statement_terms lists
 * the statements of each term in stored order. index_state.merged: the statements up to this seq are in
 * statement_ids and statement_terms; the later ones are in recent_ids and recent_terms (RECENT_SCHEMA), in memory,
 * rebuilt from their rows when the file is opened.
 */
export const INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS statement_ids (id_key PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS terms (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value)
);
CREATE TABLE IF NOT EXISTS statement_terms (
  term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS index_state (one INTEGER PRIMARY KEY CHECK (one = 1), merged INTEGER NOT NULL);
`;

/**
 * The index rows of the statements stored since the last merge, in the connection's temporary database (in memory
 * with temp_store = MEMORY): writing them costs no WAL page. Every lookup reads both (seqOfId, sqlite-query.ts).
 */
export const RECENT_SCHEMA = `
CREATE TEMP TABLE IF NOT EXISTS recent_ids (id_key PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE IF NOT EXISTS recent_terms (
  term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)
) WITHOUT ROWID;
`;

/**
 * Key of a statement id in statement_ids: the 16 bytes of a UUID in canonical form (lowercase, as the LRS stores
 * ids), half the size of its text, so the index has half the pages to write and keep in cache; any other id as is
 * (text never equals a blob).
 */
export function idKey(id: string): Buffer | string {
  return UUID.test(id) ? Buffer.from(id.replace(/-/g, ''), 'hex') : id;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_GLOB = [8, 4, 4, 4, 12].map((n) => '[0-9a-f]'.repeat(n)).join('-');
/** idKey in SQL, of the SQL expression `id`. */
export const idKeySql = (id: string) =>
  `CASE WHEN ${id} GLOB '${UUID_GLOB}' THEN unhex(${id}, '-') ELSE ${id} END`;

/** SQL of the seq of the statement whose id key (idKey) is the SQL expression `key` (NULL when none). */
export const seqOfIdKey = (key: string) =>
  `coalesce((SELECT seq FROM temp.recent_ids WHERE id_key = ${key}), (SELECT seq FROM main.statement_ids WHERE id_key = ${key}))`;

/**
 * Statements indexed in memory before their rows move to the file. Why: ids are random and each term's rows go
 * after its last one (a page per registration, per agent …), so writing a group commit's rows straight to the file
 * wrote one or more scattered pages per statement to the WAL, more as the file grew. Moved in one sorted insert every
 * MERGE_STATEMENTS statements, each page is written once per merge instead. The cost: up to this many statements
 * re-indexed from their JSON when the file is opened (48,000 took 1.8 s of CPU), and their rows in memory (about
 * 10 MB).
 */
export const MERGE_STATEMENTS = 50_000;

/** Rows per multi-row INSERT (2 parameters each, far below SQLite's 32,766). */
const ROWS_PER_INSERT = 100;

export interface StatementIndexes {
  /** Id of the term (kind, value); creates it when `create`, else undefined when it was never stored. */
  termId(kind: string, value: string, create: boolean): number | undefined;
  /** Adds the rows of statements just inserted: [id, seq] and [term, seq] (inside the caller's transaction). Sorts them. */
  add(ids: [string, number][], terms: [number, number][]): void;
  /** Moves the recent rows into the file when MERGE_STATEMENTS statements have accumulated (same transaction). */
  mergeIfDue(lastSeq: number): void;
  /** Forgets what a rolled-back transaction may have left in memory. */
  reset(): void;
}

/** Opens the indexes of `db` (schema created and migrated): creates and fills the recent tables. */
export function openStatementIndexes(
  db: Database.Database,
  mergeStatements = MERGE_STATEMENTS,
): StatementIndexes {
  db.exec(RECENT_SCHEMA);
  const insertTerm = db.prepare<[string, string]>('INSERT INTO terms (kind, value) VALUES (?, ?)');
  const selectTerm = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM terms WHERE kind = ? AND value = ?',
  );
  const selectMerged = db.prepare<[], { merged: number }>('SELECT merged FROM index_state');
  const updateMerged = db.prepare<[number]>('UPDATE index_state SET merged = ?');
  // OR IGNORE (no row is ever a duplicate: ids are checked before, a statement's terms are distinct): a statement
  // that cannot abort midway needs no statement journal, which temp_store = MEMORY kept in memory, a copy of every
  // page the merge changed (+30 MB of RSS at 1 M statements).
  const merges = [
    'INSERT OR IGNORE INTO main.statement_ids (id_key, seq) SELECT id_key, seq FROM temp.recent_ids ORDER BY id_key',
    'INSERT OR IGNORE INTO main.statement_terms (term, seq) SELECT term, seq FROM temp.recent_terms ORDER BY term, seq',
    'DELETE FROM temp.recent_ids',
    'DELETE FROM temp.recent_terms',
  ].map((sql) => db.prepare(sql));

  // Term ids are immutable once committed; the cache is cleared when a transaction fails (its terms roll back).
  const termCache = new Map<string, number>();
  const termId = (kind: string, value: string, create: boolean): number | undefined => {
    const key = `${kind} ${value}`;
    let id = termCache.get(key);
    if (id === undefined) {
      id = selectTerm.get(kind, value)?.id;
      if (id === undefined && create) id = Number(insertTerm.run(kind, value).lastInsertRowid);
      if (id === undefined) return undefined;
      if (termCache.size >= 100_000) termCache.clear();
      termCache.set(key, id);
    }
    return id;
  };

  // Rows go in by multi-row INSERTs of up to ROWS_PER_INSERT rows, sorted: one execution per hundred rows.
  const inserts = new Map<string, Database.Statement>();
  const insertRows = (table: string, rows: [Buffer | string | number, number][]) => {
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      const chunk = rows.slice(from, from + ROWS_PER_INSERT);
      const key = `${table} ${chunk.length}`;
      let insert = inserts.get(key);
      if (!insert) {
        const values = Array.from({ length: chunk.length }, () => '(?, ?)').join(', ');
        insert = db.prepare(`INSERT OR IGNORE INTO ${table} VALUES ${values}`);
        inserts.set(key, insert);
      }
      insert.run(chunk.flat());
    }
  };
  const add = (ids: [string, number][], terms: [number, number][]) => {
    ids.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    terms.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    insertRows(
      'temp.recent_ids (id_key, seq)',
      ids.map(([id, seq]) => [idKey(id), seq]),
    );
    insertRows('temp.recent_terms (term, seq)', terms);
  };

  let merged = selectMerged.get()!.merged;
  const mergeIfDue = (lastSeq: number) => {
    if (lastSeq - merged < mergeStatements) return;
    for (const step of merges) step.run();
    updateMerged.run(lastSeq);
    merged = lastSeq;
  };

  // The statements after the last merge: their index rows were only in the memory of the process that stored them.
  // A read transaction (deferred): a process opening the file while the server runs does not hold up its writes.
  // Their terms were committed with them, so none is created here.
  db.transaction(() => {
    merged = selectMerged.get()!.merged;
    const page = db.prepare<[number], { seq: number; id: string; json: string }>(
      'SELECT seq, id, json FROM statements WHERE seq > ? ORDER BY seq LIMIT 1000',
    );
    for (let rows = page.all(merged); rows.length > 0; rows = page.all(rows.at(-1)!.seq)) {
      const terms: [number, number][] = [];
      for (const row of rows) {
        for (const e of statementIndex(JSON.parse(row.json) as JsonObject)) {
          const term = termId(e.kind, e.value, false);
          if (term !== undefined) terms.push([term, row.seq]);
        }
      }
      add(
        rows.map((row) => [row.id, row.seq]),
        terms,
      );
    }
  })();

  return {
    termId,
    add,
    mergeIfDue,
    reset() {
      termCache.clear();
      merged = selectMerged.get()!.merged;
    },
  };
}
