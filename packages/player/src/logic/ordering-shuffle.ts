import { hashSeed, mulberry32, seededShuffle } from './prng.ts';

/**
 * The order an ordering question first shows its items in: a shuffle seeded by the question id (the same on
 * every visit and resume) that is never the correct order (rotated by one when the shuffle gives it back).
 * `ids` are in the correct order.
 */
export function initialOrder(questionId: string, ids: readonly string[]): string[] {
  const shuffled = seededShuffle(ids, mulberry32(hashSeed(questionId)));
  const same = shuffled.every((id, i) => id === ids[i]);
  return same && ids.length > 1 ? [...ids.slice(1), ...ids.slice(0, 1)] : shuffled;
}

/** A copy of `order` with the item at `index` moved by `delta` places (clamped); unchanged when out of range. */
export function moveItem(order: readonly string[], index: number, delta: number): string[] {
  const target = Math.min(order.length - 1, Math.max(0, index + delta));
  const out = [...order];
  if (index < 0 || index >= order.length || target === index) return out;
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as string);
  return out;
}
