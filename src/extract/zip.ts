/**
 * A small zip reader for the containers handed in (.docx, .xlsx, .ofd): the central directory
 * is read first, so every entry's declared sizes are known before anything is inflated, and an
 * entry is inflated with a hard output bound (a size that lies is caught by zlib, not by RAM).
 * Pure functions of a buffer; never touches the file system.
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  size: number; // declared uncompressed size
  /** CRC-32 of the uncompressed bytes, as the central directory gives it. */
  crc?: number;
  localOffset: number;
  encrypted: boolean;
}

/** Bounds on what a container may expand to before it is read (reasoned from real Office files). */
export interface ZipLimits {
  /** Largest declared uncompressed size of one entry that will be inflated. */
  maxEntry: number;
  /** Largest sum of declared uncompressed sizes over the whole archive. */
  maxTotal: number;
  /** Largest expansion ratio of one entry, applied to entries above `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
  maxEntries: number;
}

/**
 * Real documents: a long report's word/document.xml is 1–5 MB, a 5,000-row sheet 5–20 MB; XML
 * deflates 5–20×, a page of repeated table markup up to ~60×. A bomb deflates ~1,000×.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntry: 64 * 1024 * 1024,
  maxTotal: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 4 * 1024 * 1024,
  maxEntries: 20_000,
};

/** Why a container is refused before inflating: raw values for the message catalog. */
export interface ZipBombInfo {
  reason: 'entry-size' | 'total-size' | 'ratio' | 'entries' | 'size-lies';
  entry: string | null;
  /** Declared (or, for size-lies, inflated) size in bytes, or the entry count. */
  seen: number;
  limit: number;
}

export class ZipBombError extends Error {
  constructor(readonly info: ZipBombInfo) {
    super(`zip expands too far: ${info.reason} ${info.entry ?? ''} ${info.seen} > ${info.limit}`);
    this.name = 'ZipBombError';
  }
}

export class ZipFormatError extends Error {
  constructor(message: string, readonly truncated = false) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

/** Reads the central directory. Throws ZipFormatError when there is none (not a zip, or cut short). */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const looksZip = buf.length >= 4 && buf.readUInt32LE(0) === LOC;
    throw new ZipFormatError('no zip end-of-central-directory record', looksZip);
  }
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw new ZipFormatError('bad zip64 end record');
    count = Number(buf.readBigUInt64LE(at + 32));
    cdSize = Number(buf.readBigUInt64LE(at + 40));
    cdOffset = Number(buf.readBigUInt64LE(at + 48));
  }
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError('central directory beyond the end of the file', true);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw new ZipFormatError(`bad central directory entry ${i}`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    // Zip64: the 0xFFFFFFFF fields are given, in order, in extra field 0x0001.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd && e + 4 <= buf.length) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const take = () => {
          const v = q + 8 <= e + 4 + len && q + 8 <= buf.length ? Number(buf.readBigUInt64LE(q)) : 0;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localOffset, crc, encrypted: (flags & 1) !== 0 });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** Throws ZipBombError when the declared sizes exceed the limits. */
export function checkZipBounds(entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) throw new ZipBombError({ reason: 'entries', entry: null, seen: entries.length, limit: limits.maxEntries });
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.maxEntry) throw new ZipBombError({ reason: 'entry-size', entry: e.name, seen: e.size, limit: limits.maxEntry });
    if (e.size > limits.ratioFloor && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw new ZipBombError({ reason: 'ratio', entry: e.name, seen: Math.round(e.size / Math.max(1, e.compressedSize)), limit: limits.maxRatio });
    }
    total += e.size;
    if (total > limits.maxTotal) throw new ZipBombError({ reason: 'total-size', entry: null, seen: total, limit: limits.maxTotal });
  }
}

