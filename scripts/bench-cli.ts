// `dlis` command figures of `npm run bench` (issue 17, "Speed a designer feels"): wall time of the compiled
// command in a child process, each against a bare `node -e 0` measured in the same run (ratio and seconds), and
// the CPU time the child used (user + system, all its threads): on a loaded machine the wall time grows with the
// load, the CPU time much less, so compare CPU times between runs made under different loads.
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
/** Preloaded into each child: writes its CPU time at exit (scripts/child-cpu-report.cjs). */
const cpuReport = join(root, 'scripts/child-cpu-report.cjs');
/** Runs of each short command (median reported); the whole-catalogue build runs BUILD_RUNS times. */
const RUNS = 7;
const BUILD_RUNS = 3;

function row(label: string, value: string, target: string, status: boolean | string): void {
  const verdict = typeof status === 'string' ? status : status ? 'ok' : 'MISSED';
  console.log(`${label.padEnd(68)} ${value.padStart(10)}   target ${target.padEnd(10)} ${verdict}`);
}

/** Fastest and median of a child's wall time and CPU time, in ms. */
interface Timing {
  min: number;
  median: number;
  cpuMin: number;
  cpuMedian: number;
}

const fastestAndMedian = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!] as const;
};

/**
 * Wall and CPU time of `node args…` over `runs` runs, after one untimed run (disk cache). Each run is two starts:
 * a plain one, timed on the wall clock, and one with the CPU report preloaded (its write at exit and the module
 * it loads cost ≈ 20 ms of wall time, which would count against the targets), read for the CPU time.
 */
function timeNode(args: string[], runs: number, cpuFile: string): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  const run = (preload: string[]) => {
    const start = performance.now();
    const { status, stderr } = spawnSync(process.execPath, [...preload, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DLIS_BENCH_CPU_FILE: cpuFile },
    });
    if (status !== 0) throw new Error(`node ${args.join(' ')} exited with ${status}: ${stderr}`);
    return performance.now() - start;
  };
  for (let i = 0; i <= runs; i++) {
    const ms = run([]);
    run(['-r', cpuReport]);
    if (i === 0) continue;
    wall.push(ms);
    cpu.push(Number(fs.readFileSync(cpuFile, 'utf8')));
  }
  const [min, median] = fastestAndMedian(wall);
  const [cpuMin, cpuMedian] = fastestAndMedian(cpu);
  return { min, median, cpuMin, cpuMedian };
}

/** The bench rows of the `dlis` command, against `node -e 0`. */
export async function benchCli(): Promise<void> {
  if (currentBuild(fs).state !== 'fresh') await compileCli();
  const courses = (await readdir(join(root, 'courses'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => `courses/${e.name}/`);
  const out = await mkdtemp(join(tmpdir(), 'dlis-bench-cli-'));
  const cpuFile = `${out}.cpu-ms`;
  try {
    const node = timeNode(['-e', '0'], RUNS, cpuFile);
    const help = timeNode([bin, '--help'], RUNS, cpuFile);
    const validate = timeNode(
      [bin, 'validate', 'courses/m1-dematerialisation-acces-aux-droits'],
      RUNS,
      cpuFile,
    );
    const build = timeNode([bin, 'build', ...courses, '--out', out, '--demo'], BUILD_RUNS, cpuFile);
    const nodeAgain = timeNode(['-e', '0'], RUNS, cpuFile);
    // The floor: node -e 0 before and after the commands, so a load that changed meanwhile shows in both.
    const base: Timing = {
      min: Math.min(node.min, nodeAgain.min),
      median: (node.median + nodeAgain.median) / 2,
      cpuMin: Math.min(node.cpuMin, nodeAgain.cpuMin),
      cpuMedian: (node.cpuMedian + nodeAgain.cpuMedian) / 2,
    };
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const figure = (t: Timing) =>
      `min ${seconds(t.min)} (${(t.min / base.min).toFixed(1)}×), median ${seconds(t.median)} ` +
      `(${(t.median / base.median).toFixed(1)}×); CPU median ${seconds(t.cpuMedian)} ` +
      `(${(t.cpuMedian / base.cpuMedian).toFixed(1)}×); wall median`;
    console.log(
      `\ndlis command, compiled, in a child process (load average ${loadAverage()}): wall time, and CPU time ` +
        '(user + system) of the child; (n×): n times node -e 0 of the same run',
    );
    row(
      `node -e 0 (the floor): min ${seconds(base.min)}; CPU median ${seconds(base.cpuMedian)}; wall median`,
      seconds(base.median),
      '',
      'info',
    );
    row(`dlis --help: ${figure(help)}`, seconds(help.median), '≤ 0.15 s', help.median <= 150);
    row(`dlis validate m1: ${figure(validate)}`, seconds(validate.median), '≤ 0.3 s', validate.median <= 300);
    row(
      `dlis build of the ${courses.length} courses × 5 targets: ${figure(build)}`,
      seconds(build.median),
      '≤ 5 s',
      build.median <= 5000,
    );
  } finally {
    await rm(out, { recursive: true, force: true });
    await rm(cpuFile, { force: true });
  }
}

function loadAverage(): string {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

// Run alone, `node --import tsx scripts/bench-cli.ts`: these rows only.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchCli();
