// `dlis --help` and the other help command lines are answered by the bin from what the build recorded when it
// was compiled (cli/src/recorded-help.ts), without loading commander and the commands: the recording must be
// exactly what the sources print, stream by stream, with the same exit code.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { helpCommandLines } from '../src/recorded-help.ts';
import { run } from './run-cli.ts';
import { compiledDlis, repoRoot, tempCourses } from './support/compiled-dlis.ts';

const temp = tempCourses('dlis-help-');

/** The recorded replies of the current build, by command line (JSON of its argv). */
async function recordedReplies(): Promise<Record<string, { out: string; err: string; code: number }>> {
  const current = JSON.parse(await readFile(join(repoRoot, 'cli/dist/current.json'), 'utf8')) as {
    dir: string;
  };
  return JSON.parse(await readFile(join(repoRoot, 'cli/dist', current.dir, 'help.json'), 'utf8'));
}

describe('the help recorded when the command is compiled', () => {
  test('is what the sources print for every help command line of every command', async () => {
    // Runs the bin first: it recompiles a stale build, so the recording read next is of the current sources.
    expect((await compiledDlis(['--version'], temp.dir)).code).toBe(0);
    const recorded = await recordedReplies();
    const lines = helpCommandLines();
    expect(Object.keys(recorded).sort()).toEqual(lines.map((argv) => JSON.stringify(argv)).sort());
    expect(lines).toContainEqual(['translate', 'export', '--help']);
    for (const argv of lines) {
      const sources = await run(argv, temp.dir);
      expect({ argv, ...recorded[JSON.stringify(argv)] }).toEqual({ argv, ...sources });
    }
  });

  test('is what the bin prints, and a command line that only looks like help still runs the command', async () => {
    const recorded = await recordedReplies();
    for (const argv of [['--help'], ['translate'], ['validate', '-h'], ['-V']]) {
      expect(await compiledDlis(argv, temp.dir)).toEqual(recorded[JSON.stringify(argv)]);
    }
    // Not recorded: commander reports the unknown command (exit 2) from the loaded command.
    const unknown = await compiledDlis(['help', 'nonexistent'], temp.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Usage: dlis');
  });
});
