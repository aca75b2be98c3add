import type { TrackerStatus } from './tracker.ts';

/** Fan-out of tracker status news. A throwing listener does not stop the others or the tracker. */
export class StatusEmitter {
  readonly #listeners = new Set<(status: TrackerStatus) => void>();

  on(listener: (status: TrackerStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(status: TrackerStatus): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(status);
      } catch {
        // A broken listener must not break tracking.
      }
    }
  }
}
