// `dlis` command figures of `npm run bench` (issue 17, "Speed a designer feels"): wall time of the compiled
// command in a child process, each against a bare `node -e 0` measured in the same run (ratio and seconds).
// Figures only: nothing fails on a slow machine; tests never assert on time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compileCli, currentBuild } from '../cli/build/compile-cli.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'cli/bin/dlis.js');
/** Runs of each short command (median reported); the whole-catalogue build runs BUILD_RUNS times. */
const RUNS = 7;
const BUILD_RUNS = 3;

function row(label: string, value: string, target: string, status: boolean | string): void {
  const verdict = typeof status === 'string' ? status : status ? 'ok' : 'MISSED';
  console.log(`${label.padEnd(68)} ${value.padStart(10)}   target ${target.padEnd(10)} ${verdict}`);
}

/** Median wall time (ms) of `node args…` over `runs` runs, after one untimed run (disk cache). */
function medianMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const { status, stderr } = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (status !== 0) throw new Error(`node ${args.join(' ')} exited with ${status}: ${stderr}`);
    if (i > 0) times.push(ms);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** The bench rows of the `dlis` command, against `node -e 0`. */
export async function benchCli(): Promise<void> {
  if (currentBuild(fs).state !== 'fresh') await compileCli();
  const courses = (await readdir(join(root, 'courses'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => `courses/${e.name}/`);
  const out = await mkdtemp(join(tmpdir(), 'dlis-bench-cli-'));
  try {
    const node = medianMs(['-e', '0'], RUNS);
    const help = medianMs([bin, '--help'], RUNS);
    const validate = medianMs([bin, 'validate', 'courses/m1-dematerialisation-acces-aux-droits'], RUNS);
    const build = medianMs([bin, 'build', ...courses, '--out', out, '--demo'], BUILD_RUNS);
    const nodeAgain = medianMs(['-e', '0'], RUNS);
    const base = (node + nodeAgain) / 2;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const ratio = (ms: number) => `${(ms / base).toFixed(1)}× node -e 0`;
    console.log(
      `\ndlis command, compiled, median wall time in a child process (load average ${loadAverage()})`,
    );
    row('node -e 0 (the floor), median', seconds(base), '', 'info');
    row(`dlis --help, ${ratio(help)}`, seconds(help), '≤ 0.15 s', help <= 150);
    row(`dlis validate m1, ${ratio(validate)}`, seconds(validate), '≤ 0.3 s', validate <= 300);
    row(
      `dlis build of the ${courses.length} courses × 5 targets (npm run courses), ${ratio(build)}`,
      seconds(build),
      '≤ 5 s',
      build <= 5000,
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function loadAverage(): string {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
