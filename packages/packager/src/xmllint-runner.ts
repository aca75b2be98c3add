import { Worker } from 'node:worker_threads';
import type { XMLFileInfo } from 'xmllint-wasm';

/** One xmllint command line over an in-memory file system. */
export interface XmllintRun {
  inputFiles: XMLFileInfo[];
  args: string[];
  /** WebAssembly memory of the run, in 64 KiB pages. */
  initialMemory: number;
  maxMemory: number;
}

export interface XmllintOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface Pending {
  resolve: (output: XmllintOutput) => void;
  reject: (error: Error) => void;
}

const WORKER_URL = new URL('./xmllint-worker.mjs', import.meta.url);

let worker: Worker | undefined;
let starts = 0;
let runs = 0;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * Runs xmllint (libxml2 as WebAssembly) in the process's one xmllint worker thread, started on first use and
 * kept for the next runs: the WebAssembly module is compiled once, not once per manifest (xmllint-wasm's own
 * validateXML starts a worker per call, about half a second each on 2 cores). The worker holds the process
 * open only while a run is pending.
 */
export function runXmllint(run: XmllintRun): Promise<XmllintOutput> {
  const thread = xmllintWorker();
  const id = nextId++;
  runs++;
  return new Promise<XmllintOutput>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ dlisXmllint: true, id, ...run });
  });
}

/** How many xmllint worker threads this process has started (one, unless a worker died), and how many runs. */
export function xmllintStats(): { workerStarts: number; runs: number } {
  return { workerStarts: starts, runs };
}

function xmllintWorker(): Worker {
  if (worker) return worker;
  const thread = new Worker(WORKER_URL);
  starts++;
  thread.on('message', (message: { id: number } & XmllintOutput) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (pending.size === 0) thread.unref();
    waiting.resolve({ exitCode: message.exitCode, stdout: message.stdout, stderr: message.stderr });
  });
  const fail = (error: Error) => {
    if (worker === thread) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the xmllint worker thread stopped (exit code ${code})`)));
  thread.unref();
  worker = thread;
  return thread;
}
