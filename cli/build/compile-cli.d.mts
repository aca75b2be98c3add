// Types of compile-cli.mjs (plain JavaScript, so that cli/bin/dlis.js can run it without TypeScript).
import type * as fs from 'node:fs';

/** Compiles the `dlis` command into a new folder under cli/dist and makes it current. Returns that folder. */
export function compileCli(): Promise<string>;

/** The current build, or why it cannot be used. Synchronous: one stat per input file. */
export function currentBuild(
  fileSystem: typeof fs,
): { state: 'fresh'; entry: string } | { state: 'missing' | 'stale'; reason: string };

/** cli/dist/current.json: the current build and the inputs it was made from. */
export const CURRENT_FILE: string;
