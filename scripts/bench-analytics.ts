// Analytics figures of `npm run bench` (issue 7): generates a realistic study into a `dlis lrs` SQLite file with
// the xapi-profile builders and the DLIS model, serves it, and times `dlis report` end to end in a child process
// (its own peak RSS and CPU time, and the server's). Figures only: nothing here fails on a slow machine.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dlisAgilityModel } from '@dlis/agility';
import {
  createLrsKey,
  openSqliteStorage,
  prepareStatement,
  serveLrs,
  withStored,
  type PreparedStatement,
} from '@dlis/lrs';
import type { JsonObject, Statement } from '@dlis/xapi-profile';
import {
  QUESTIONNAIRE,
  respondentStatements,
  seededRandom,
} from '../packages/analytics/test/support/questionnaire-statements.ts';

/** Respondents generated. 2,000 (≈ 114,000 statements) keeps `npm run bench` short; 20,000 is the issue's size. */
const RESPONDENTS = Number(process.env.DLIS_BENCH_ANALYTICS_RESPONDENTS ?? 2_000);
const root = fileURLToPath(new URL('..', import.meta.url));

function row(label: string, value: string, target: string, ok: boolean): void {
  console.log(
    `${label.padEnd(52)} ${value.padStart(22)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  );
}

/** A small seeded generator: uniform in [0, 1), and normal by Box–Muller. */
function rng(seed: number) {
  const bytes = seededRandom(seed);
  const buffer = new Uint8Array(4);
  const u = () => {
    bytes(buffer);
    return (((buffer[0]! << 24) | (buffer[1]! << 16) | (buffer[2]! << 8) | buffer[3]!) >>> 0) / 2 ** 32;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const pick = <T>(weighted: readonly (readonly [T, number])[]): T => {
    let x = u();
    for (const [value, weight] of weighted) if ((x -= weight) < 0) return value;
    return weighted[weighted.length - 1]![0];
  };
  return { u, normal, pick };
}

// Background answers use the option ids of courses/agility-index (BRIEF.md §3.6), so codebooks label them.
const COUNTRIES = [
  ['FR', 0.35],
  ['BE', 0.2],
  ['LU', 0.1],
  ['GR', 0.15],
  ['RO', 0.2],
] as const;
const ROLES = [
  ['social-worker', 0.35],
  ['specialised-educator', 0.25],
  ['cesf', 0.1],
  ['assistant-educator', 0.1],
  ['integration-adviser', 0.1],
  ['other', 0.1],
] as const;
const STATUS = [
  ['student', 0.45],
  ['professional', 0.45],
  ['trainer', 0.05],
  ['apprentice', 0.05],
] as const;
const AGES = [
  ['lt-21', 0.1],
  ['21-25', 0.3],
  ['26-35', 0.25],
  ['36-45', 0.15],
  ['46-55', 0.12],
  ['gt-55', 0.08],
] as const;

/** One respondent's statements: ability θ ~ N(0, 1) drives every answer; some N/A, some skipped; 90 % consent. */
function respondent(i: number): Statement[] {
  const r = rng(i + 1);
  const theta = r.normal();
  const country = r.pick(COUNTRIES);
  const answers: Record<string, number | string> = {};
  for (const item of dlisAgilityModel.items) {
    const x = r.u();
    if (x < 0.02) continue;
    if (x < 0.05 && item.notApplicableAllowed) {
      answers[item.id] = 'na';
      continue;
    }
    const level = Math.min(5, Math.max(1, Math.round(3 + theta + 0.8 * r.normal())));
    answers[item.id] = item.reverse ? 6 - level : level;
  }
  for (const scenario of dlisAgilityModel.scenarios) {
    if (scenario.countries !== undefined && !scenario.countries.includes(country)) continue;
    const correct = scenario.options.find((o) => o.credit === 100) ?? scenario.options[0]!;
    const right = r.u() < 1 / (1 + Math.exp(-theta));
    const others = scenario.options.filter((o) => o.id !== correct.id);
    answers[scenario.id] =
      right || others.length === 0 ? correct.id : others[Math.floor(r.u() * others.length)]!.id;
  }
  return respondentStatements({
    learner: `learner-${i}`,
    answers,
    consent: r.u() < 0.9,
    background: { Q1: country, Q2: r.pick(STATUS), Q4: r.pick(ROLES), Q8: r.pick(AGES) },
    completedAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000),
    // ids and registrations from the system generator: seeded streams of 20,000 respondents could overlap
    random: (bytes) => crypto.getRandomValues(bytes),
  });
}

/** Writes RESPONDENTS respondents' statements straight into the storage (prepared as the LRS does); returns the count. */
function generate(storage: ReturnType<typeof openSqliteStorage>): number {
  const authority = {
    objectType: 'Agent',
    account: { homePage: 'http://localhost/dlis-lrs', name: 'bench' },
  };
  const base = Date.UTC(2026, 2, 1);
  let statements = 0;
  let batch: PreparedStatement[] = [];
  for (let i = 0; i < RESPONDENTS; i++) {
    for (const s of respondent(i)) {
      const stored = new Date(base + statements).toISOString();
      batch.push(
        withStored(
          prepareStatement(s as unknown as JsonObject, { id: s.id, authority, version: '1.0.3' }),
          stored,
        ),
      );
      statements++;
    }
    if (batch.length >= 2000) {
      storage.insertStatementBatches([batch]);
      batch = [];
    }
  }
  if (batch.length > 0) storage.insertStatementBatches([batch]);
  return statements;
}

/**
 * Runs `dlis report` in a child process, as users run it: the compiled command (cli/bin/dlis.js, which compiles
 * cli/dist first when a source changed). A preloaded exit hook prints the child's own peak RSS (resourceUsage,
 * KB), CPU time and heap in use. Returns them with the wall time.
 */
function runReport(
  args: string[],
): Promise<{ ms: number; rssKb: number; cpuMs: number; heapBytes: number; code: number; stderr: string }> {
  const exitHook = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nmaxrss ' + u.maxRSS + ' cpu ' + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + ' heap ' + process.memoryUsage().heapUsed + '\\n'); });`;
  // DLIS_BENCH_ANALYTICS_CLI=FILE runs another build's command (a script taking dlis's arguments), to compare
  const bin = process.env.DLIS_BENCH_ANALYTICS_CLI ?? join(root, 'cli/bin/dlis.js');
  // compiled before the clock starts: a stale build recompiles at its first start
  spawnSync(process.execPath, [bin, '--version'], { cwd: root, stdio: 'ignore' });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // DLIS_BENCH_ANALYTICS_PROFILE=DIR writes the report process's CPU profile (node --cpu-prof) into DIR
    const profile = process.env.DLIS_BENCH_ANALYTICS_PROFILE;
    const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
    const hook = `data:text/javascript,${encodeURIComponent(exitHook)}`;
    const child = spawn(process.execPath, [...flags, '--import', hook, bin, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (exit) => {
      const [, rss = '0', cpu = '0', heap = '0'] = /maxrss (\d+) cpu (\d+) heap (\d+)/.exec(stderr) ?? [];
      resolve({
        ms: performance.now() - started,
        rssKb: Number(rss),
        cpuMs: Number(cpu),
        heapBytes: Number(heap),
        code: exit ?? 1,
        stderr,
      });
    });
  });
}

