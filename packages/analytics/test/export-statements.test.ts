import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AnalyticsErrorCode,
  EXPORT_CSV_COLUMNS,
  ExportFormat,
  exportStatements,
  type ExportOptions,
} from '@dlis/analytics';
import { csvRows } from './support/csv-rows.ts';
import { QUESTIONNAIRE, respondentStatements } from './support/questionnaire-statements.ts';
import { startFaultProxy, startLrs, type LiveLrs } from './support/live-lrs.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

let live: LiveLrs;
let work: string;
let total = 0;
const fast = { retries: 1, baseDelayMs: 1, maxDelayMs: 2 };

beforeAll(async () => {
  live = await startLrs(10);
  work = await mkdtemp(join(tmpdir(), 'dlis-export-'));
  const statements = [0, 1, 2].flatMap((i) =>
    respondentStatements({ learner: `l${i}`, answers: uniformAnswers(50) }),
  );
  await live.post(statements);
  total = statements.length;
});
afterAll(async () => {
  await live.close();
  await rm(work, { recursive: true, force: true });
});

/** An NDJSON export of the questionnaire's statements into `out`, read through `endpoint` (a fault proxy). */
function ndjsonExport(endpoint: string, out: string) {
  return {
    connection: { endpoint, auth: live.auth, retry: fast },
    query: { activity: QUESTIONNAIRE },
    format: ExportFormat.ndjson,
    out,
  };
}

/** The first run, cut off by the proxy: fails as the LRS being unavailable. */
async function expectInterrupted(options: ExportOptions): Promise<void> {
  await expect(exportStatements(options)).rejects.toMatchObject({ code: AnalyticsErrorCode.lrsUnavailable });
}

/** `out` holds every statement exactly once, and the export removed its checkpoint. */
async function expectEveryStatementOnce(out: string): Promise<void> {
  const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
  expect(lines).toHaveLength(total);
  expect(new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id)).size).toBe(total);
  await expect(stat(`${out}.checkpoint.json`)).rejects.toThrow();
}

describe('exportStatements', () => {
  test('NDJSON: one statement per line, every statement once', async () => {
    const out = join(work, 'all.ndjson');
    const result = await exportStatements({
      connection: { endpoint: live.endpoint, auth: live.auth },
      query: { activity: QUESTIONNAIRE },
      format: 'ndjson',
      out,
    });
    expect(result).toMatchObject({ statements: total, resumed: false });
    await expectEveryStatementOnce(out);
  });

  test('CSV: header, one row per statement, the full statement in the last column', async () => {
    let text = '';
    await exportStatements({
      connection: { endpoint: live.endpoint, auth: live.auth },
      query: { activity: QUESTIONNAIRE },
      format: 'csv',
      write: (chunk) => void (text += chunk),
    });
    const rows = csvRows(text);
    expect(rows[0]).toEqual([...EXPORT_CSV_COLUMNS]);
    expect(rows).toHaveLength(total + 1);
    const last = rows[1]!;
    expect((JSON.parse(last[last.length - 1]!) as { id: string }).id).toBe(last[0]);
  });

  test('an interrupted export resumes from its checkpoint: nothing lost, nothing twice', async () => {
    const out = join(work, 'resumed.ndjson');
    // from the 3rd request on, the LRS (behind a fault proxy) fails until it is "repaired"
    let broken = true;
    const proxy = await startFaultProxy(live.endpoint, (n) => (broken && n >= 2 ? { status: 503 } : 'pass'));
    const common = ndjsonExport(proxy.endpoint, out);
    try {
      await expectInterrupted(common);
      const checkpoint = JSON.parse(await readFile(`${out}.checkpoint.json`, 'utf8')) as {
        statements: number;
      };
      expect(checkpoint.statements).toBe(20);
      expect(JSON.stringify(checkpoint)).not.toContain(live.auth.split(':')[1]!);
      // a page half-written when the process died is cut off on resume
      await appendFile(out, '{"partial":');

      // another LRS or other filters are another export: refused
      await expect(
        exportStatements({
          ...common,
          query: { activity: QUESTIONNAIRE, since: '2026-01-01T00:00:00Z' },
          resume: true,
        }),
      ).rejects.toMatchObject({ code: AnalyticsErrorCode.checkpoint });

      broken = false;
      const result = await exportStatements({ ...common, resume: true });
      expect(result).toMatchObject({ statements: total, resumed: true });
    } finally {
      await proxy.close();
    }
    await expectEveryStatementOnce(out);
  });

  test('resume with an expired more link: continues by stored time from the checkpoint, nothing lost or twice', async () => {
    const out = join(work, 'expired.ndjson');
    let broken = true;
    let expired = '';
    // First run: cut off after two pages. Resume: the saved more link is refused as an LRS does once it expired.
    const proxy = await startFaultProxy(live.endpoint, (n, url) =>
      broken && n >= 2
        ? { status: 503 }
        : url === expired
          ? { status: 400, body: '{"error":"more link expired"}' }
          : 'pass',
    );
    const notes: string[] = [];
    const common = ndjsonExport(proxy.endpoint, out);
    try {
      await expectInterrupted(common);
      const path = `${out}.checkpoint.json`;
      const saved = JSON.parse(await readFile(path, 'utf8')) as {
        next: string;
        tail?: { lastStored: string; ids: string[] };
      };
      expect(saved.tail?.ids.length).toBeGreaterThan(0);
      const next = new URL(saved.next);
      expired = next.pathname + next.search;
      broken = false;

      // Without a tail (an old checkpoint, or statements out of stored order) the refusal is an error.
      await writeFile(path, JSON.stringify({ ...saved, tail: undefined }));
      await expect(exportStatements({ ...common, resume: true })).rejects.toMatchObject({
        code: AnalyticsErrorCode.checkpoint,
        message: expect.stringMatching(/HTTP 400.*drop --resume/s),
      });
      await writeFile(path, JSON.stringify(saved));

      const result = await exportStatements({
        ...common,
        resume: true,
        onProgress: (p) => void (p.note && notes.push(p.note)),
      });
      expect(result).toMatchObject({ statements: total, resumed: true, fellBack: true });
    } finally {
      await proxy.close();
    }
    expect(notes.join('\n')).toMatch(/refused the saved more link \(HTTP 400\); continuing from stored/);
    await expectEveryStatementOnce(out);
  });
});
