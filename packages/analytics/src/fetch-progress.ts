import type { LrsConnection } from './lrs-client.ts';

/** How far a fetch has got; passed to `onProgress` after every page and once at the end (`done`). */
export interface FetchProgress {
  statements: number;
  pages: number;
  /** Since the fetch started, in ms. */
  elapsedMs: number;
  done: boolean;
  /** Set while waiting to retry: `HTTP 503, retry 2 in 1.0 s`. */
  note?: string;
}

/**
 * Counts the statements and pages of one fetch and reports them to `onProgress` (internal to the package: the
 * report and the export share it). `from` continues the counts of an interrupted fetch.
 */
export class FetchMeter {
  statements: number;
  pages: number;
  private readonly started = Date.now();
  private readonly onProgress: ((progress: FetchProgress) => void) | undefined;

  constructor(onProgress?: (progress: FetchProgress) => void, from?: { statements: number; pages: number }) {
    this.onProgress = onProgress;
    this.statements = from?.statements ?? 0;
    this.pages = from?.pages ?? 0;
  }

  /** Counts one page of `statements`. */
  count(statements: number): void {
    this.statements += statements;
    this.pages++;
  }

  report(done: boolean, note?: string): void {
    this.onProgress?.({
      statements: this.statements,
      pages: this.pages,
      elapsedMs: Date.now() - this.started,
      done,
      ...(note ? { note } : {}),
    });
  }

  /** The connection, with every retry also reported as a progress note (`HTTP 503, retry 2 in 1.0 s`). */
  noting(connection: LrsConnection): LrsConnection {
    return {
      ...connection,
      onRetry: (e) => {
        connection.onRetry?.(e);
        this.report(false, `${e.reason}, retry ${e.attempt} in ${(e.delayMs / 1000).toFixed(1)} s`);
      },
    };
  }
}

/**
 * One line of progress. On a terminal (`tty`): a bar that the caller redraws in place with `\r`, with counts and
 * rate (`total` known only when the caller knows it); otherwise a plain line for logs. Never contains a URL or a
 * credential.
 */
export function formatProgress(p: FetchProgress, tty: boolean, total?: number): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(p.statements / seconds) : 0;
  const counts = `${p.statements.toLocaleString('en-US')} statements, ${p.pages} pages, ${rate.toLocaleString('en-US')}/s, ${seconds.toFixed(1)} s`;
  const note = p.note === undefined ? '' : ` (${p.note})`;
  if (!tty) return `${p.done ? 'done' : 'fetching'}: ${counts}${note}`;
  const width = 24;
  const share = total !== undefined && total > 0 ? Math.min(1, p.statements / total) : p.done ? 1 : undefined;
  const bar =
    share === undefined ? spinner(p.pages, width) : '#'.repeat(Math.round(share * width)).padEnd(width, '-');
  return `[${bar}] ${counts}${note}`;
}

/** A moving block for an unknown total (the Statements API does not say how many statements match). */
function spinner(step: number, width: number): string {
  const at = step % width;
  return '-'.repeat(at) + '###'.slice(0, Math.max(0, width - at)) + '-'.repeat(Math.max(0, width - at - 3));
}
