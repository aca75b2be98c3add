import {
  RELATED_AGENT_KINDS,
  type DocumentKind,
  type IndexEntry,
  type InsertOutcome,
  type KeyRecord,
  type LrsStorage,
  type PreparedStatement,
  type StatementFilter,
  type StatementJsonPage,
  type StatementPage,
  type StatementQuery,
  type StoredDocument,
  type StoredStatement,
} from './lrs-storage.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { mergeActivity } from './activity-definitions.ts';
import { statementFingerprint } from '../prepare-statement.ts';

interface Row extends PreparedStatement {
  seq: number;
}

/** In-memory storage for tests and `dlis lrs serve --memory`. Same semantics as the SQLite storage. */
export function createMemoryStorage(): LrsStorage {
  const rows: Row[] = [];
  const byId = new Map<string, Row>();
  /** id of voided statement → true, when a voiding statement exists for it. */
  const voidingTargets = new Set<string>();
  const documents = new Map<string, StoredDocument & { kind: DocumentKind; scope: string; id: string }>();
  const activities = new Map<string, JsonObject>();
  const keys = new Map<string, KeyRecord>();
  const names = new Map<string, Set<string>>();
  const attachments = new Map<string, { contentType: string; content: Buffer }>();
  const docKey = (kind: DocumentKind, scope: string, id: string) => JSON.stringify([kind, scope, id]);

  /** Sequence numbers of the statements of each index term (`kind value`), ascending; and of StatementRefs. */
  const postings = new Map<string, number[]>();
  const refs: number[] = [];

  /**
   * Sequence numbers that may match the query, from its cursor on, in its order: those of the driving filter's
   * terms (registration, else agent, activity, verb) and the StatementRefs, merged; every statement when no filter
   * is set. A page reads about its own size of candidates, as the SQLite storage does.
   */
  function* candidates(q: StatementQuery): Generator<number> {
    const ascending = q.ascending === true;
    const after = q.after ?? (ascending ? 0 : Number.MAX_SAFE_INTEGER);
    const driver = (
      [
        [['registration'], q.registration],
        [q.relatedAgents ? RELATED_AGENT_KINDS : ['agent'], q.agent],
        [q.relatedActivities ? ['activity', 'relatedActivity'] : ['activity'], q.activity],
        [['verb'], q.verb],
      ] as const
    ).find(([, value]) => value !== undefined);
    if (driver === undefined) {
      if (ascending) for (let seq = after + 1; seq <= rows.length; seq++) yield seq;
      else for (let seq = Math.min(after - 1, rows.length); seq >= 1; seq--) yield seq;
      return;
    }
    const lists = [...driver[0].map((kind) => postings.get(`${kind} ${driver[1]}`) ?? []), refs];
    // Position of each list's first entry past the cursor (binary search), then a k-way merge without repeats.
    const at = lists.map((list) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! <= after) lo = mid + 1;
        else hi = mid;
      }
      return ascending ? lo : list[lo - 1] === after ? lo - 2 : lo - 1;
    });
    let previous: number | undefined;
    for (;;) {
      let best = -1;
      for (let i = 0; i < lists.length; i++) {
        const seq = lists[i]![at[i]!];
        if (seq === undefined) continue;
        const current = best < 0 ? undefined : lists[best]![at[best]!]!;
        if (current === undefined || (ascending ? seq < current : seq > current)) best = i;
      }
      if (best < 0) return;
      const seq = lists[best]![at[best]!]!;
      at[best] = at[best]! + (ascending ? 1 : -1);
      if (seq !== previous) yield seq;
      previous = seq;
    }
  }

  const isVoided = (row: Row) => row.voids === undefined && voidingTargets.has(row.id);

  const direct = (row: Row, f: StatementFilter) => {
    const has = (kinds: readonly IndexEntry['kind'][], value: string | undefined) =>
      value === undefined || row.index.some((e) => kinds.includes(e.kind) && e.value === value);
    return (
      has(f.relatedAgents ? RELATED_AGENT_KINDS : ['agent'], f.agent) &&
      has(['verb'], f.verb) &&
      has(f.relatedActivities ? ['activity', 'relatedActivity'] : ['activity'], f.activity) &&
      has(['registration'], f.registration)
    );
  };
  const matches = (row: Row, f: StatementFilter, depth = 0): boolean => {
    if (direct(row, f)) return true;
    const target = row.refTarget === undefined ? undefined : byId.get(row.refTarget);
    return target !== undefined && depth < 100 && matches(target, f, depth + 1);
  };

  const storage: LrsStorage = {
    insertStatementBatches: (batches) => batches.map((b) => storage.insertStatements(b)),
    insertStatements(batch: readonly PreparedStatement[]): InsertOutcome {
      for (const st of batch) {
        const existing = byId.get(st.id);
        if (
          existing &&
          statementFingerprint(existing.statement, existing.lrsTimestamp) !==
            statementFingerprint(st.statement, st.lrsTimestamp)
        )
          return { ok: false, conflictId: st.id };
      }
      const inserted: string[] = [];
      for (const st of batch) {
        if (byId.has(st.id)) continue;
        const row = { ...st, seq: rows.length + 1 };
        rows.push(row);
        byId.set(st.id, row);
        for (const term of new Set(st.index.map((e) => `${e.kind} ${e.value}`))) {
          let list = postings.get(term);
          if (!list) postings.set(term, (list = []));
          list.push(row.seq);
        }
        if (st.refTarget !== undefined) refs.push(row.seq);
        if (st.voids !== undefined) voidingTargets.add(st.voids);
        for (const n of st.names) {
          if (!names.has(n.agent)) names.set(n.agent, new Set());
          names.get(n.agent)!.add(n.name);
        }
        for (const update of st.activities ?? []) {
          const merged = mergeActivity(activities.get(update.id), update);
          if (merged) activities.set(update.id, structuredClone(merged));
        }
        inserted.push(st.id);
      }
      return { ok: true, inserted };
    },

    getStatement(id: string): StoredStatement | undefined {
      const row = byId.get(id);
      return row && { statement: structuredClone(row.statement), voided: isVoided(row) };
    },

    queryStatements(q: StatementQuery): StatementPage {
      const out: Row[] = [];
      let more = false;
      for (const seq of candidates(q)) {
        const row = rows[seq - 1]!;
        if (isVoided(row)) continue;
        if (q.since !== undefined && !(row.stored > q.since)) continue;
        if (q.until !== undefined && !(row.stored <= q.until)) continue;
        if (
          q.authority !== undefined &&
          !row.index.some((e) => e.kind === 'authority' && e.value === q.authority)
        ) {
          continue;
        }
        if (!matches(row, q)) continue;
        if (out.length === q.limit) {
          more = true;
          break;
        }
        out.push(row);
      }
      return { statements: out.map((r) => structuredClone(r.statement)), last: out.at(-1)?.seq, more };
    },

    queryStatementJson(q: StatementQuery): StatementJsonPage {
      const { statements, last, more } = storage.queryStatements(q);
      return { json: statements.map((s) => JSON.stringify(s)), last, more };
    },

    agentNames: (agent) => [...(names.get(agent) ?? [])].sort(),

    getDocument: (kind, scope, id) => {
      const doc = documents.get(docKey(kind, scope, id));
      return (
        doc && { content: doc.content, contentType: doc.contentType, etag: doc.etag, updated: doc.updated }
      );
    },
    putDocument: (kind, scope, id, doc) =>
      void documents.set(docKey(kind, scope, id), { ...doc, kind, scope, id }),
    deleteDocument: (kind, scope, id) => void documents.delete(docKey(kind, scope, id)),
    listDocumentIds: (kind, scope, since) =>
      [...documents.values()]
        .filter((d) => d.kind === kind && d.scope === scope && (since === undefined || d.updated > since))
        .map((d) => d.id),
    deleteDocuments: (kind, scope) => {
      for (const [k, d] of documents) if (d.kind === kind && d.scope === scope) documents.delete(k);
    },

    getActivity: (id) => structuredClone(activities.get(id)),
    putActivity: (id, activity) => void activities.set(id, structuredClone(activity)),

    putAttachment: (sha2, contentType, content) =>
      void attachments.set(sha2.toLowerCase(), { contentType, content }),
    getAttachment: (sha2) => attachments.get(sha2.toLowerCase()),

    putKey: (record) => void keys.set(record.key, { ...record, scopes: [...record.scopes] }),
    getKey: (key) => {
      const k = keys.get(key);
      return k && { ...k, scopes: [...k.scopes] };
    },
    listKeys: () => [...keys.values()].map((k) => ({ ...k, scopes: [...k.scopes] })),

    lastStored: () => rows.at(-1)?.stored,
    stats: () => ({
      statements: rows.length,
      voided: rows.filter(isVoided).length,
      documents: documents.size,
      activities: activities.size,
      keys: keys.size,
      firstStored: rows[0]?.stored,
      lastStored: rows.at(-1)?.stored,
    }),
    // Nothing to share: the store lives in this process.
    claimWriter: () => undefined,
    close: () => undefined,
  };
  return storage;
}
