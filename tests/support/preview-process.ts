import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export { writePreviewCourse } from '../../packages/preview/test/support/preview-course.ts';

const DLIS = fileURLToPath(new URL('../../cli/bin/dlis.js', import.meta.url));

/** The real `dlis preview <course-dir>` in a child process. */
export interface PreviewProcess {
  /** The URL it printed, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits until the process is gone. */
  stop(): Promise<void>;
}

/** Starts `dlis preview` and resolves once it printed its URL and "ready". */
export function startPreviewProcess(courseDir: string): Promise<PreviewProcess> {
  const child: ChildProcess = spawn(process.execPath, [DLIS, 'preview', courseDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^preview: (\S+)$/m.exec(out)?.[1];
      if (url && /^ready/m.test(out)) {
        resolve({
          url,
          output: () => out,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`dlis preview exited with ${code}:\n${out}`)));
  });
}
