import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatch {
  close(): void;
}

/** Quiet time after the last file event before a burst of saves counts as one change. */
const SETTLE_MS = 40;

/**
 * Calls `changed` once per burst of file events anywhere under `dir` (course.yaml, Markdown, assets, the
 * questionnaire file): an editor's save is often several events (write, rename, attribute change).
 */
export function watchCourseFolder(dir: string, changed: () => void): FolderWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  });
  // A folder that disappears (renamed, deleted) ends the watch; the preview keeps its last state.
  watcher.on('error', () => watcher.close());
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
