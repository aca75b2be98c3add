/**
 * Fills `bytes` with random values and returns it: `crypto.getRandomValues.bind(crypto)` in browsers and Node,
 * a seeded generator in tests.
 */
export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

/** A random (version 4, variant 1) UUID from 16 bytes of `random` (RFC 4122 §4.4), lower-case. */
export function uuidV4(random: RandomSource): string {
  const b = random(new Uint8Array(16));
  if (b.length !== 16) throw new RangeError(`The random source returned ${b.length} bytes instead of 16.`);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
