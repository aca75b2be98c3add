/** Where the CLI writes. Tests pass their own to capture output; `main()` uses the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Current directory that relative paths are resolved from. */
  cwd: string;
  /**
   * A terminal to draw progress on (raw text, ANSI escapes allowed): stderr when it is a TTY, else absent and
   * commands print plain lines instead.
   */
  terminal?: { write(text: string): void };
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  ...(process.stderr.isTTY ? { terminal: { write: (text: string) => void process.stderr.write(text) } } : {}),
};

/** Exit codes of every command (STYLE.md §13). */
export const EXIT = {
  ok: 0,
  /** The input has problems the user must fix (diagnostics were printed), or the output could not be written. */
  diagnostics: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** A bug in the toolkit. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
