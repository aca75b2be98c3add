import type Database from 'better-sqlite3';
import { hostname } from 'node:os';
import { LrsError } from '../lrs-error.ts';

/** The process that stores statements in the file (one row at most). */
export const WRITER_SCHEMA = `
CREATE TABLE IF NOT EXISTS writer (one INTEGER PRIMARY KEY CHECK (one = 1), pid INTEGER NOT NULL, host TEXT NOT NULL);
`;

export interface WriterLease {
  /**
   * Makes this process the file's statement writer, or throws when another live process on this machine is. Call
   * inside a write transaction (BEGIN IMMEDIATE), so that two processes cannot both take it.
   */
  claim(): void;
  /** Gives the lease back (at close), if this process holds it. */
  release(): void;
}

/**
 * Why a lease: the index rows of the latest statements live in the writing process's memory until they are merged
 * (sqlite-indexes.ts), so a second process storing statements in the same file would not see the first one's
 * latest statements (duplicates let through, queries missing statements). A lease left by a process that died
 * (kill -9, power loss) is taken over; so is one written on another machine (a copied file).
 */
export function createWriterLease(db: Database.Database, file: string): WriterLease {
  const host = hostname();
  const read = db.prepare<[], { pid: number; host: string }>('SELECT pid, host FROM writer');
  const write = db.prepare('INSERT OR REPLACE INTO writer (one, pid, host) VALUES (1, ?, ?)');
  const remove = db.prepare('DELETE FROM writer WHERE pid = ? AND host = ?');
  let held = false;
  return {
    claim() {
      if (held) return;
      const current = read.get();
      if (current && current.host === host && current.pid !== process.pid && isAlive(current.pid)) {
        throw new LrsError(
          'storage',
          `The LRS database "${file}" is already used to store statements by another process (${current.pid}). ` +
            'Stop that `dlis lrs serve` first, or give this one its own file with --db.',
        );
      }
      write.run(process.pid, host);
      held = true;
    },
    release() {
      if (!held || !db.open) return;
      remove.run(process.pid, host);
      held = false;
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
