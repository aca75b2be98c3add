// Worker thread of xmllint-runner.ts: runs libxml2's xmllint (xmllint-wasm's Emscripten build) once per message,
// compiling the WebAssembly module once for the life of the worker instead of once per run.
// Plain JavaScript: a worker thread runs it as is, from the sources and from the compiled command.
/* global WebAssembly */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// The Emscripten module factory. Loading it also registers xmllint-wasm's own message listener, which ignores
// messages without its tag: ours carry none.
const createXmllint = require('xmllint-wasm/xmllint-node.js');
const wasm = new WebAssembly.Module(readFileSync(require.resolve('xmllint-wasm/xmllint.wasm')));

/**
 * One xmllint run: `{ id, inputFiles, args, initialMemory, maxMemory }` → `{ id, exitCode, stdout, stderr }`.
 * @param {{ id: number, inputFiles: { fileName: string, contents: string | Uint8Array }[], args: string[],
 *   initialMemory: number, maxMemory: number }} run
 */
function runXmllint(run) {
  let stdout = '';
  let stderr = '';
  let answered = false;
  /** @param {number} exitCode */
  const answer = (exitCode) => {
    if (answered) return;
    answered = true;
    // Emscripten sets the exit code of the thread; the thread lives on for the next run.
    process.exitCode = 0;
    parentPort?.postMessage({ id: run.id, exitCode, stdout, stderr });
  };
  createXmllint({
    inputFiles: run.inputFiles,
    arguments: run.args,
    wasmMemory: new WebAssembly.Memory({ initial: run.initialMemory, maximum: run.maxMemory }),
    /** @param {object} imports @param {(instance: WebAssembly.Instance, module: WebAssembly.Module) => void} done */
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(wasm, imports).then(
        (instance) => done(instance, wasm),
        (error) => {
          stderr += `WebAssembly instantiation failed: ${error}\n`;
          answer(-1);
        },
      );
      return {};
    },
    /** @param {string} text */
    print(text) {
      stdout += `${text}\n`;
    },
    /** @param {string} text */
    printErr(text) {
      stderr += `${text}\n`;
    },
    onExit: answer,
    /** @param {unknown} reason */
    onAbort(reason) {
      stderr += `WASM Abort: ${reason}\n`;
      answer(-1);
    },
  });
}

parentPort?.on('message', (message) => {
  if (message && typeof message === 'object' && message.dlisXmllint === true) runXmllint(message);
});
