import type { InsertOutcome, LrsStorage, PreparedStatement } from '../store/lrs-storage.ts';

/** Stores a batch of statements; resolves once it is committed (or refused), never before. */
export type InsertBatch = (batch: readonly PreparedStatement[]) => Promise<InsertOutcome>;

/**
 * Group commit: the batches of requests that arrive in the same turn of the event loop are stored in one
 * transaction (each batch keeps its own all-or-nothing outcome), then every request is answered. One commit per
 * group instead of per request writes each touched index page once; an answer still waits for its commit, so an
 * acknowledged statement is on disk (the kill -9 guarantee is unchanged).
 */
export function createGroupCommit(storage: LrsStorage): InsertBatch {
  let queue: {
    batch: readonly PreparedStatement[];
    resolve: (outcome: InsertOutcome) => void;
    reject: (error: unknown) => void;
  }[] = [];
  const flush = () => {
    const pending = queue;
    queue = [];
    let outcomes: InsertOutcome[];
    try {
      outcomes = storage.insertStatementBatches(pending.map((p) => p.batch));
    } catch (error) {
      for (const p of pending) p.reject(error);
      return;
    }
    pending.forEach((p, i) => p.resolve(outcomes[i]!));
  };
  return (batch) =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ batch, resolve, reject });
    });
}
