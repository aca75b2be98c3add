/** Where a problem sits: a file and, when known, the 1-based line and column (UTF-16 code units, as editors count). */
export interface ErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
}

/** What `toJSON()` gives: what a command prints with `--json` and what a log keeps. */
export interface ErrorJson<Code extends string = string> {
  code: Code;
  message: string;
  location?: ErrorLocation;
  hint?: string;
}

export interface DlisErrorOptions {
  readonly location?: ErrorLocation;
  /** What the user can do about it, when there is something short to say. */
  readonly hint?: string;
  readonly cause?: unknown;
}

/**
 * Base of every error a DLIS package throws on purpose. The code is permanent (people search for it, docs/errors.md
 * lists every one); the message says what happened and why, and never holds a credential.
 */
export class DlisError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly location: ErrorLocation | undefined;
  readonly hint: string | undefined;

  constructor(code: Code, message: string, options: DlisErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.location = options.location;
    this.hint = options.hint;
  }

  toJSON(): ErrorJson<Code> {
    return {
      code: this.code,
      message: this.message,
      ...(this.location ? { location: this.location } : {}),
      ...(this.hint ? { hint: this.hint } : {}),
    };
  }
}

/** `file:line:col` (or `file:line`, `file`), as terminals and editors open it. */
export function formatLocation(location: ErrorLocation): string {
  const line = location.line === undefined ? '' : `:${location.line}`;
  const col = location.line === undefined || location.col === undefined ? '' : `:${location.col}`;
  return `${location.file}${line}${col}`;
}
