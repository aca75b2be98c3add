/**
 * The base64url alphabet (RFC 4648 §5): every character is allowed in a SCORM 1.2 CMIString4096, needs no
 * escaping in JSON, URLs or cookies, and carries 6 bits.
 */
export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Number of bits needed to store the values 0..count-1 (0 when there is at most one value). */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count));
}

/** Writes unsigned integers MSB first, then renders them as base64url (the last character zero-padded). */
export class BitWriter {
  readonly #bits: number[] = [];

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.#bits.push(Math.floor(value / 2 ** i) % 2);
  }

  toBase64Url(): string {
    let out = '';
    for (let i = 0; i < this.#bits.length; i += 6) {
      let sextet = 0;
      for (let j = 0; j < 6; j++) sextet = sextet * 2 + (this.#bits[i + j] ?? 0);
      out += BASE64URL[sextet];
    }
    return out;
  }
}

/** Reads what BitWriter wrote. After a read past the end, `ok` is false and every read returns 0. */
export class BitReader {
  readonly #sextets: number[];
  #position = 0;
  ok: boolean;

  constructor(text: string) {
    this.#sextets = [...text].map((c) => BASE64URL.indexOf(c));
    this.ok = this.#sextets.every((s) => s >= 0);
  }

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.#bit();
    return value;
  }

  /** True when only zero padding is left, and less than one character of it. */
  atCleanEnd(): boolean {
    const total = this.#sextets.length * 6;
    if (total - this.#position >= 6) return false;
    while (this.#position < total) if (this.#bit() !== 0) return false;
    return this.ok;
  }

  #bit(): number {
    const sextet = this.#sextets[Math.floor(this.#position / 6)];
    if (sextet === undefined) {
      this.ok = false;
      return 0;
    }
    const shift = 5 - (this.#position % 6);
    this.#position++;
    return (sextet >> shift) & 1;
  }
}
