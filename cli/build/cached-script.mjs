// @ts-check
// Runs a script of a compiled build with a V8 code cache. Node 20 keeps no code cache of ES modules
// (module.enableCompileCache is Node 22), so the largest code of `dlis validate`, the ajv validators and the
// chunks of CACHED_CHUNKS (compile-cli.mjs, cached-chunk.mjs), are scripts of its build folder run through
// node:vm: with its cache, V8 neither parses them nor compiles the functions the run that wrote it compiled.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * The value of the script at `url`, run in this context. Its code cache is `<script>.v8-cache` next to it: the
 * build folder is named after its inputs, so a cache never outlives its script; V8 rejects a cache made by
 * another V8 version or other flags (or damaged), and the script then runs from its text and its cache is
 * written again, when the process exits (to hold the functions the run compiled), atomically (several `dlis`
 * may run at once), or not at all in a folder that cannot be written.
 * @param {URL} url
 * @returns {any}
 */
export function runCachedScript(url) {
  const file = fileURLToPath(url);
  const cacheFile = `${file}.v8-cache`;
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The scripts of a build are ASCII only (compile-cli.mjs): read as Latin-1, the text needs no UTF-8 decoding.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(script, cacheFile));
  return script.runInThisContext();
}

/**
 * @param {Script} script
 * @param {string} cacheFile
 */
function writeCache(script, cacheFile) {
  // node:worker_threads only when a cache is written (a dozen internal modules to load at every start else).
  const { threadId } = process.getBuiltinModule('node:worker_threads');
  const temp = `${cacheFile}.${process.pid}-${threadId}`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    rmSync(temp, { force: true });
  }
}
