// `npm run bench`: speed and size figures of the spine, printed with their targets (issue 2).
// Figures only: nothing here fails on a slow machine; tests never assert on time.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { compileCourse, loadCourse } from '@dlis/course';
import { packageCourse, playerFilesFor } from '@dlis/packager';
import { ensurePlayerBuild } from '@dlis/player/build';

const templateDir = new URL('../templates/module/', import.meta.url).pathname;
const m1Dir = new URL('../courses/m1-dematerialisation-acces-aux-droits/', import.meta.url).pathname;
const TARGETS = ['scorm12', 'scorm2004', 'cmi5', 'xapi', 'web'] as const;
/** Learner JS budget, gzip -9 (issue 2: 30 KB; issue 5: 45 KB with xAPI on, i.e. cmi5 and xapi packages). */
const JS_BUDGET_KB: Record<(typeof TARGETS)[number], number> = {
  scorm12: 30,
  scorm2004: 30,
  cmi5: 45,
  xapi: 45,
  web: 30,
};
/** Targets that can add hybrid xAPI reporting (`dlis build --lrs`): their `+xapi` scripts are measured too. */
const HYBRID_TARGETS = ['scorm12', 'scorm2004', 'web'] as const;
/** Budget of any package with xAPI on (issue 5). */
const XAPI_BUDGET_KB = 45;
const RUNS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function row(label: string, value: string, target: string, ok: boolean): void {
  console.log(
    `${label.padEnd(52)} ${value.padStart(14)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`,
  );
}

const player = await ensurePlayerBuild();

/** Raw and gzip -9 bytes of the JS a learner of `dir`'s course downloads per target (each file on its own). */
async function learnerJs(
  dir: string,
): Promise<{ languages: string[]; sizes: Record<string, [number, number]> }> {
  const loaded = await loadCourse(dir);
  if (!loaded.ok) throw new Error(`${dir} does not validate`);
  const sizes: Record<string, [number, number]> = {};
  // `<target>+xapi`: scorm12, scorm2004 and web packages with hybrid xAPI reporting on (issue 5, ≤ 45 KB).
  const runs = [
    ...TARGETS.map((target) => ({ key: target as string, target, xapi: false })),
    ...HYBRID_TARGETS.map((target) => ({ key: `${target}+xapi`, target, xapi: true })),
  ];
  for (const { key, target, xapi } of runs) {
    const { script, catalogs } = playerFilesFor(player, target, loaded.model.languages, [], { xapi });
    let raw = 0;
    let gzip = 0;
    for (const file of [...catalogs, script]) {
      const data = await readFile(join(player.dir, file));
      raw += data.length;
      gzip += gzipSync(data, { level: 9 }).length;
    }
    sizes[key] = [raw, gzip];
  }
  return { languages: loaded.model.languages, sizes };
}
const jsSizes = { template: await learnerJs(templateDir), m1: await learnerJs(m1Dir) };

const out = await mkdtemp(join(tmpdir(), 'dlis-bench-'));
try {
  const times: number[] = [];
  const packagingTimes: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    const loaded = await loadCourse(templateDir);
    if (!loaded.ok) throw new Error('the template course does not validate');
    const compiled = await compileCourse(loaded.model);
    const packagingStart = performance.now();
    await packageCourse({ compiled, target: 'scorm12', player, outFile: join(out, 'bench-scorm12.zip') });
    const end = performance.now();
    if (i >= 3) {
      times.push(end - start);
      packagingTimes.push(end - packagingStart);
    }
  }
  times.sort((a, b) => a - b);
  packagingTimes.sort((a, b) => a - b);

  const loaded = await loadCourse(templateDir);
  if (!loaded.ok) throw new Error('the template course does not validate');
  const compiled = await compileCourse(loaded.model);
  const zipSizes: Record<string, number> = {};
  for (const target of TARGETS) {
    const file = join(out, `template-${target}.zip`);
    await packageCourse({ compiled, target, player, outFile: file });
    zipSizes[target] = (await stat(file)).size;
  }

  console.log(`DLIS bench — Node ${process.version}, ${RUNS} runs after 3 warm-up runs, player prebuilt\n`);
  const median = percentile(times, 50);
  row(
    'build one course (load+compile+package), median',
    `${median.toFixed(1)} ms`,
    '≤ 100 ms',
    median <= 100,
  );
  row('  same, p95', `${percentile(times, 95).toFixed(1)} ms`, '', true);
  row(
    '  of which packaging (layout+manifest+zip), median',
    `${percentile(packagingTimes, 50).toFixed(1)} ms`,
    '',
    true,
  );
  for (const [course, { languages, sizes }] of Object.entries(jsSizes)) {
    for (const [target, [raw, gzip]] of Object.entries(sizes)) {
      const budget = JS_BUDGET_KB[target as (typeof TARGETS)[number]] ?? XAPI_BUDGET_KB;
      row(
        `learner JS, ${course} (${languages.join('+')}) ${target}, gzip -9`,
        `${(gzip / 1024).toFixed(1)} KB`,
        `≤ ${budget} KB`,
        gzip <= budget * 1024,
      );
      row(`  same, raw`, `${(raw / 1024).toFixed(1)} KB`, '', true);
    }
  }
  for (const [target, bytes] of Object.entries(zipSizes)) {
    row(`template zip (${target})`, `${(bytes / 1024).toFixed(1)} KB`, '≤ 150 KB', bytes <= 150 * 1024);
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

// LRS figures of issue 4: scripts/bench-lrs.ts.
const { benchLrs } = await import('./bench-lrs.ts');
await benchLrs();

// Analytics figures of issue 7: scripts/bench-analytics.ts (`dlis report` over a generated study in `dlis lrs`).
const { benchAnalytics } = await import('./bench-analytics.ts');
await benchAnalytics();
