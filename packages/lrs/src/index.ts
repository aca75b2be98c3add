export { createLrsApp, type LrsApp, type InjectRequest, type InjectResponse } from './http/create-lrs-app.ts';
export { resolveLrsConfig, type LrsUserConfig, type ResolvedLrsConfig } from './http/lrs-config.ts';
export { serveLrs, type RunningLrs } from './serve-lrs.ts';
export { openLrsStorage, DEFAULT_LRS_DB } from './open-lrs-storage.ts';
export { openSqliteStorage } from './store/sqlite-storage.ts';
export { createMemoryStorage } from './store/memory-storage.ts';
export type {
  LrsStorage,
  LrsStats,
  StatementStore,
  DocumentStore,
  ActivityStore,
  KeyStore,
  KeyRecord,
  PreparedStatement,
  StatementQuery,
  StatementPage,
  StatementJsonPage,
  StoredDocument,
  DocumentKind,
} from './store/lrs-storage.ts';
export { createLrsKey, listLrsKeys, revokeLrsKey, type LrsKeyInfo } from './auth/lrs-keys.ts';
export { LRS_SCOPES, type LrsScope } from './auth/lrs-scopes.ts';
export { checkStatement } from './check-statement.ts';
export { prepareStatement, statementFingerprint, withStored } from './prepare-statement.ts';
export { parseXapiVersion, XAPI_VERSIONS, type XapiVersion } from './xapi-version.ts';
export { LrsError, LRS_ERRORS, type LrsErrorCode } from './lrs-error.ts';