/** An opened archive: directory read and bounded on open; entries inflated on demand, each bounded. */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byFolded = new Map<string, ZipEntry>();

  constructor(private readonly buf: Buffer, readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS) {
    this.entries = readZipDirectory(buf);
    checkZipBounds(this.entries, limits);
    // Two entries of one name (Office part names are case-insensitive: word/document.xml and
    // Word/Document.xml are one part) leave it to the reader which one is the file: ledger-check read
    // the first, a decoy, while another reader may show the second. Word refuses such a package.
    for (const e of this.entries) {
      if (e.name.endsWith('/')) continue;
      const key = e.name.toLowerCase();
      if (this.byFolded.has(key)) throw new ZipFormatError(`two entries named ${e.name}`);
      this.byName.set(e.name, e);
      this.byFolded.set(key, e);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * The entry's name as stored for a name in any letter case (Office part names are
   * case-insensitive, ECMA-376 Part 2 §9.1.1.1; two names differing only in case are refused on
   * open, so this is never ambiguous), or null.
   */
  nameFolded(name: string): string | null {
    return this.byFolded.get(name.toLowerCase())?.name ?? null;
  }

  /** The entry's bytes, or null when absent. Never inflates beyond the declared size. */
  read(name: string): Buffer | null {
    const e = this.byName.get(name);
    return e ? this.readEntry(e) : null;
  }

  text(name: string): string | null {
    const b = this.read(name);
    return b ? b.toString('utf8').replace(/^\uFEFF/, '') : null;
  }

  /**
   * The entry's bytes, checked as Word, Excel and LibreOffice check them: the size and CRC-32 its
   * directory gives (an entry damaged inside its deflate stream, or a stored one with a byte
   * changed, is refused as corrupt, not read as it comes out).
   */
  readEntry(e: ZipEntry): Buffer {
    const out = this.inflateEntry(e);
    if (out.length !== e.size) throw new ZipFormatError(`entry ${e.name} holds ${out.length} of its ${e.size} bytes`);
    if (e.crc !== undefined && zlib.crc32(out) >>> 0 !== e.crc >>> 0) throw new ZipFormatError(`entry ${e.name}: its bytes do not match its CRC-32`);
    return out;
  }

  private inflateEntry(e: ZipEntry): Buffer {
    const b = this.buf;
    if (e.encrypted) throw new ZipFormatError(`entry ${e.name} is encrypted`);
    if (e.localOffset + 30 > b.length || b.readUInt32LE(e.localOffset) !== LOC) throw new ZipFormatError(`bad local header for ${e.name}`, true);
    // The local header names the same entry as the directory (a reader going by local headers would
    // read another file under this name).
    const localNameLen = b.readUInt16LE(e.localOffset + 26);
    if (e.localOffset + 30 + localNameLen > b.length) throw new ZipFormatError(`bad local header for ${e.name}`, true);
    const localName = b.toString(b.readUInt16LE(e.localOffset + 6) & 0x800 ? 'utf8' : 'latin1', e.localOffset + 30, e.localOffset + 30 + localNameLen);
    if (localName !== e.name) throw new ZipFormatError(`entry ${e.name}: its local header names ${localName}`);
    const start = e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
    if (start + e.compressedSize > b.length) throw new ZipFormatError(`entry ${e.name} runs past the end of the file`, true);
    const data = b.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      // A stored entry is its declared size, no more: every bound above is on declared sizes (a
      // .docx whose stored document.xml declared 1 KB and held 40 MB ran past 120 s at 1.8 GB).
      if (e.compressedSize > e.size) throw new ZipBombError({ reason: 'size-lies', entry: e.name, seen: e.compressedSize, limit: e.size });
      if (e.compressedSize < e.size) throw new ZipFormatError(`stored entry ${e.name} holds ${e.compressedSize} of its ${e.size} bytes`, true);
      return data;
    }
    if (e.method !== 8) throw new ZipFormatError(`entry ${e.name}: unsupported compression method ${e.method}`);
    // The declared size was checked against the limits; inflating more than it declared is a lie.
    const bound = Math.min(e.size, this.limits.maxEntry);
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, bound) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipBombError({ reason: 'size-lies', entry: e.name, seen: bound + 1, limit: e.size });
      }
      throw new ZipFormatError(`entry ${e.name}: ${(err as Error).message}`);
    }
  }
}
