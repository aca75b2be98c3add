import type { JsonObject } from '@dlis/xapi-profile';

/**
 * What one statement contributes to the query filters. `relatedAgent` and `relatedActivity` hold only what the
 * related_agents / related_activities filters add to `agent` and `activity` (1.0.3 Part Three §2.1.3), so those
 * filters match either kind.
 */
export type IndexKind =
  'agent' | 'relatedAgent' | 'activity' | 'relatedActivity' | 'verb' | 'registration' | 'authority';
/** The kinds the `agent` filter matches with related_agents=true (the Authority is indexed only as `authority`). */
export const RELATED_AGENT_KINDS: readonly IndexKind[] = ['agent', 'relatedAgent', 'authority'];

export interface IndexEntry {
  readonly kind: IndexKind;
  readonly value: string;
}

export interface AgentName {
  readonly agent: string;
  readonly name: string;
}

/** An Activity named by a statement, merged into the Activities resource when the statement is stored. */
export interface ActivityUpdate {
  readonly id: string;
  /** The definition to adopt (only for keys with the `define` scope); undefined only makes the Activity known. */
  readonly definition: JsonObject | undefined;
}

/** A statement ready to store: complete (id, stored, authority, version set) and indexed. */
export interface PreparedStatement {
  readonly id: string;
  readonly statement: JsonObject;
  /** The LRS set `timestamp` to `stored` (the statement came without one): statementFingerprint leaves it out. */
  readonly lrsTimestamp: boolean;
  stored: string;
  readonly index: readonly IndexEntry[];
  /** Names given to Agents and identified Groups in the statement, by agentKey (Agents resource). */
  readonly names: readonly AgentName[];
  /** Id of the statement this one voids, when it is a voiding statement. */
  readonly voids: string | undefined;
  /** Id of the statement its object references (StatementRef, including voiding). */
  readonly refTarget: string | undefined;
  /** Activities to merge in the same transaction when the statement is inserted (none when absent). */
  activities?: readonly ActivityUpdate[];
}

export type InsertOutcome = { ok: true; inserted: string[] } | { ok: false; conflictId: string };

export interface StatementFilter {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedAgents?: boolean;
  relatedActivities?: boolean;
  /** Only statements stored strictly after / at or before these UTC ISO timestamps. */
  since?: string;
  until?: string;
  /** statements/read/mine: only statements whose authority has this key. */
  authority?: string;
  ascending?: boolean;
}

export interface StatementQuery extends StatementFilter {
  /** At most this many statements (≥ 1). */
  limit: number;
  /** Paging cursor: continue after this storage sequence number. */
  after?: number;
}

export interface StatementPage {
  statements: JsonObject[];
  /** Sequence number of the last statement returned, to continue from. */
  last: number | undefined;
  more: boolean;
}

/** A page of statements as their stored JSON text (the `exact` format), for responses that need no parsing. */
export interface StatementJsonPage {
  json: string[];
  last: number | undefined;
  more: boolean;
}

/** A statement as stored, with whether a voiding statement targets it. */
export interface StoredStatement {
  statement: JsonObject;
  voided: boolean;
}

/** Statements resource storage (1.0.3 Part Three §2.1). Every method is atomic. */
export interface StatementStore {
  /** Stores the batch in one transaction; nothing is stored if any id exists with other content (statementFingerprint). */
  insertStatements(batch: readonly PreparedStatement[]): InsertOutcome;
  /**
   * Several batches in one transaction (group commit), in order; each has its own outcome as if stored alone.
   * Throws (storing nothing) on a storage failure.
   */
  insertStatementBatches(batches: readonly (readonly PreparedStatement[])[]): InsertOutcome[];
  getStatement(id: string): StoredStatement | undefined;
  /**
   * Non-voided statements matching the filter, in stored order. A statement whose object is a StatementRef also
   * matches when its target matches (1.0.3 Part Three §2.1.3 "Filter Conditions for StatementRefs").
   */
  queryStatements(query: StatementQuery): StatementPage;
  /** The same page as queryStatements, each statement as its JSON text: GET statements serves it unparsed. */
  queryStatementJson(query: StatementQuery): StatementJsonPage;
  /** Every name seen with this agentKey in stored statements, sorted (Agents resource). */
  agentNames(agent: string): string[];
}

export type DocumentKind = 'state' | 'activityProfile' | 'agentProfile';

export interface StoredDocument {
  content: Buffer;
  contentType: string;
  /** Quoted strong ETag (RFC 7232). */
  etag: string;
  /** UTC ISO timestamp of the last write. */
  updated: string;
}

/** State, Activity Profile and Agent Profile documents, addressed by kind + scope key + document id. */
export interface DocumentStore {
  getDocument(kind: DocumentKind, scope: string, id: string): StoredDocument | undefined;
  putDocument(kind: DocumentKind, scope: string, id: string, doc: StoredDocument): void;
  deleteDocument(kind: DocumentKind, scope: string, id: string): void;
  /** Ids in the scope, optionally only those updated after `since` (UTC ISO). */
  listDocumentIds(kind: DocumentKind, scope: string, since?: string): string[];
  deleteDocuments(kind: DocumentKind, scope: string): void;
}

/** Canonical Activity definitions gathered from statements (Activities resource). */
export interface ActivityStore {
  getActivity(id: string): JsonObject | undefined;
  putActivity(id: string, activity: JsonObject): void;
}

/** Attachment content, addressed by its SHA-2 (hex), shared by every statement that references it. */
export interface AttachmentStore {
  putAttachment(sha2: string, contentType: string, content: Buffer): void;
  getAttachment(sha2: string): { contentType: string; content: Buffer } | undefined;
}

export interface KeyRecord {
  key: string;
  name: string;
  scopes: string[];
  /** scrypt parameters and output, hex. */
  salt: string;
  hash: string;
  created: string;
  revoked: string | undefined;
}

export interface KeyStore {
  putKey(record: KeyRecord): void;
  getKey(key: string): KeyRecord | undefined;
  listKeys(): KeyRecord[];
}

export interface LrsStats {
  statements: number;
  voided: number;
  documents: number;
  activities: number;
  keys: number;
  firstStored: string | undefined;
  lastStored: string | undefined;
}

/** Everything the LRS stores. SQLite and in-memory implementations pass one contract suite. */
export interface LrsStorage extends StatementStore, DocumentStore, ActivityStore, AttachmentStore, KeyStore {
  stats(): LrsStats;
  /** `stored` of the newest statement (cheap: read at start so stored times never go backwards). */
  lastStored(): string | undefined;
  /**
   * Makes this process the one that stores statements (`dlis lrs serve` calls it at start, and the first write
   * does): throws an LrsError when another live process already stores statements in the same file.
   */
  claimWriter(): void;
  close(): void;
}
