import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const DLIS = fileURLToPath(new URL('../../../../cli/bin/dlis.js', import.meta.url));

/** Runs `dlis …` to completion in a child process. */
export async function runDlis(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [DLIS, ...args], { encoding: 'utf8' });
}

/** Starts `dlis lrs serve …` and resolves once it printed its endpoint and "ready". */
export function startServe(
  args: string[],
): Promise<{ child: ChildProcess; endpoint: string; output: () => string }> {
  const child = spawn(process.execPath, [DLIS, 'lrs', 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const endpoint = /LRS endpoint: (\S+)/.exec(out)?.[1];
      if (endpoint && /^ready$/m.test(out)) resolve({ child, endpoint, output: () => out });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`dlis lrs serve exited with ${code}:\n${out}`)));
  });
}
