import { inflateRawSync } from 'node:zlib';

export interface ZipEntryInfo {
  name: string;
  /** DOS date/time fields as stored (local-file-header-independent, from the central directory). */
  dosDate: number;
  dosTime: number;
  /** Unix mode from the upper 16 bits of the external attributes (0 when made by a non-Unix host). */
  unixMode: number;
  method: number;
  data: Buffer;
}

/**
 * Reads a zip from its central directory (PKWARE APPNOTE 4.3.12 / 4.3.16), inflating deflated entries.
 * Small and strict on purpose: enough to check what the packager wrote, no zip64.
 */
export function readZip(zip: Buffer): ZipEntryInfo[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(offset + 10);
    const dosTime = zip.readUInt16LE(offset + 12);
    const dosDate = zip.readUInt16LE(offset + 14);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const external = zip.readUInt32LE(offset + 38);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    entries.push({ name, dosDate, dosTime, unixMode: external >>> 16, method, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** DOS date and time of 2000-01-01 00:00:00 (date: (year-1980)<<9 | month<<5 | day; time: 0). */
export const DOS_2000_01_01 = { dosDate: (20 << 9) | (1 << 5) | 1, dosTime: 0 };
