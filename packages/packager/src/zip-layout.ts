import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

// The bytes of a zip, in memory, in the layout archiver 8 (compress-commons) wrote for Buffer entries, so that
// packages keep their bytes: each entry a local header with a data descriptor (general purpose bit 3, sizes
// after the data), deflated at level 9 (an empty file stored), bit 11 for a non-ASCII name; central headers
// "made by" Unix, zip 4.5, with the entry's Unix mode; no zip64, no comments, no extra fields.
// Written directly rather than through archiver's streams: a package is built in a few milliseconds instead of
// a chain of stream transforms, and the deflated bytes of files that every package repeats (the player
// scripts) are computed once per process (DEFLATED_CACHE_BYTES).

/** One file of the zip: its path inside it and its bytes (every entry has the same date and mode). */
export interface ZipLayoutEntry {
  path: string;
  data: Buffer;
}

/** Date of every entry: 2000-01-01 00:00 (DOS date 0x2821, time 0). */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
/** Unix mode in the high half; the MS-DOS "archive" attribute (0x20) in the low byte. */
const EXTERNAL_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;
const VERSION_NEEDED = 20;
/** Unix (3) in the high byte, zip specification 4.5 in the low one. */
const VERSION_MADE_BY = (3 << 8) | 45;
const FLAG_DATA_DESCRIPTOR = 1 << 3;
const FLAG_UTF8_NAME = 1 << 11;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** Largest offset and count without zip64, which packages never need: refused rather than written wrong. */
const MAX_OFFSET = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** Deflated bytes kept per process, by content hash: the player scripts, the same in every package. */
const DEFLATED_CACHE_BYTES = 64 * 1024 * 1024;
/** Files smaller than this are deflated again rather than hashed and kept. */
const CACHED_MIN_BYTES = 4096;
const deflatedCache = new Map<string, Buffer>();
let deflatedCacheBytes = 0;

/** Deflate level 9 of `data`, from the cache when the same bytes were deflated before. */
function deflated(data: Buffer): Buffer {
  if (data.length < CACHED_MIN_BYTES) return deflateRawSync(data, { level: 9 });
  const key = createHash('sha256').update(data).digest('base64');
  const known = deflatedCache.get(key);
  if (known) return known;
  const compressed = deflateRawSync(data, { level: 9 });
  if (deflatedCacheBytes + compressed.length <= DEFLATED_CACHE_BYTES) {
    deflatedCache.set(key, compressed);
    deflatedCacheBytes += compressed.length;
  }
  return compressed;
}

/** The fields of an entry that its local header and its central directory header both hold, in the same order. */
interface EntryFields {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/**
 * Writes the run both headers share at `at` (26 bytes): version needed, flags, method, time, date, crc, sizes,
 * name length and extra field length (zero: no extra fields).
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(fields.flags, at + 2);
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
  header.writeUInt16LE(0, at + 24);
}

/** The zip of `entries`, in their order (the caller sorts them). Throws past the limits of a zip without zip64. */
export function zipBytes(entries: readonly ZipLayoutEntry[]): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`too many files for a zip: ${entries.length}`);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    const name = Buffer.from(path, 'utf8');
    // eslint-disable-next-line no-control-regex -- ASCII is the range being tested
    const flags = FLAG_DATA_DESCRIPTOR | (/[^\x00-\x7f]/.test(path) ? FLAG_UTF8_NAME : 0);
    const method = data.length === 0 ? METHOD_STORED : METHOD_DEFLATED;
    const body = method === METHOD_STORED ? data : deflated(data);
    const crc = crc32(data) >>> 0;
    const fields = {
      flags,
      method,
      crc,
      compressedSize: body.length,
      size: data.length,
      nameLength: name.length,
    };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    // The crc and the sizes stay zero here: they follow the data, in the data descriptor.
    writeEntryFields(local, 4, { ...fields, crc: 0, compressedSize: 0, size: 0 });
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(body.length, 8);
    descriptor.writeUInt32LE(data.length, 12);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    writeEntryFields(header, 6, fields);
    // comment length, disk number, internal attributes (32–37): zero.
    header.writeUInt32LE(EXTERNAL_ATTRIBUTES, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    parts.push(local, name, body, descriptor);
    offset += local.length + name.length + body.length + descriptor.length;
    if (offset > MAX_OFFSET) throw new Error('the zip would pass 4 GiB');
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
}
