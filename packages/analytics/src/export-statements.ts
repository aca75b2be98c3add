import { open, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { formatCsv } from '@dlis/agility';
import type { JsonObject } from '@dlis/xapi-profile';
import { AnalyticsError, AnalyticsErrorCode } from './analytics-error.ts';
import { FetchMeter, type FetchProgress } from './fetch-progress.ts';
import {
  redactUrl,
  statementPages,
  type LrsConnection,
  type StatementPage,
  type StatementQuery,
} from './lrs-client.ts';

export const ExportFormat = { ndjson: 'ndjson', csv: 'csv' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

export interface ExportOptions {
  connection: LrsConnection;
  query: StatementQuery;
  format: ExportFormat;
  /** Output file. Without it, `write` receives the text (no resume then). */
  out?: string;
  write?: (chunk: string) => void | Promise<void>;
  /** Continue an interrupted export of the same query into `out` from its checkpoint (`<out>.checkpoint.json`). */
  resume?: boolean;
  onProgress?: (progress: FetchProgress) => void;
}

export interface ExportResult {
  statements: number;
  pages: number;
  /** Whether the export continued from a checkpoint. */
  resumed: boolean;
  /** Whether the resume fell back to a `since` query because the LRS refused the saved `more` link. */
  fellBack: boolean;
}

/** Saved after every page written: where to continue, and how many bytes of `out` are complete. */
interface Checkpoint {
  version: 1;
  /** Identifies the query (endpoint without credentials, filters, format), so a resume never mixes two exports. */
  query: string;
  next: string;
  bytes: number;
  statements: number;
  pages: number;
  /**
   * Greatest `stored` written so far, and the ids written with a `stored` within 1 ms of it: where a `since` query
   * continues when the LRS no longer accepts `next` (absent when the export cannot continue that way safely).
   */
  tail?: { lastStored: string; ids: string[] };
}

/** Columns of the CSV export: the usual fields flattened, and the full statement as JSON in the last column. */
export const EXPORT_CSV_COLUMNS = [
  'id',
  'timestamp',
  'stored',
  'actor',
  'verb',
  'object',
  'registration',
  'response',
  'score_scaled',
  'success',
  'completion',
  'duration',
  'statement',
] as const;

/**
 * Streams the raw statements of a query to NDJSON (one statement per line) or CSV, one page in memory at a time.
 * With `out`, a checkpoint is written after every page and removed at the end; with `resume`, the output is cut
 * back to the last complete page and the export continues from the saved `more` link. When the LRS refuses that
 * link (HTTP 400, 404 or 410: expired or unknown, as `more` links may be short-lived), the export continues with
 * the same query from the last `stored` timestamp written (`since` 1 ms before it, statements already written
 * skipped by id); that is safe because the pages come oldest first (`ascending=true`), which the export checks
 * while writing: a checkpoint saved after statements out of `stored` order has no tail, and then the refusal is
 * an error.
 */
export async function exportStatements(options: ExportOptions): Promise<ExportResult> {
  const { connection, query, format } = options;
  const queryId = JSON.stringify({ endpoint: redactUrl(connection.endpoint), ...query, format });
  const checkpointPath = options.out === undefined ? undefined : `${options.out}.checkpoint.json`;
  let checkpoint: Checkpoint | undefined;
  if (options.resume && checkpointPath !== undefined)
    checkpoint = await readCheckpoint(checkpointPath, queryId);

  let file: FileHandle | undefined;
  let bytes = checkpoint?.bytes ?? 0;
  if (options.out !== undefined) {
    if (checkpoint === undefined) {
      file = await open(options.out, 'w');
    } else {
      try {
        file = await open(options.out, 'r+');
      } catch {
        throw new AnalyticsError(
          AnalyticsErrorCode.checkpoint,
          `the checkpoint ${checkpointPath} continues ${options.out}, which is missing; drop --resume to start again.`,
        );
      }
      await file.truncate(checkpoint.bytes);
    }
  }
  const write = async (text: string) => {
    if (text === '') return;
    if (file !== undefined) {
      const buffer = Buffer.from(text, 'utf8');
      await file.write(buffer, 0, buffer.length, bytes);
      bytes += buffer.length;
    } else await options.write?.(text);
  };

  const meter = new FetchMeter(options.onProgress, checkpoint);
  const noting = meter.noting(connection);
  let fellBack = false;
  try {
    if (checkpoint === undefined && format === ExportFormat.csv)
      await write(formatCsv([[...EXPORT_CSV_COLUMNS]]));
    const tail = new Tail(checkpoint?.tail);
    const source =
      checkpoint === undefined
        ? statementPages(noting, query)
        : resumedPages(noting, query, checkpoint, (note) => {
            fellBack = true;
            meter.report(false, note);
          });
    for await (const page of source) {
      await write(
        format === ExportFormat.csv
          ? formatCsv(page.statements.map(csvRow))
          : page.statements.map((s) => `${JSON.stringify(s)}\n`).join(''),
      );
      meter.count(page.statements.length);
      tail.add(page.statements);
      if (checkpointPath !== undefined && file !== undefined) {
        if (page.more === null) await rm(checkpointPath, { force: true });
        else {
          await file.sync();
          await saveCheckpoint(checkpointPath, {
            version: 1,
            query: queryId,
            next: page.more,
            bytes,
            statements: meter.statements,
            pages: meter.pages,
            ...(tail.value() ? { tail: tail.value() } : {}),
          });
        }
      }
      meter.report(false);
    }
  } finally {
    await file?.close();
  }
  meter.report(true);
  return { statements: meter.statements, pages: meter.pages, resumed: checkpoint !== undefined, fellBack };
}

/**
 * The pages after a checkpoint: from its `more` link, or, when the LRS refuses that link as expired or unknown,
 * from a `since` query at the checkpoint's tail without the statements already written.
 */
async function* resumedPages(
  connection: LrsConnection,
  query: StatementQuery,
  checkpoint: Checkpoint,
  onFallBack: (note: string) => void,
): AsyncGenerator<StatementPage> {
  const saved = statementPages(connection, query, checkpoint.next);
  let first: IteratorResult<StatementPage>;
  try {
    first = await saved.next();
  } catch (error) {
    const refused =
      error instanceof AnalyticsError &&
      error.code === AnalyticsErrorCode.lrsRequest &&
      [400, 404, 410].includes(error.status ?? 0);
    if (!refused) throw error;
    if (checkpoint.tail === undefined) {
      throw new AnalyticsError(
        AnalyticsErrorCode.checkpoint,
        `${error.message} The saved position cannot be rebuilt from this checkpoint (no stored timestamp, or statements out of order); drop --resume to export again from the beginning.`,
        error.status,
      );
    }
    const since = new Date(Date.parse(checkpoint.tail.lastStored) - 1).toISOString();
    onFallBack(
      `the LRS refused the saved more link (HTTP ${error.status}); continuing from stored ${checkpoint.tail.lastStored}`,
    );
    const written = new Set(checkpoint.tail.ids);
    const later = query.since !== undefined && Date.parse(query.since) > Date.parse(since);
    for await (const page of statementPages(connection, { ...query, since: later ? query.since : since })) {
      yield { ...page, statements: page.statements.filter((s) => !written.has(String(s.id))) };
    }
    return;
  }
  if (first.done) return;
  yield first.value;
  yield* saved;
}

/**
 * The last `stored` timestamp written and the ids written within 1 ms of it (bounded by how many statements share
 * a millisecond). Becomes unusable for good when a statement has no `stored` or comes before the previous one.
 */
class Tail {
  private readonly ids: Map<string, number>;
  private last: number;
  private lastText: string | undefined;
  private broken: boolean;

  constructor(saved?: { lastStored: string; ids: string[] }) {
    this.last = saved ? Date.parse(saved.lastStored) : -Infinity;
    this.lastText = saved?.lastStored;
    this.ids = new Map((saved?.ids ?? []).map((id) => [id, this.last]));
    this.broken = false;
  }

  add(statements: readonly JsonObject[]): void {
    for (const s of statements) {
      const at = typeof s.stored === 'string' ? Date.parse(s.stored) : NaN;
      if (this.broken || Number.isNaN(at) || at < this.last || typeof s.id !== 'string') {
        this.broken = true;
        return;
      }
      if (at > this.last) {
        this.last = at;
        this.lastText = s.stored as string;
        for (const [id, t] of this.ids) if (t < at - 1) this.ids.delete(id);
      }
      this.ids.set(s.id, at);
    }
  }

  value(): { lastStored: string; ids: string[] } | undefined {
    if (this.broken || this.lastText === undefined) return undefined;
    return { lastStored: this.lastText, ids: [...this.ids.keys()] };
  }
}

async function readCheckpoint(path: string, queryId: string): Promise<Checkpoint | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined; // nothing to resume: start from the beginning
  }
  let parsed: Checkpoint;
  try {
    parsed = JSON.parse(text) as Checkpoint;
  } catch {
    throw new AnalyticsError(
      AnalyticsErrorCode.checkpoint,
      `the checkpoint ${path} is not valid JSON; delete it to start the export again from the beginning.`,
    );
  }
  if (parsed.version !== 1 || typeof parsed.next !== 'string' || typeof parsed.bytes !== 'number') {
    throw new AnalyticsError(
      AnalyticsErrorCode.checkpoint,
      `the checkpoint ${path} is not one dlis export wrote; delete it to start again.`,
    );
  }
  if (parsed.query !== queryId) {
    throw new AnalyticsError(
      AnalyticsErrorCode.checkpoint,
      `the checkpoint ${path} belongs to another export (other LRS, filters or format); run the same command as before, or drop --resume to start again.`,
    );
  }
  return parsed;
}

/** Written beside, then renamed: a crash leaves the previous checkpoint or the new one, never half of one. */
async function saveCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const temp = `${path}.tmp`;
  await writeFile(temp, JSON.stringify(checkpoint));
  await rename(temp, path);
}

function csvRow(s: JsonObject): string[] {
  const result = (s.result ?? {}) as JsonObject;
  const score = (result.score ?? {}) as JsonObject;
  const context = (s.context ?? {}) as JsonObject;
  const cell = (v: unknown) =>
    v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return [
    cell(s.id),
    cell(s.timestamp),
    cell(s.stored),
    cell(s.actor),
    cell((s.verb as JsonObject | undefined)?.id),
    cell((s.object as JsonObject | undefined)?.id),
    cell(context.registration),
    cell(result.response),
    cell(score.scaled),
    cell(result.success),
    cell(result.completion),
    cell(result.duration),
    JSON.stringify(s),
  ];
}
