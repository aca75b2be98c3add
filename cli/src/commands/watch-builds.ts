import { watch, type FSWatcher } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CliIo, ExitCode } from '../io.ts';
import { EXIT } from '../io.ts';

/** Saves that arrive within this time are one change (an editor writes a file in several steps). */
const SETTLE_MS = 150;

/**
 * `dlis build --watch`: after the first build, rebuilds each course whose folder changes (its packages only),
 * until Ctrl+C (SIGINT) or `stop`. Changes under the output folder are ignored. Each rebuild prints as a build
 * does; a course with problems prints them and is rebuilt at its next change.
 */
export async function watchBuilds(
  dirs: readonly string[],
  outDir: string,
  build: (dirs: string[]) => Promise<ExitCode>,
  io: CliIo,
  stop: AbortSignal = interrupted(),
): Promise<ExitCode> {
  const courses = dirs.map((dir) => resolve(io.cwd, dir));
  const out = resolve(io.cwd, outDir);
  const dirty = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    timer = undefined;
    const changed = [...dirty].sort((a, b) => a - b);
    dirty.clear();
    running = running.then(async () => {
      io.out(`\n↻ ${changed.map((i) => dirs[i]).join(', ')} changed: building again…`);
      await build(changed.map((i) => dirs[i]!)).catch((error: unknown) => {
        io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
      });
      io.out(`watching ${dirs.length} course${dirs.length === 1 ? '' : 's'} for changes (Ctrl+C to stop)`);
    });
  };
  const watchers: FSWatcher[] = courses.map((course, index) =>
    watch(course, { recursive: true }, (_event, name) => {
      if (!name) return;
      const file = join(course, name.toString());
      if (
        file === out ||
        file.startsWith(out + sep) ||
        /(^|[\\/])\.|~$|\.tmp$/.test(relative(course, file))
      ) {
        return; // the packages themselves, hidden and temporary files of editors
      }
      dirty.add(index);
      clearTimeout(timer);
      timer = setTimeout(rebuild, SETTLE_MS);
    }),
  );
  io.out(`watching ${dirs.length} course${dirs.length === 1 ? '' : 's'} for changes (Ctrl+C to stop)`);
  await new Promise<void>((resolveStop) => {
    if (stop.aborted) resolveStop();
    stop.addEventListener('abort', () => resolveStop(), { once: true });
  });
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await running;
  return EXIT.ok;
}

/** Aborted on Ctrl+C. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
