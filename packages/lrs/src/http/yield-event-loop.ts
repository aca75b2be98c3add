/** Items handled between two yields to the event loop: about a millisecond of validation or preparation. */
const SLICE = 100;

/**
 * Maps a large batch in slices, letting the event loop run between them, so one 10,000-statement request does not
 * hold up other requests (`/about`, reads) for seconds. Errors are thrown as by a plain map.
 */
export async function mapYielding<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(fn(items[i]!, i));
  }
  return out;
}
