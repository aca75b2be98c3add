#!/usr/bin/env node
// Entry point of the `dlis` command: runs the compiled JavaScript of cli/dist (cli/build/compile-cli.mjs, run by
// `npm ci`). When a source changed since, it recompiles first (about a second), so a stale build never runs.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compileCli, currentBuild, recordedReply } from '../build/compile-cli.mjs';

let build = currentBuild(fs);
if (build.state !== 'fresh') {
  if (build.state === 'stale') process.stderr.write(`dlis: ${build.reason}: compiling the command again…\n`);
  try {
    await compileCli();
  } catch (error) {
    process.stderr.write(
      `dlis: ${build.reason}, and compiling it failed: ${error instanceof Error ? error.message : String(error)}\n` +
        'Run `npm ci` in the toolkit folder (it installs and compiles everything), then try again.\n',
    );
    process.exit(70);
  }
  build = currentBuild(fs);
  if (build.state !== 'fresh') {
    process.stderr.write(`dlis: ${build.reason} after compiling. Run \`npm ci\`, then try again.\n`);
    process.exit(70);
  }
}
const argv = process.argv.slice(2);
// `dlis --help`, `dlis validate -h`…: what the build printed for them when it was compiled, without loading it.
const reply = recordedReply(fs, build.entry, argv);
if (reply) {
  if (reply.out) process.stdout.write(reply.out);
  if (reply.err) process.stderr.write(reply.err);
  process.exitCode = reply.code;
} else {
  if (process.env.DLIS_DEBUG) process.setSourceMapsEnabled(true);
  const { main } = await import(pathToFileURL(build.entry).href);
  // The compiled build worker sits next to the command: `dlis build` of several courses runs in worker threads.
  const buildWorker = new URL('./build-worker.js', pathToFileURL(build.entry));
  process.exitCode = await main(argv, { buildWorker });
}
