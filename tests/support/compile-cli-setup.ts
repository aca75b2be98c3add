// Vitest global setup: the tests that run `dlis` in a child process run the compiled command (cli/bin/dlis.js
// runs cli/dist). Compile it here, once, when a source changed since, rather than in each test's process.
import * as fs from 'node:fs';
import { compileCli, currentBuild } from '../../cli/build/compile-cli.mjs';

export async function setup(): Promise<void> {
  const build = currentBuild(fs);
  if (build.state === 'fresh') return;
  console.log(`dlis: ${build.reason}: compiling the command before the tests…`);
  await compileCli();
}
