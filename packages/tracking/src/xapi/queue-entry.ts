// One statement of the durable queue: what it reads of a statement, and how it keeps it.

/** The part of a statement the queue reads: its sender-made `id`, its `timestamp` (ISO 8601), its session. */
export interface QueueableStatement {
  id: string;
  timestamp?: string;
  verb?: { id?: string };
  context?: { extensions?: Record<string, unknown> };
}

/** The session id context extension (cmi5 9.6.3.1; every DLIS statement carries it). */
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const INITIALIZED = 'http://adlnet.gov/expapi/verbs/initialized';
const TERMINATED = 'http://adlnet.gov/expapi/verbs/terminated';

export interface Entry {
  id: string;
  /** Milliseconds since the epoch, from `timestamp`: the sending order. */
  time: number;
  /** The statement as JSON text, sent byte for byte the same on every retry. */
  json: string;
  /** UTF-8 size of `json`. */
  bytes: number;
  /** Its session id extension, when it has one. */
  session?: string;
  /**
   * `initialized`: sent in a request of its own, and nothing after it before it is acknowledged (an LMS judges
   * each statement against the session as it stood before the request: cmi5 7.1.1, 9.3.2).
   */
  alone?: true;
  /** `terminated`: sent only when no other request is in flight, so the LRS receives it last (cmi5 9.3.8). */
  last?: true;
}

const utf8 = new TextEncoder();

export function toEntry(statement: QueueableStatement): Entry {
  const json = JSON.stringify(statement);
  const session = statement.context?.extensions?.[SESSION_ID];
  return {
    id: statement.id,
    time: timeOf(statement.timestamp),
    json,
    bytes: utf8.encode(json).length,
    ...(typeof session === 'string' ? { session } : {}),
    ...(statement.verb?.id === INITIALIZED ? { alone: true as const } : {}),
    ...(statement.verb?.id === TERMINATED ? { last: true as const } : {}),
  };
}

/** Milliseconds of an ISO 8601 timestamp; a statement without a readable one sorts as "now". */
function timeOf(timestamp: string | undefined): number {
  const time = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
  return Number.isNaN(time) ? Date.now() : time;
}
