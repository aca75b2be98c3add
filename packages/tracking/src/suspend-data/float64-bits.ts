import type { BitReader, BitWriter } from './bit-stream.ts';

/** Writes a number as its 64 IEEE 754 bits (two 32-bit halves, high first): exact for every finite double. */
export function writeFloat64(bits: BitWriter, value: number): void {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  bits.write(view.getUint32(0), 32);
  bits.write(view.getUint32(4), 32);
}

/** Reads what writeFloat64 wrote. */
export function readFloat64(bits: BitReader): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, bits.read(32));
  view.setUint32(4, bits.read(32));
  return view.getFloat64(0);
}
