import { createMemoryStorage } from './store/memory-storage.ts';
import { openSqliteStorage } from './store/sqlite-storage.ts';
import type { LrsStorage } from './store/lrs-storage.ts';

/** Default database file, relative to the working directory. */
export const DEFAULT_LRS_DB = '.dlis/lrs.sqlite';

/** Picks the storage from options (the one factory: changing the backend touches only this function). */
export function openLrsStorage(options: { db?: string; memory?: boolean }): LrsStorage {
  return options.memory ? createMemoryStorage() : openSqliteStorage(options.db ?? DEFAULT_LRS_DB);
}
