// LRS figures of `npm run bench` (issue 4): write rate over HTTP, filtered GET latency, peak memory.
// The server runs on this thread against a temp SQLite file; the clients run in a worker thread so that they
// use the second core, as a separate client process would. Figures only: nothing fails on a slow machine.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createLrsKey, openSqliteStorage, serveLrs } from '@dlis/lrs';

/** Statements stored before the read figure. 200,000 keeps `npm run bench` short; 1,000,000 is the issue's size. */
const N = Number(process.env.DLIS_BENCH_LRS_STATEMENTS ?? 200_000);
const AGENTS = 3000;
const ACTIVITIES = 300;
const BATCH = 100;
const CLIENTS = 4;
const READS = 300;

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

// Plain JS run by the worker: generates realistic statements (AGENTS learners, ACTIVITIES activities in 10
// courses, one registration per learner and course) and posts them in batches from CLIENTS keep-alive loops.
const CLIENT = `
const { workerData, parentPort } = require('node:worker_threads');
const { randomUUID } = require('node:crypto');
const { endpoint, auth, total, batch, clients, agents, activities } = workerData;
const VERBS = ['attempted', 'experienced', 'answered', 'completed', 'passed'];
const registrations = new Map();
const registration = (a, course) => {
  const k = a * 100 + course;
  let r = registrations.get(k);
  if (!r) registrations.set(k, (r = randomUUID()));
  return r;
};
let seed = 42;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
function statement() {
  const a = rand(agents), j = rand(activities), course = j % 10, verb = VERBS[rand(VERBS.length)];
  const st = {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: 'Learner ' + a, account: { homePage: 'https://dlis.example', name: 'learner-' + a } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/' + verb, display: { 'en-US': verb } },
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
  if (verb === 'answered' || verb === 'passed') {
    st.result = { success: rand(2) === 1, response: rand(2) ? 'a' : 'b', duration: 'PT' + rand(600) + '.' + rand(100) + 'S', score: { scaled: rand(101) / 100 } };
  }
  return st;
}
let next = 0, done = 0;
const headers = { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' };
async function loop() {
  while (next < total) {
    const n = Math.min(batch, total - next);
    next += n;
    const body = JSON.stringify(Array.from({ length: n }, statement));
    const res = await fetch(endpoint + '/statements', { method: 'POST', headers, body });
    if (res.status !== 200) throw new Error('POST /statements answered ' + res.status + ': ' + (await res.text()));
    await res.arrayBuffer();
    done += n;
    if (done % 100000 < n) parentPort.postMessage({ done });
  }
}
Promise.all(Array.from({ length: clients }, loop)).then(
  () => parentPort.postMessage({ end: true }),
  (error) => parentPort.postMessage({ error: String(error) }),
);
`;

/** Loads N statements through HTTP; returns the seconds it took and the rate of each 100,000 along the way. */
function load(endpoint: string, auth: string): Promise<{ seconds: number; steps: string[] }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let last = start;
    const steps: string[] = [];
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: {
        endpoint,
        auth,
        total: N,
        batch: BATCH,
        clients: CLIENTS,
        agents: AGENTS,
        activities: ACTIVITIES,
      },
    });
    worker.on('message', (m: { done?: number; end?: boolean; error?: string }) => {
      if (m.error) reject(new Error(m.error));
      else if (m.end) resolve({ seconds: (performance.now() - start) / 1000, steps });
      else if (m.done) {
        const now = performance.now();
        steps.push(`${Math.round(100_000 / ((now - last) / 1000))}`);
        last = now;
      }
    });
    worker.on('error', reject);
  });
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
      `\nLRS — ${N.toLocaleString('en')} statements (${AGENTS} agents, ${ACTIVITIES} activities), all loaded over ` +
        `HTTP: ${CLIENTS} clients posting batches of ${BATCH} to serveLrs on 127.0.0.1, SQLite file in ${tmpdir()}` +
        ` (set DLIS_BENCH_LRS_STATEMENTS=1000000 for the issue's size)`,
    );
    const { seconds, steps } = await load(lrs.endpoint, auth);
    const rate = N / seconds;
    row(
      `statements stored per second (average over ${N / 1000}k)`,
      `${Math.round(rate)} /s`,
      '≥ 5,000/s',
      rate >= 5000,
    );
    if (steps.length > 1) row('  rate per 100k stored, in order', steps.join(' '), '', true);

    const times: number[] = [];
    let returned = 0;
    for (let i = 0; i < READS + 20; i++) {
      const a = (i * 7919) % AGENTS;
      const j = (i * 104729) % ACTIVITIES;
      const url = `${lrs.endpoint}/statements?agent=${encodeURIComponent(agentParam(a))}&activity=${encodeURIComponent(activityId(j))}`;
      const start = performance.now();
      const res = await fetch(url, { headers: { authorization: auth, 'x-experience-api-version': '2.0.0' } });
      const body = (await res.json()) as { statements: unknown[] };
      if (res.status !== 200) throw new Error(`GET /statements answered ${res.status}`);
      if (i >= 20) {
        times.push(performance.now() - start);
        returned += body.statements.length;
      }
    }
    times.sort((x, y) => x - y);
    const p95 = percentile(times, 95);
    row(
      `GET agent+activity over ${N / 1000}k, p50 / p95`,
      `${percentile(times, 50).toFixed(1)} / ${p95.toFixed(1)} ms`,
      'p95 ≤ 50 ms',
      p95 <= 50,
    );
    row(`  statements per answer, mean`, (returned / READS).toFixed(1), '', true);
    const { size } = await stat(file);
    row('database size', `${(size / 1024 ** 2).toFixed(0)} MB`, '', true);
  } finally {
    await lrs.close();
    // maxRSS: peak resident set of this process (server, clients' worker and the bench itself), in KiB.
    row(
      'peak RSS (server + client worker)',
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      '',
      true,
    );
    await rm(dir, { recursive: true, force: true });
  }
}
