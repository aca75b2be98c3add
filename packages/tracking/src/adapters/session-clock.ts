/** Monotonic milliseconds for session time and latency: performance.now() where available, else Date.now(). */
export function monotonicNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();
}
