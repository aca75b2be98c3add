// LRS figures of `npm run bench` (issues 4 and 18): write rate over HTTP, server CPU per statement, filtered GET
// latency for every documented filter, peak memory. The server runs in this process against a temp SQLite file;
// the clients run in a child process (the second core). Figures only: nothing fails on a slow machine.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { createLrsKey, openSqliteStorage, serveLrs } from '@dlis/lrs';

/** Statements stored before the read figure. 200,000 keeps `npm run bench` short; 1,000,000 is the issue's size. */
const N = Number(process.env.DLIS_BENCH_LRS_STATEMENTS ?? 200_000);
const AGENTS = 3000;
const ACTIVITIES = 200;
const VERBS = 20;
const BATCH = 100;
const CLIENTS = 8;
/** Timed GETs per filter (after 10 untimed ones). */
const READS = 100;

function row(label: string, value: string, target: string, ok: boolean): void {
  console.log(
    `${label.padEnd(52)} ${value.padStart(14)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const agentParam = (i: number) =>
  JSON.stringify({
    objectType: 'Agent',
    account: { homePage: 'https://dlis.example', name: `learner-${i}` },
  });
const activityId = (j: number) => `https://dlis.example/activities/a${j}`;
const verbId = (v: number) => `https://dlis.example/verbs/v${v}`;

// Plain JS run by the client process: generates realistic statements (AGENTS learners, ACTIVITIES activities in 10
// courses, VERBS verbs, one registration per learner and course, context, results) and posts them in batches from
// CLIENTS keep-alive loops (one connection each). Progress goes to stdout as JSON lines.
const CLIENT = `
const { randomUUID } = require('node:crypto');
const http = require('node:http');
const { endpoint, auth, total, batch, clients, agents, activities, verbs } = JSON.parse(process.env.BENCH);
const registrations = new Map();
const registration = (a, course) => {
  const k = a * 100 + course;
  let r = registrations.get(k);
  if (!r) registrations.set(k, (r = randomUUID()));
  return r;
};
// mulberry32, seeded: the LCG used before took its low bits (seed % n), which cycle, and gave 384 agents,
// 35 activities, 9 verbs and 1,448 registrations in 1 M statements instead of 3000, 200, 20 and ~30,000.
let seed = 42;
const rand = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
function statement() {
  const a = rand(agents), j = rand(activities), course = j % 10, v = rand(verbs);
  const st = {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: 'Learner ' + a, account: { homePage: 'https://dlis.example', name: 'learner-' + a } },
    verb: { id: 'https://dlis.example/verbs/v' + v, display: { 'en-US': 'verb ' + v, fr: 'verbe ' + v } },
    object: {
      objectType: 'Activity',
      id: 'https://dlis.example/activities/a' + j,
      definition: { name: { fr: 'Activité ' + j }, type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice', correctResponsesPattern: ['b'], choices: [{ id: 'a', description: { fr: 'A' } }, { id: 'b', description: { fr: 'B' } }] },
    },
    context: {
      registration: registration(a, course),
      platform: 'DLIS',
      language: 'fr',
      contextActivities: { parent: [{ id: 'https://dlis.example/courses/c' + course }], category: [{ id: 'https://dlis.example/profile' }] },
    },
    timestamp: new Date(Date.UTC(2026, 0, 1) + rand(86400000) * 100).toISOString(),
  };
  if (v % 3 === 0) {
    st.result = { success: rand(2) === 1, response: rand(2) ? 'a' : 'b', duration: 'PT' + rand(600) + '.' + rand(100) + 'S', score: { scaled: rand(101) / 100 } };
  }
  return st;
}
const url = new URL(endpoint + '/statements');
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const post = (body) => new Promise((resolve, reject) => {
  const req = http.request(url, { method: 'POST', agent, headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0', 'content-length': Buffer.byteLength(body) } }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (text += c));
    res.on('end', () => res.statusCode === 200 ? resolve() : reject(new Error('POST /statements answered ' + res.statusCode + ': ' + text)));
  });
  req.on('error', reject);
  req.end(body);
});
let next = 0, done = 0;
async function loop() {
  while (next < total) {
    const n = Math.min(batch, total - next);
    next += n;
    await post(JSON.stringify(Array.from({ length: n }, statement)));
    done += n;
    if (done % 100000 < n) console.log(JSON.stringify({ done }));
  }
}
Promise.all(Array.from({ length: clients }, loop)).then(
  () => { console.log(JSON.stringify({ end: true })); agent.destroy(); },
  (error) => { console.log(JSON.stringify({ error: String(error) })); process.exit(1); },
);
`;

/** Loads N statements through HTTP from a client process; returns the seconds, rates per 100k and the CPU used. */
function load(
  endpoint: string,
  auth: string,
): Promise<{ seconds: number; steps: string[]; cpuSeconds: number; systemSeconds: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let last = start;
    const steps: string[] = [];
    const child = spawn(process.execPath, ['-e', CLIENT], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BENCH: JSON.stringify({
          endpoint,
          auth,
          total: N,
          batch: BATCH,
          clients: CLIENTS,
          agents: AGENTS,
          activities: ACTIVITIES,
          verbs: VERBS,
        }),
      },
    });
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const m = JSON.parse(line) as { done?: number; end?: boolean; error?: string };
        if (m.error) reject(new Error(m.error));
        else if (m.end) {
          const cpu = process.cpuUsage(cpuStart);
          resolve({
            seconds: (performance.now() - start) / 1000,
            steps,
            cpuSeconds: (cpu.user + cpu.system) / 1e6,
            systemSeconds: cpu.system / 1e6,
          });
        } else if (m.done) {
          const now = performance.now();
          steps.push(`${Math.round(100_000 / ((now - last) / 1000))}`);
          last = now;
        }
      }
    });
    child.on('error', reject);
  });
}

