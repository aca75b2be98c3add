import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LrsError } from '../lrs-error.ts';
import { agentNames, statementFingerprint, statementIndex } from '../prepare-statement.ts';
import { NOT_VOIDED, planQuery, type StoredBound } from './sqlite-query.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { createActivityMemo, mergeActivity } from './activity-definitions.ts';
import {
  INDEX_SCHEMA,
  MERGE_STATEMENTS,
  openStatementIndexes,
  idKey,
  idKeySql,
  seqOfIdKey,
  type StatementIndexes,
} from './sqlite-indexes.ts';
import { createWriterLease, WRITER_SCHEMA } from './sqlite-writer-lease.ts';
import type {
  ActivityUpdate,
  InsertOutcome,
  KeyRecord,
  LrsStorage,
  PreparedStatement,
  StatementJsonPage,
  StatementPage,
  StatementQuery,
  StoredDocument,
} from './lrs-storage.ts';

/**
 * seq: rowid, increasing since rows are never deleted. id: indexed by statement_ids (sqlite-indexes.ts), not by a
 * UNIQUE constraint, which wrote a random page of its index per statement.
 */
const statementsTable = (name: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  stored TEXT NOT NULL,
  fingerprint TEXT NOT NULL, -- LRS_TIMESTAMP or '' (64-hex hash in rows written before)
  voids TEXT,
  ref_target TEXT,
  json TEXT NOT NULL
);`;

type IdKey = ReturnType<typeof idKey>;

const SCHEMA = `
${statementsTable('statements')}
CREATE INDEX IF NOT EXISTS statements_stored ON statements (stored);
CREATE INDEX IF NOT EXISTS statements_voids ON statements (voids) WHERE voids IS NOT NULL;
CREATE INDEX IF NOT EXISTS statements_ref_target ON statements (ref_target) WHERE ref_target IS NOT NULL;
-- The StatementRef statements in stored order, so a filtered query pages through them from its cursor.
CREATE INDEX IF NOT EXISTS statements_refs ON statements (seq) WHERE ref_target IS NOT NULL;
-- Names seen with each Agent (by IFI, agentKey) in stored statements, for the Agents resource.
CREATE TABLE IF NOT EXISTS agent_names (agent TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (agent, name))
  WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  kind TEXT NOT NULL, scope TEXT NOT NULL, id TEXT NOT NULL,
  content BLOB NOT NULL, content_type TEXT NOT NULL, etag TEXT NOT NULL, updated TEXT NOT NULL,
  PRIMARY KEY (kind, scope, id)
);
CREATE TABLE IF NOT EXISTS attachments (sha2 TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS activities (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keys (
  key TEXT PRIMARY KEY, name TEXT NOT NULL, scopes TEXT NOT NULL, salt TEXT NOT NULL, hash TEXT NOT NULL,
  created TEXT NOT NULL, revoked TEXT
);
`;

/**
 * The `fingerprint` column: LRS_TIMESTAMP when the LRS set the statement's timestamp, else ''. The fingerprint
 * itself is computed from the stored JSON only when the same id is sent again (files written before hold the
 * 64-hex hash, still compared as is).
 */
const LRS_TIMESTAMP = 't';
const storedFingerprint = (row: { fingerprint: string; json: string }) =>
  row.fingerprint.length === 64
    ? row.fingerprint
    : statementFingerprint(JSON.parse(row.json) as JsonObject, row.fingerprint === LRS_TIMESTAMP);

/** WAL pages between two automatic checkpoints (SQLite's default is 1,000). */
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * Opens (creating if needed) the SQLite storage in one file, or in memory for `:memory:`.
 *
 * Durability: WAL with `synchronous=NORMAL`. A commit is written to the WAL file before the write is acknowledged,
 * so an acknowledged statement survives kill -9 of the process (the OS has the WAL pages; tested by killing the
 * server). The WAL is fsynced at checkpoints, not at every commit: a power loss or OS crash can lose the commits
 * since the last checkpoint (at most WAL_CHECKPOINT_PAGES pages, about 40 MB of WAL: a few seconds of heavy
 * traffic), never corrupt the file. FULL fsynced at every commit, which cost a disk flush per group commit.
 */
export function openSqliteStorage(
  file: string,
  options: {
    /** Statements indexed in memory between merges (tests use a few). */ mergeStatements?: number;
  } = {},
): LrsStorage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  let indexes: StatementIndexes;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // 48 MiB of page cache (better-sqlite3 builds in 16 MB): holds statement_ids (25 MiB at 1 M statements, probed
    // for every new id) and the pages the merges write; 64 MiB kept the server's peak RSS above 300 MB at 1 M.
    db.pragma('cache_size = -49152');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Checkpoint every 10,000 WAL pages (~40 MB) instead of 1,000: a page rewritten by several group commits is
    // copied into the file once per checkpoint (+7 to +19 % on inserts at 200,000 statements).
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('temp_store = MEMORY');
    db.exec(SCHEMA + INDEX_SCHEMA + WRITER_SCHEMA);
    migrate(db);
    db.exec(SCHEMA);
    indexes = openStatementIndexes(db, options.mergeStatements ?? MERGE_STATEMENTS);
  } catch (error) {
    throw new LrsError('storage', `Cannot open the LRS database "${file}": ${(error as Error).message}.`, {
      cause: error,
    });
  }

  const selectById = db.prepare<[IdKey, IdKey], { fingerprint: string; json: string }>(
    `SELECT fingerprint, json FROM statements WHERE seq = ${seqOfIdKey('?')}`,
  );
  const insertStatement = db.prepare(
    'INSERT INTO statements (id, stored, fingerprint, voids, ref_target, json) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertName = db.prepare('INSERT OR IGNORE INTO agent_names (agent, name) VALUES (?, ?)');
  const getStatement = db.prepare<[IdKey, IdKey], { json: string; voided: number }>(
    `SELECT json, NOT ${NOT_VOIDED} AS voided FROM statements s WHERE seq = ${seqOfIdKey('?')}`,
  );

  const termId = indexes.termId;
  const seenNames = new Set<string>();
  const activityMemo = createActivityMemo();
  const selectActivity = db.prepare<[string], { json: string }>('SELECT json FROM activities WHERE id = ?');
  const upsertActivity = db.prepare(
    'INSERT INTO activities (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
  );
  const recordActivity = (update: ActivityUpdate) => {
    if (activityMemo.known(update)) return;
    const row = selectActivity.get(update.id);
    const merged = mergeActivity(row && (JSON.parse(row.json) as JsonObject), update);
    if (merged) upsertActivity.run(update.id, JSON.stringify(merged));
    activityMemo.remember(update);
  };

  // One batch's all-or-nothing outcome, inside the caller's transaction. Every id is checked before anything is
  // written, so a refused batch writes nothing and no savepoint is needed: a savepoint copies each page it touches
  // into a sub-journal, which doubled the writes of a group commit.
  let newestSeq = 0;
  const insertBatch = (batch: readonly PreparedStatement[]): InsertOutcome => {
    const stored = new Set<string>();
    for (const st of batch) {
      const key = idKey(st.id);
      const existing = selectById.get(key, key);
      if (!existing) continue;
      if (storedFingerprint(existing) !== statementFingerprint(st.statement, st.lrsTimestamp))
        return { ok: false, conflictId: st.id };
      stored.add(st.id);
    }
    const inserted: string[] = [];
    const termRows: [number, number][] = [];
    const idRows: [string, number][] = [];
    for (const st of batch) {
      if (stored.has(st.id)) continue;
      const { lastInsertRowid } = insertStatement.run(
        st.id,
        st.stored,
        st.lrsTimestamp ? LRS_TIMESTAMP : '',
        st.voids ?? null,
        st.refTarget ?? null,
        JSON.stringify(st.statement),
      );
      const seq = Number(lastInsertRowid);
      newestSeq = seq;
      idRows.push([st.id, seq]);
      for (const e of st.index) termRows.push([termId(e.kind, e.value, true)!, seq]);
      for (const n of st.names) {
        const key = `${n.agent} ${n.name}`;
        if (seenNames.has(key)) continue;
        insertName.run(n.agent, n.name);
        if (seenNames.size >= 100_000) seenNames.clear();
        seenNames.add(key);
      }
      for (const update of st.activities ?? []) recordActivity(update);
      inserted.push(st.id);
    }
    indexes.add(idRows, termRows);
    return { ok: true, inserted };
  };
  // One process stores statements in a file (its latest index rows are in its memory): taken at the first write.
  const lease = createWriterLease(db, file);
  const insertOneBatch = db.transaction((batch: readonly PreparedStatement[]) => {
    lease.claim();
    const outcome = insertBatch(batch);
    indexes.mergeIfDue(newestSeq);
    return outcome;
  });
  const insertBatches = db.transaction((batches: readonly (readonly PreparedStatement[])[]) => {
    lease.claim();
    const outcomes = batches.map(insertBatch);
    indexes.mergeIfDue(newestSeq);
    return outcomes;
  });
  const guarded = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      indexes.reset();
      seenNames.clear();
      activityMemo.clear();
      throw error;
    }
  };

  const queryCache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let st = queryCache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      queryCache.set(sql, st);
    }
    return st;
  };

  // The stored text is JSON.stringify of the stored statement: GET statements sends it as is.
  const firstAfter = db.prepare<[string], { seq: number }>(
    'SELECT seq FROM statements INDEXED BY statements_stored WHERE stored > ? ORDER BY stored, seq LIMIT 1',
  );
  const lastAtOrBefore = db.prepare<[string], { seq: number }>(
    'SELECT seq FROM statements INDEXED BY statements_stored WHERE stored <= ? ORDER BY stored DESC, seq DESC LIMIT 1',
  );
  const storedBound: StoredBound = (side, stored) =>
    (side === 'since' ? firstAfter : lastAtOrBefore).get(stored)?.seq;
  const lastStored = db.prepare<[], { stored: string }>(
    'SELECT stored FROM statements ORDER BY seq DESC LIMIT 1',
  );

  const queryStatementJson = (q: StatementQuery): StatementJsonPage => {
    const plan = planQuery(q, (kind, value) => termId(kind, value, false), storedBound);
    if (plan === undefined) return { json: [], last: undefined, more: false };
    const rows = prepared(plan.sql).all(...plan.params) as { seq: number; json: string }[];
    const page = rows.slice(0, q.limit);
    return { json: page.map((r) => r.json), last: page.at(-1)?.seq, more: rows.length > q.limit };
  };

  return {
    insertStatements: (batch) => guarded(() => insertOneBatch.immediate(batch)),
    insertStatementBatches: (batches) => guarded(() => insertBatches.immediate(batches)),

    getStatement(id) {
      const key = idKey(id);
      const row = getStatement.get(key, key);
      return row && { statement: JSON.parse(row.json) as JsonObject, voided: row.voided === 1 };
    },

    queryStatements(q: StatementQuery): StatementPage {
      const { json, last, more } = queryStatementJson(q);
      return { statements: json.map((text) => JSON.parse(text) as JsonObject), last, more };
    },
    queryStatementJson,

    agentNames(agent) {
      return (
        prepared('SELECT name FROM agent_names WHERE agent = ? ORDER BY name').all(agent) as {
          name: string;
        }[]
      ).map((r) => r.name);
    },

    getDocument(kind, scope, id) {
      const row = prepared(
        'SELECT content, content_type, etag, updated FROM documents WHERE kind = ? AND scope = ? AND id = ?',
      ).get(kind, scope, id) as
        { content: Buffer; content_type: string; etag: string; updated: string } | undefined;
      return (
        row && { content: row.content, contentType: row.content_type, etag: row.etag, updated: row.updated }
      );
    },
    putDocument(kind, scope, id, doc: StoredDocument) {
      prepared(
        `INSERT INTO documents (kind, scope, id, content, content_type, etag, updated) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (kind, scope, id) DO UPDATE SET content = excluded.content,
           content_type = excluded.content_type, etag = excluded.etag, updated = excluded.updated`,
      ).run(kind, scope, id, doc.content, doc.contentType, doc.etag, doc.updated);
    },
    deleteDocument(kind, scope, id) {
      prepared('DELETE FROM documents WHERE kind = ? AND scope = ? AND id = ?').run(kind, scope, id);
    },
    listDocumentIds(kind, scope, since) {
      const rows = (
        since === undefined
          ? prepared('SELECT id FROM documents WHERE kind = ? AND scope = ? ORDER BY id').all(kind, scope)
          : prepared('SELECT id FROM documents WHERE kind = ? AND scope = ? AND updated > ? ORDER BY id').all(
              kind,
              scope,
              since,
            )
      ) as { id: string }[];
      return rows.map((r) => r.id);
    },
    deleteDocuments(kind, scope) {
      prepared('DELETE FROM documents WHERE kind = ? AND scope = ?').run(kind, scope);
    },

    getActivity(id) {
      const row = prepared('SELECT json FROM activities WHERE id = ?').get(id) as
        { json: string } | undefined;
      return row && (JSON.parse(row.json) as JsonObject);
    },
    putActivity(id, activity) {
      prepared(
        'INSERT INTO activities (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json',
      ).run(id, JSON.stringify(activity));
    },

    putAttachment(sha2, contentType, content) {
      prepared('INSERT OR IGNORE INTO attachments (sha2, content_type, content) VALUES (?, ?, ?)').run(
        sha2.toLowerCase(),
        contentType,
        content,
      );
    },
    getAttachment(sha2) {
      const row = prepared('SELECT content_type, content FROM attachments WHERE sha2 = ?').get(
        sha2.toLowerCase(),
      ) as { content_type: string; content: Buffer } | undefined;
      return row && { contentType: row.content_type, content: row.content };
    },

    putKey(k: KeyRecord) {
      prepared(
        `INSERT INTO keys (key, name, scopes, salt, hash, created, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, scopes = excluded.scopes, revoked = excluded.revoked`,
      ).run(k.key, k.name, JSON.stringify(k.scopes), k.salt, k.hash, k.created, k.revoked ?? null);
    },
    getKey(key) {
      const row = prepared('SELECT * FROM keys WHERE key = ?').get(key) as KeyRow | undefined;
      return row && toKey(row);
    },
    listKeys: () => (prepared('SELECT * FROM keys ORDER BY created, key').all() as KeyRow[]).map(toKey),

    stats() {
      const one = (sql: string) => (prepared(sql).get() as { n: number | string | null }).n;
      return {
        statements: Number(one('SELECT count(*) AS n FROM statements')),
        voided: Number(one(`SELECT count(*) AS n FROM statements s WHERE NOT ${NOT_VOIDED}`)),
        documents: Number(one('SELECT count(*) AS n FROM documents')),
        activities: Number(one('SELECT count(*) AS n FROM activities')),
        keys: Number(one('SELECT count(*) AS n FROM keys')),
        firstStored: (one('SELECT min(stored) AS n FROM statements') as string | null) ?? undefined,
        lastStored: (one('SELECT max(stored) AS n FROM statements') as string | null) ?? undefined,
      };
    },
    lastStored: () => lastStored.get()?.stored,
    claimWriter: () => db.transaction(() => lease.claim()).immediate(),
    close: () => {
      lease.release();
      db.close();
    },
  };
}

/**
 * Schema version in `PRAGMA user_version`. 2: integer filter terms, agent names. 3: the filter rows of the latest
 * statements are kept in memory and merged into the file in bulk (index_state); ids are indexed by statement_ids.
 */
const SCHEMA_VERSION = 3;

/**
 * Brings a file made by an earlier version to SCHEMA_VERSION, in one transaction: the filter index of schema 1
 * (text keys) is rebuilt as terms from the stored statements; up to schema 2 every statement has its rows in
 * statement_terms, so all of them count as merged.
 */
function migrate(db: Database.Database): void {
  if ((db.pragma('user_version', { simple: true }) as number) >= SCHEMA_VERSION) return;
  db.transaction(() => {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'statement_index'").get()) {
      db.exec('DROP TABLE statement_index');
      const insertTerm = db.prepare('INSERT OR IGNORE INTO terms (kind, value) VALUES (?, ?)');
      const insertStatementTerm = db.prepare(
        'INSERT OR IGNORE INTO statement_terms (term, seq) SELECT id, ? FROM terms WHERE kind = ? AND value = ?',
      );
      const insertName = db.prepare('INSERT OR IGNORE INTO agent_names (agent, name) VALUES (?, ?)');
      const page = db.prepare<[number], { seq: number; json: string }>(
        'SELECT seq, json FROM statements WHERE seq > ? ORDER BY seq LIMIT 1000',
      );
      for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)!.seq)) {
        for (const row of rows) {
          const statement = JSON.parse(row.json) as JsonObject;
          for (const e of statementIndex(statement)) {
            insertTerm.run(e.kind, e.value);
            insertStatementTerm.run(row.seq, e.kind, e.value);
          }
          for (const n of agentNames(statement)) insertName.run(n.agent, n.name);
        }
      }
    }
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_statements_1'").get()) {
      // The UNIQUE constraint on id cannot be dropped: the table is copied without it (its indexes are made again
      // by SCHEMA after the migration).
      db.exec(`${statementsTable('statements_3')}
        INSERT INTO statements_3 (seq, id, stored, fingerprint, voids, ref_target, json)
          SELECT seq, id, stored, fingerprint, voids, ref_target, json FROM statements ORDER BY seq;
        DROP TABLE statements;
        ALTER TABLE statements_3 RENAME TO statements;
        INSERT INTO statement_ids (id_key, seq) SELECT ${idKeySql('id')}, seq FROM statements ORDER BY 1;`);
    }
    db.exec(
      'INSERT OR IGNORE INTO index_state (one, merged) SELECT 1, coalesce(max(seq), 0) FROM statements',
    );
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

interface KeyRow {
  key: string;
  name: string;
  scopes: string;
  salt: string;
  hash: string;
  created: string;
  revoked: string | null;
}

function toKey(row: KeyRow): KeyRecord {
  return { ...row, scopes: JSON.parse(row.scopes) as string[], revoked: row.revoked ?? undefined };
}
