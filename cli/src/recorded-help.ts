import type { Command } from 'commander';
import type { CliIo, ExitCode } from './io.ts';
import type { CliRuntime } from './program/command-context.ts';
import { createProgram } from './program/dlis-program.ts';

/** What one command line prints and returns: both streams as a process writes them, and the exit code. */
export interface RecordedReply {
  argv: string[];
  out: string;
  err: string;
  code: number;
}

type RunCli = (argv: string[], io: CliIo, runtime?: CliRuntime) => Promise<ExitCode>;

/**
 * The command lines that only print commander's help or the version, whatever the folder and the files: `dlis`,
 * `dlis --help`, `dlis help translate`, `dlis translate export -h`… (every command and sub-command).
 */
export function helpCommandLines(): string[][] {
  const program = createProgram({ io: { out() {}, err() {}, cwd: '.' }, runtime: {}, exit() {} });
  const lines: string[][] = [[], ['help'], ['--help'], ['-h'], ['--version'], ['-V']];
  const visit = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      const at = [...path, sub.name()];
      lines.push([...at, '--help'], [...at, '-h']);
      if (path.length === 0) lines.push(['help', sub.name()]);
      if (sub.commands.length > 0) {
        // A group alone prints its help (on stderr, exit 2); `<group> help [sub]` its own or a sub-command's.
        lines.push(at, [...at, 'help'], ...sub.commands.map((s) => [...at, 'help', s.name()]));
        visit(sub, at);
      }
    }
  };
  visit(program, []);
  return lines;
}

/**
 * Runs each help command line through `runCli` and records what it prints, as the process streams receive it
 * (cli/src/io.ts ends every write with a newline). cli/build/compile-cli.mjs stores them next to the compiled
 * command, and cli/bin/dlis.js replays them without loading the command: `dlis --help` is a bare Node start.
 */
export async function recordHelp(runCli: RunCli): Promise<RecordedReply[]> {
  const replies: RecordedReply[] = [];
  for (const argv of helpCommandLines()) {
    let out = '';
    let err = '';
    const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
    const code = await runCli(argv, {
      out: (t) => void (out += line(t)),
      err: (t) => void (err += line(t)),
      cwd: '.',
    });
    replies.push({ argv, out, err, code });
  }
  return replies;
}
