import type Database from 'better-sqlite3';
import type { JsonObject } from '@dlis/xapi-profile';
import { statementIndex } from '../prepare-statement.ts';

/**
 * Tables of the filter index. Each (kind, value) of IndexEntry is a term with a small integer id (integer keys keep
 * the index far smaller than text keys); statement_terms lists the statements of each term in stored order.
 * term_index_state.merged: the statements up to this seq have their rows in statement_terms; the later ones are
 * indexed in recent_terms (RECENT_TERMS_SCHEMA), in memory, rebuilt from their JSON when the file is opened.
 */
export const TERM_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS terms (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (kind, value)
);
CREATE TABLE IF NOT EXISTS statement_terms (
  term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_index_state (one INTEGER PRIMARY KEY CHECK (one = 1), merged INTEGER NOT NULL);
`;

/**
 * The index rows of the statements stored since the last merge, in the connection's temporary database (in memory
 * with temp_store = MEMORY): writing them costs no WAL page. Every query reads both tables (sqlite-query.ts).
 */
export const RECENT_TERMS_SCHEMA = `
CREATE TEMP TABLE IF NOT EXISTS recent_terms (
  term INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (term, seq)
) WITHOUT ROWID;
`;

/**
 * Statements indexed in memory before their rows move to statement_terms. Why: the rows of one group commit land on
 * the last page of each of its terms (a page per registration, per agent …), so writing them straight to the file
 * wrote a thousand or more scattered pages to the WAL per commit, more as the file grew. Moved in one sorted insert
 * every MERGE_STATEMENTS statements, each term's last page is written once per merge instead. The cost: up to this
 * many statements re-indexed from their JSON when the file is opened (about a second per 50,000), and their rows
 * in memory (about 10 MB).
 */
export const MERGE_STATEMENTS = 50_000;

/** Rows per multi-row INSERT (2 parameters each, far below SQLite's 32,766). */
const TERM_ROWS = 100;

export interface TermIndex {
  /** Id of the term (kind, value); creates it when `create`, else undefined when it was never stored. */
  termId(kind: string, value: string, create: boolean): number | undefined;
  /** Adds rows [term, seq] of statements just inserted (inside the caller's transaction). */
  add(rows: [number, number][]): void;
  /** Moves the recent rows to statement_terms when MERGE_STATEMENTS statements have accumulated (same transaction). */
  mergeIfDue(lastSeq: number): void;
  /** Forgets what a rolled-back transaction may have left in memory. */
  reset(): void;
}

/** Opens the filter index of `db` (schema created and migrated): creates and fills recent_terms. */
export function openTermIndex(db: Database.Database, mergeStatements = MERGE_STATEMENTS): TermIndex {
  db.exec(RECENT_TERMS_SCHEMA);
  const insertTerm = db.prepare<[string, string]>('INSERT INTO terms (kind, value) VALUES (?, ?)');
  const selectTerm = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM terms WHERE kind = ? AND value = ?',
  );
  const selectMerged = db.prepare<[], { merged: number }>('SELECT merged FROM term_index_state');
  const updateMerged = db.prepare<[number]>('UPDATE term_index_state SET merged = ?');
  const merge = db.prepare(
    'INSERT OR IGNORE INTO main.statement_terms (term, seq) SELECT term, seq FROM temp.recent_terms ORDER BY term, seq',
  );
  const clearRecent = db.prepare('DELETE FROM temp.recent_terms');

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

  // Rows go in by multi-row INSERTs of up to TERM_ROWS rows, sorted: one statement execution per hundred rows.
  const inserts = new Map<number, Database.Statement>();
  const add = (rows: [number, number][]) => {
    rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (let from = 0; from < rows.length; from += TERM_ROWS) {
      const chunk = rows.slice(from, from + TERM_ROWS);
      let insert = inserts.get(chunk.length);
      if (!insert) {
        const values = Array.from({ length: chunk.length }, () => '(?, ?)').join(', ');
        insert = db.prepare(`INSERT OR IGNORE INTO temp.recent_terms (term, seq) VALUES ${values}`);
        inserts.set(chunk.length, insert);
      }
      insert.run(chunk.flat());
    }
  };

  let merged = selectMerged.get()!.merged;
  const mergeIfDue = (lastSeq: number) => {
    if (lastSeq - merged < mergeStatements) return;
    merge.run();
    clearRecent.run();
    updateMerged.run(lastSeq);
    merged = lastSeq;
  };

  // The statements after the last merge: their rows were only in the memory of the process that stored them.
  db.transaction(() => {
    const page = db.prepare<[number], { seq: number; json: string }>(
      'SELECT seq, json FROM statements WHERE seq > ? ORDER BY seq LIMIT 1000',
    );
    for (let rows = page.all(merged); rows.length > 0; rows = page.all(rows.at(-1)!.seq)) {
      const termRows: [number, number][] = [];
      for (const row of rows) {
        for (const e of statementIndex(JSON.parse(row.json) as JsonObject))
          termRows.push([termId(e.kind, e.value, true)!, row.seq]);
      }
      add(termRows);
    }
  }).immediate();

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
