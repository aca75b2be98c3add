/** Permanent codes of what can go wrong while the durable queue sends statements (docs/tracking.md). */
export const QUEUE_PROBLEM_CODES = {
  /** No answer, 408, 429 or 5xx: statements are kept and retried with back-off. */
  unreachable: 'XAPI_E_UNREACHABLE',
  /** Another 4xx (401 wrong key, 403 scope, 400, 404…): statements are kept, automatic sending stops. */
  rejected: 'XAPI_E_REJECTED',
  /** 409 for a single statement: its id is already stored in the LRS, so it is not sent again. */
  conflict: 'XAPI_E_CONFLICT',
  /** Storage refused a write (quota, disabled): statements are kept in memory only, until a write works. */
  storage: 'XAPI_E_STORAGE',
  /** The queue holds `maxStatements`: new statements are refused (never the oldest dropped). */
  full: 'XAPI_E_FULL',
} as const;

export type QueueProblemCode = (typeof QUEUE_PROBLEM_CODES)[keyof typeof QUEUE_PROBLEM_CODES];

export interface QueueProblem {
  code: QueueProblemCode;
  /** What happened, for logs and support (never credentials). */
  detail: string;
  /** HTTP status, when the LRS answered. */
  status?: number;
}

/**
 * - `idle`: nothing to send, or sending is scheduled;
 * - `sending`: one request is in flight;
 * - `waiting`: the last attempt failed and a retry is scheduled (`retryInMs`);
 * - `blocked`: the LRS refused one of this session's statements for good (or only refused statements of earlier
 *   sessions are left); statements stay until `flush()` is called again (e.g. next session).
 */
export type QueueState = 'idle' | 'sending' | 'waiting' | 'blocked';

/** A snapshot of the queue, given to `onStatus` listeners after every change. */
export interface QueueStatus {
  state: QueueState;
  /** Statements not yet acknowledged by the LRS. */
  pending: number;
  /** False while storage refuses writes: pending statements would be lost by a reload. */
  durable: boolean;
  /** True while the queue holds `maxStatements` and refuses new ones. */
  full: boolean;
  /** Failed attempts in a row (0 after a success). */
  failures: number;
  /** Delay before the next retry, in milliseconds, when `state` is `waiting`. */
  retryInMs?: number;
  /** The last sending problem (cleared by a success); storage and capacity problems are in `storage`/`full`. */
  error?: QueueProblem;
  /** Why the queue is not durable, while `durable` is false. */
  storageError?: QueueProblem;
  /** Ids the LRS answered 409 for when sent alone: already stored, so dropped from the queue. */
  conflicts: readonly string[];
  /**
   * Ids of statements of an earlier session the LRS refused for good (a 4xx, sent alone) while it accepted
   * newer ones: dropped from the queue, so that they do not block this session (docs/tracking.md, "Queue").
   */
  rejected: readonly string[];
}

/** The status of reporting refused before any queue could send (a session that cannot open): blocked, for good. */
export function refusedStatus(detail: string): QueueStatus {
  return {
    state: 'blocked',
    pending: 0,
    durable: true,
    full: false,
    failures: 1,
    conflicts: [],
    rejected: [],
    error: { code: QUEUE_PROBLEM_CODES.rejected, detail },
  };
}
