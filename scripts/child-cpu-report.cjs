// Preloaded into each child of `npm run bench` (node -r): at exit, writes the CPU time the process used (user +
// system, every thread: the build's workers too) to the file named by DLIS_BENCH_CPU_FILE. CommonJS, so that
// preloading it costs next to nothing, the same for the commands and for the `node -e 0` they are compared to.
'use strict';
const { writeFileSync } = process.getBuiltinModule('node:fs');
const { isMainThread } = process.getBuiltinModule('node:worker_threads');

const file = process.env.DLIS_BENCH_CPU_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String((user + system) / 1000));
  });
}
