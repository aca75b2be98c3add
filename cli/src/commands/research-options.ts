import { formatProgress, type FetchProgress, type LrsConnection, type StatementQuery } from '@dlis/analytics';
import { processIo, type CliIo } from '../io.ts';
import { UsageError } from '../usage-error.ts';

/** Options shared by `dlis report` and `dlis export`. */
export interface LrsCommandOptions {
  lrs?: string;
  auth?: string;
  activity?: string;
  since?: string;
  until?: string;
  registration?: string;
  pageSize?: number;
  quiet?: boolean;
}

/**
 * The LRS from `--lrs`/`--auth`, else DLIS_LRS_URL/DLIS_LRS_AUTH. Credentials written into the URL
 * (`https://key:secret@host/xapi`) are moved to the Authorization header. Never prints them.
 */
export function resolveConnection(options: LrsCommandOptions, env: NodeJS.ProcessEnv): LrsConnection {
  const raw = options.lrs ?? env.DLIS_LRS_URL;
  if (raw === undefined || raw === '') {
    throw new UsageError('no LRS given: add --lrs https://lrs.example.org/xapi (or set DLIS_LRS_URL).');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(
      '--lrs must be an http(s) URL of the xAPI endpoint, e.g. http://127.0.0.1:8085/xapi.',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--lrs must be an http(s) URL, got a ${url.protocol} URL.`);
  }
  let auth = options.auth ?? env.DLIS_LRS_AUTH;
  if (url.username !== '') {
    auth ??= `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    url.username = '';
    url.password = '';
  }
  if (auth !== undefined && !/^basic /i.test(auth) && !auth.includes(':')) {
    throw new UsageError('--auth (or DLIS_LRS_AUTH) must be KEY:SECRET.');
  }
  return { endpoint: url.toString().replace(/\/+$/, ''), ...(auth ? { auth } : {}) };
}

/** The filters; dates accept `2026-03-01` or a full ISO 8601 timestamp and are sent as UTC ISO timestamps. */
export function resolveQuery(options: LrsCommandOptions): StatementQuery {
  const date = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(ms)) {
      throw new UsageError(`--${name} must be a date (2026-03-01) or an ISO 8601 timestamp, got "${value}".`);
    }
    return new Date(ms).toISOString();
  };
  if (options.activity !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(options.activity)) {
    throw new UsageError(`--activity must be an activity IRI (https://…), got "${options.activity}".`);
  }
  const since = date('since', options.since);
  const until = date('until', options.until);
  if (since !== undefined && until !== undefined && since >= until) {
    throw new UsageError(`--since (${since}) must be before --until (${until}).`);
  }
  return {
    ...(options.activity !== undefined ? { activity: options.activity } : {}),
    ...(options.registration !== undefined ? { registration: options.registration } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(options.pageSize !== undefined ? { limit: options.pageSize } : {}),
  };
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal; otherwise a plain line at most every 5 s and at the
 * end. Silent with --quiet.
 */
export function progressPrinter(io: CliIo, quiet: boolean | undefined): (p: FetchProgress) => void {
  if (quiet) return () => {};
  const tty = io === processIo && process.stderr.isTTY === true;
  let last = -Infinity;
  return (p) => {
    if (tty) {
      process.stderr.write(`\r${formatProgress(p, true)}\u001b[K${p.done ? '\n' : ''}`);
      return;
    }
    if (p.done || p.note !== undefined || p.elapsedMs - last >= 5000) {
      last = p.elapsedMs;
      io.err(formatProgress(p, false));
    }
  };
}
