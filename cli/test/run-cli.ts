import { runCli } from '../src/main.ts';
import type { CliIo } from '../src/io.ts';

/** Runs the CLI in-process with captured output. */
export async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => void (out += `${text}\n`),
    err: (text) => void (err += `${text}\n`),
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}
