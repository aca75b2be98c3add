// The whole test suite, as `npm test` runs it: format + lint, type-check, then every vitest project
// (unit, browser, e2e). Always ends with the plain `N passed, N failed` line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const report = '.vitest.json';

function step(title, args) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(npx, args, { stdio: 'inherit' });
  return status === 0;
}

const staticChecks = [
  ['format (prettier --check)', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['lint (eslint)', ['eslint', '.']],
  // The three programs of tsconfig.json, as `npm run typecheck` (docs/architecture.md, "Type-checking").
  ['type-check: browser (tsc)', ['tsc', '-p', 'tsconfig.browser.json']],
  ['type-check: node (tsc)', ['tsc', '-p', 'tsconfig.node.json']],
  ['type-check: tests (tsc)', ['tsc', '-p', 'tsconfig.tests.json']],
];
let failedChecks = 0;
for (const [title, args] of staticChecks) if (!step(title, args)) failedChecks++;

// One vitest run per project, so that the time of each is printed (issue 15: unit, browser, e2e).
const projects = ['unit', 'browser', 'e2e'];
let passed = 0;
let failed = 0;
const times = [];
for (const project of projects) {
  rmSync(report, { force: true });
  const start = Date.now();
  const ok = step(`tests (vitest: ${project})`, [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  times.push(`${project} ${((Date.now() - start) / 1000).toFixed(0)} s`);
  let projectFailed = 0;
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    projectFailed = result.numFailedTests;
    // A suite that fails to load has no failed *test*; count it so it cannot pass unnoticed.
    projectFailed += result.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
  }
  if (!ok && projectFailed === 0) projectFailed = 1;
  failed += projectFailed;
}
rmSync(report, { force: true });
console.log(`\n▶ time per project: ${times.join(', ')}`);
// A format, lint or type error fails the run like a failed test.
failed += failedChecks;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