/** Times READS GETs of `url(i)` (after 10 untimed); returns p50, p95 and the mean page size. */
async function timeReads(
  url: (i: number) => string,
  auth: string,
): Promise<{ p50: number; p95: number; mean: number }> {
  const times: number[] = [];
  let returned = 0;
  for (let i = 0; i < READS + 10; i++) {
    const start = performance.now();
    const res = await fetch(url(i), {
      headers: { authorization: auth, 'x-experience-api-version': '2.0.0' },
    });
    const body = (await res.json()) as { statements: unknown[] };
    if (res.status !== 200) throw new Error(`GET ${url(i)} answered ${res.status}`);
    if (i >= 10) {
      times.push(performance.now() - start);
      returned += body.statements.length;
    }
  }
  times.sort((x, y) => x - y);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: returned / READS };
}

/** Prints the LRS rows of the bench. */
export async function benchLrs(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dlis-bench-lrs-'));
  const file = join(dir, 'lrs.sqlite');
  const storage = openSqliteStorage(file);
  const { key, secret } = createLrsKey(storage, { name: 'bench', scopes: ['all'] });
  const auth = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const lrs = await serveLrs({ storage, host: '127.0.0.1', port: 0 });
  try {
    console.log(
      `\nLRS — ${N.toLocaleString('en')} statements (${AGENTS} agents, ${ACTIVITIES} activities, ${VERBS} verbs), ` +
        `all over HTTP: a client process with ${CLIENTS} connections posting batches of ${BATCH} to serveLrs on ` +
        `127.0.0.1, SQLite file in ${tmpdir()} (set DLIS_BENCH_LRS_STATEMENTS=1000000 for the issue's size)`,
    );
    const { seconds, steps, cpuSeconds, systemSeconds } = await load(lrs.endpoint, auth);
    const lastStored = storage.lastStored()!;
    const loadRss = process.resourceUsage().maxRSS / 1024;
    const rate = N / seconds;
    row(
      `statements stored per second (average over ${N / 1000}k)`,
      `${Math.round(rate)} /s`,
      '≥ 10,000/s',
      rate >= 10_000,
    );
    if (steps.length > 1) row('  rate per 100k stored, in order', steps.join(' '), '', true);
    row('  statements per server-CPU-second', `${Math.round(N / cpuSeconds)} /s`, '', true);
    row(
      `  server CPU time while loading (of which system: ${systemSeconds.toFixed(1)} s)`,
      `${cpuSeconds.toFixed(1)} s`,
      '',
      true,
    );

    const q = (params: string) => `${lrs.endpoint}/statements?${params}`;
    const enc = encodeURIComponent;
    const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
    const agentAt = (i: number) => enc(agentParam((i * 7919) % AGENTS));
    const activityAt = (i: number) => enc(activityId((i * 104729) % ACTIVITIES));
    const verbAt = (i: number) => enc(verbId(i % VERBS));
    const oldest = await fetch(q('ascending=true&limit=1'), {
      headers: { authorization: auth, 'x-experience-api-version': '2.0.0' },
    });
    const firstStored = ((await oldest.json()) as { statements: { stored: string }[] }).statements[0]!.stored;
    const recent = enc(shift(lastStored, -2000));
    const early = enc(shift(firstStored, 2000));
    const filters: [string, (i: number) => string][] = [
      ['none', () => q('')],
      ['agent', (i) => q(`agent=${agentAt(i)}`)],
      ['agent + activity', (i) => q(`agent=${agentAt(i)}&activity=${activityAt(i)}`)],
      ['verb', (i) => q(`verb=${verbAt(i)}`)],
      ['activity + related_activities', (i) => q(`activity=${activityAt(i)}&related_activities=true`)],
      ['agent + related_agents', (i) => q(`agent=${agentAt(i)}&related_agents=true`)],
      ['verb + since (2 s before the last)', (i) => q(`verb=${verbAt(i)}&since=${recent}`)],
      ['until (2 s after the first)', () => q(`until=${early}`)],
      ['ascending + since', () => q(`ascending=true&since=${recent}`)],
      ['activity + until + ascending', (i) => q(`activity=${activityAt(i)}&until=${early}&ascending=true`)],
      ['agent + since', (i) => q(`agent=${agentAt(i)}&since=${recent}`)],
      ['format=ids, limit=100', () => q('format=ids&limit=100')],
    ];
    for (const [name, url] of filters) {
      const { p50, p95, mean } = await timeReads(url, auth);
      row(
        `GET ${name}, p50 / p95 (${mean.toFixed(0)} per page)`,
        `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`,
        'p95 ≤ 50 ms',
        p95 <= 50,
      );
    }
    const { size } = await stat(file);
    row('database size', `${(size / 1024 ** 2).toFixed(0)} MB`, '', true);
    row(
      'peak RSS of the server process after loading',
      `${loadRss.toFixed(0)} MB`,
      '≤ 300 MB',
      loadRss <= 300,
    );
  } finally {
    await lrs.close();
    // maxRSS: peak resident set of this process (the server and the bench's reads; the client is another process).
    const rss = process.resourceUsage().maxRSS / 1024;
    row('peak RSS of the server process', `${rss.toFixed(0)} MB`, '≤ 300 MB', rss <= 300);
    await rm(dir, { recursive: true, force: true });
  }
}

// `node --import tsx scripts/bench-lrs.ts` prints the LRS rows alone (e.g. with DLIS_BENCH_LRS_STATEMENTS=1000000).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) await benchLrs();