export async function benchAnalytics(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-bench-analytics-'));
  // DLIS_BENCH_ANALYTICS_DB=file keeps the generated database, and reuses it when it exists (repeat runs)
  const keep = process.env.DLIS_BENCH_ANALYTICS_DB;
  const db = keep ?? join(dir, 'lrs.sqlite');
  try {
    const reuse =
      keep !== undefined &&
      (await stat(keep).then(
        () => true,
        () => false,
      ));
    const genStart = performance.now();
    const storage = openSqliteStorage(db);
    const { key, secret } = createLrsKey(storage, { name: 'bench report', scopes: ['statements/read'] });
    let statements = reuse ? storage.stats().statements : 0;
    if (!reuse) statements = generate(storage);
    storage.close();
    const genMs = performance.now() - genStart;
    const dbBytes = (await stat(db)).size;

    const lrs = await serveLrs({ storage: openSqliteStorage(db), host: '127.0.0.1', port: 0 });
    try {
      const out = join(dir, 'report.html');
      // The realistic research query: the questionnaire activity with related activities, paged by the LRS.
      // DLIS_BENCH_ANALYTICS_ACTIVITY=0 leaves the filter out (the LRS holds only this study).
      const filtered = process.env.DLIS_BENCH_ANALYTICS_ACTIVITY !== '0';
      const serverCpu = process.cpuUsage();
      const result = await runReport([
        'report',
        '--lrs',
        lrs.endpoint,
        '--auth',
        `${key}:${secret}`,
        ...(filtered ? ['--activity', QUESTIONNAIRE] : []),
        '--by',
        'country,role',
        '--out',
        out,
        '--quiet',
      ]);
      const serverCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(serverCpu));
      if (result.code !== 0) throw new Error(`dlis report failed (exit ${result.code}):\n${result.stderr}`);
      const full = statements >= 1_000_000;
      console.log(
        `\nDLIS analytics bench — ${reuse ? 'existing database' : `${RESPONDENTS.toLocaleString('en-US')} respondents`}, ${statements.toLocaleString('en-US')} statements in dlis lrs (SQLite, ${(dbBytes / 2 ** 20).toFixed(0)} MB, ${reuse ? 'reused' : `generated in ${(genMs / 1000).toFixed(1)} s`}); report ${filtered ? 'with' : 'without'} --activity`,
      );
      const seconds = result.ms / 1000;
      const mb = result.rssKb / 1024;
      // CPU seconds beside the wall time: on a shared machine the wall time grows with the load, CPU time far less
      row(
        'dlis report (fetch + recompute + HTML), end to end',
        `${seconds.toFixed(1)} s, CPU ${(result.cpuMs / 1000).toFixed(1)} s`,
        full ? '≤ 30 s' : '(full size)',
        !full || seconds <= 30,
      );
      row('  throughput', `${Math.round(statements / seconds).toLocaleString('en-US')}/s`, '', true);
      row(
        '  peak RSS of the report process',
        `${mb.toFixed(0)} MB`,
        full ? '≤ 300 MB' : '(full size)',
        !full || mb <= 300,
      );
      row(
        '  heap in use at the end of the report process',
        `${(result.heapBytes / 2 ** 20).toFixed(0)} MB`,
        '',
        true,
      );
      row(
        '  CPU time: report process / LRS server',
        `${(result.cpuMs / 1000).toFixed(1)} / ${(serverCpuMs / 1000).toFixed(1)} s`,
        '',
        true,
      );
      console.log(
        `  (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores: wall time grows with other jobs)`,
      );
      if (!full) {
        console.log('full size (20,000 respondents ≈ 1.1 M statements, targets ≤ 30 s and ≤ 300 MB):');
        console.log('  DLIS_BENCH_ANALYTICS_RESPONDENTS=20000 node --import tsx scripts/bench-analytics.ts');
      }
    } finally {
      await lrs.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  await benchAnalytics();
