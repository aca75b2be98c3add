/**
 * Resolves once the browser has painted what is rendered now: after the next animation frame, then a task. A
 * hidden page paints nothing (and runs no animation frame), so there it resolves at once.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
