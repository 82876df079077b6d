/**
 * Minimal reader for Compound File Binary containers (D0 CF 11 E0): the stream names in the
 * directory, and the first bytes of a stream. Enough to tell an encrypted OOXML file
 * (EncryptionInfo + EncryptedPackage) from a legacy .doc, to read the .doc FIB's fEncrypted
 * flag, and a legacy .xls workbook's FILEPASS record.
 */

export const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface CfbEntry {
  name: string;
  type: number; // 1 storage, 2 stream, 5 root
  start: number;
  size: number;
}

const ENDOFCHAIN = 0xfffffffe;

export class Cfb {
  readonly sectorSize: number;
  private readonly fat: number[] = [];
  readonly entries: CfbEntry[] = [];

  constructor(private readonly buf: Buffer) {
    if (buf.length < 512 || !buf.subarray(0, 8).equals(CFB_MAGIC)) throw new Error('not a CFB container');
    // 512-byte sectors (version 3) or 4096 (version 4), nothing else: a 40 MB .doc declaring 16 MB
    // sectors, its 109 allocation sectors all naming one, grew the table to 457 million entries and
    // ended the whole run (V8 fatal error, signal 5).
    const shift = buf.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) throw new Error(`CFB sector size 2^${shift}`);
    this.sectorSize = 1 << shift;
    const fatSectors = buf.readUInt32LE(0x2c);
    const dirStart = buf.readUInt32LE(0x30);
    // FAT sector numbers: the first 109 are in the header (DIFAT); larger files are rare for reports.
    for (let i = 0; i < Math.min(fatSectors, 109); i++) {
      const sec = buf.readUInt32LE(0x4c + i * 4);
      const off = this.offset(sec);
      for (let j = 0; j + 4 <= this.sectorSize && off + j + 4 <= buf.length; j += 4) this.fat.push(buf.readUInt32LE(off + j));
    }
    for (const sec of this.chain(dirStart)) {
      const off = this.offset(sec);
      for (let e = 0; e + 128 <= this.sectorSize && off + e + 128 <= buf.length; e += 128) {
        const at = off + e;
        const nameLen = buf.readUInt16LE(at + 0x40);
        const type = buf[at + 0x42];
        if (type === 0 || nameLen < 2) continue;
        const name = buf.toString('utf16le', at, at + Math.min(64, nameLen) - 2);
        this.entries.push({ name, type, start: buf.readUInt32LE(at + 0x74), size: buf.readUInt32LE(at + 0x78) });
      }
    }
  }

  private offset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  private *chain(start: number): Generator<number> {
    let sec = start;
    const seen = new Set<number>();
    while (sec !== ENDOFCHAIN && sec < this.fat.length && !seen.has(sec)) {
      seen.add(sec);
      yield sec;
      sec = this.fat[sec];
    }
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /** First `n` bytes of a stream, in regular sectors or (below 4096 bytes) in the mini stream. */
  start(name: string, n: number): Buffer | null {
    const e = this.entries.find((x) => x.name === name && x.type === 2);
    if (!e) return null;
    return e.size < 4096 ? this.miniHead(e, n) : this.head(name, n);
  }

  /** First `n` bytes of a stream stored in regular sectors (streams ≥ 4096 bytes, like WordDocument). */
  head(name: string, n: number): Buffer | null {
    const e = this.entries.find((x) => x.name === name && x.type === 2);
    if (!e || e.size < 4096) return null;
    const parts: Buffer[] = [];
    let got = 0;
    for (const sec of this.chain(e.start)) {
      const off = this.offset(sec);
      parts.push(this.buf.subarray(off, Math.min(off + this.sectorSize, this.buf.length)));
      got += this.sectorSize;
      if (got >= n) break;
    }
    return Buffer.concat(parts).subarray(0, n);
  }

  /**
   * First `n` bytes of a stream below the 4096-byte cutoff, held in the mini stream (64-byte
   * sectors inside the root entry's chain, allocated by the mini table). Bounded: at most
   * ceil(n / 64) mini sectors are followed, each chain read with a memory of where it has been.
   */
  private miniHead(e: CfbEntry, n: number): Buffer | null {
    const root = this.entries.find((x) => x.type === 5);
    if (!root) return null;
    const want = Math.ceil(Math.min(n, e.size) / 64);
    // The mini table: the chain from the header's first mini-table sector.
    const miniFat: number[] = [];
    const need = (sec: number) => sec >= miniFat.length;
    const tableSectors = this.chain(this.buf.readUInt32LE(0x3c));
    // The mini stream's regular sectors (the root entry's chain), read as far as needed.
    const rootSectors: number[] = [];
    const rootChain = this.chain(root.start);
    const parts: Buffer[] = [];
    let mini = e.start;
    const seen = new Set<number>();
    while (parts.length < want && mini !== ENDOFCHAIN && !seen.has(mini)) {
      seen.add(mini);
      const at = mini * 64;
      const sectorIndex = Math.floor(at / this.sectorSize);
      while (rootSectors.length <= sectorIndex) {
        const r = rootChain.next();
        if (r.done) return parts.length ? Buffer.concat(parts).subarray(0, n) : null;
        rootSectors.push(r.value);
      }
      const off = this.offset(rootSectors[sectorIndex]!) + (at % this.sectorSize);
      if (off + 64 > this.buf.length) break;
      parts.push(this.buf.subarray(off, off + 64));
      while (need(mini)) {
        const t = tableSectors.next();
        if (t.done) return Buffer.concat(parts).subarray(0, n);
        const toff = this.offset(t.value);
        for (let j = 0; j + 4 <= this.sectorSize && toff + j + 4 <= this.buf.length; j += 4) miniFat.push(this.buf.readUInt32LE(toff + j));
      }
      mini = miniFat[mini]!;
    }
    return parts.length ? Buffer.concat(parts).subarray(0, n) : null;
  }
}

export type CfbKind = 'encrypted-ooxml' | 'doc' | 'doc-encrypted' | 'xls' | 'xls-encrypted' | 'other';

/** What a CFB container holds. Throws only on a non-CFB buffer. */
export function cfbKind(buf: Buffer): CfbKind {
  const cfb = new Cfb(buf);
  if (cfb.has('EncryptedPackage') || cfb.has('EncryptionInfo')) return 'encrypted-ooxml';
  if (cfb.has('WordDocument')) {
    const fib = cfb.head('WordDocument', 16);
    // FIB: wIdent 0xA5EC; flags word at 0x0A, bit 0x0100 = fEncrypted.
    if (fib && fib.readUInt16LE(0) === 0xa5ec && (fib.readUInt16LE(0x0a) & 0x0100) !== 0) return 'doc-encrypted';
    return 'doc';
  }
  if (cfb.has('Workbook') || cfb.has('Book')) return xlsFilePass(cfb) ? 'xls-encrypted' : 'xls';
  return 'other';
}

/**
 * Does a legacy workbook (BIFF5/8 stream `Workbook` or `Book`) carry a password to open? Its
 * globals substream then has FILEPASS (record 0x002F) as the record right after its BOF (MS-XLS
 * 2.4.117: "MUST be the next record after BOF"); record headers are never encrypted, only
 * their data. WRITEPROT (0x0086, a password to modify) leaves the workbook readable: not this.
 */
export function xlsFilePass(cfb: Cfb): boolean {
  const head = cfb.start('Workbook', 512) ?? cfb.start('Book', 512);
  if (!head || head.length < 8) return false;
  const bof = head.readUInt16LE(0);
  // BOF: 0x0809 (BIFF5/8), 0x0409 (BIFF4), 0x0209 (BIFF3).
  if (bof !== 0x0809 && bof !== 0x0409 && bof !== 0x0209) return false;
  const next = 4 + head.readUInt16LE(2);
  return next + 2 <= head.length && head.readUInt16LE(next) === 0x002f;
}

/** Does the container hold a stream or storage of that name? False for a non-CFB buffer. */
export function cfbHasStream(buf: Buffer, name: string): boolean {
  try {
    return new Cfb(buf).has(name);
  } catch {
    return false;
  }
}

/** Largest number of directory visits word-extractor is let make, per directory entry. */
const VISITS_PER_ENTRY = 4;

/**
 * What in a .doc's container would make word-extractor (the .doc text reader) hang or exhaust
 * memory, or null. It follows sector chains until a free or end marker and stops only on a
 * sector that names itself: a chain 6 → 7 → 6 grew an array until the process died (a 4.5 KB
 * file, 2.6 GB, the whole run lost). It also walks the directory's siblings recursively with no
 * memory of where it has been (a directory whose entries share children is exponential), reads
 * as many master-table sectors as the header says, and allocates sector tables of the header's
 * size. This walks the same structures the same way, with bounds, before word-extractor sees the
 * file: the chains of the tables, the directory, the mini stream, and the streams it reads
 * (WordDocument, 0Table, 1Table).
 */
export function docReaderHazard(buf: Buffer): string | null {
  if (buf.length < 512 || !buf.subarray(0, 8).equals(CFB_MAGIC)) return 'not a CFB container';
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return `sector size 2^${shift}`;
  if (buf.readUInt16LE(0x20) !== 6) return `mini sector size 2^${buf.readUInt16LE(0x20)}`;
  const sec = 1 << shift;
  const sectors = Math.ceil(buf.length / sec);
  const count = (name: string, at: number): string | null => {
    const n = buf.readInt32LE(at);
    return n < 0 || n > sectors ? `${name} of ${n} sectors in a file of ${sectors}` : null;
  };
  const bad = count('allocation table', 0x2c) ?? count('master allocation table', 0x48) ?? count('mini allocation table', 0x40);
  if (bad) return bad;
  const int32At = (sector: number, i: number): number => {
    const at = (sector + 1) * sec + i * 4;
    return sector >= 0 && at + 4 <= buf.length ? buf.readInt32LE(at) : 0; // read past the end: zeros, as word-extractor gets
  };
  // The master table: 109 entries in the header, then its own sectors, each ending in the next one's id.
  const satSize = buf.readInt32LE(0x2c);
  const msat: number[] = [];
  for (let i = 0; i < 109 && msat.length < satSize; i++) msat.push(buf.readInt32LE(0x4c + i * 4));
  let m = buf.readInt32LE(0x44);
  for (let i = 0; i < buf.readInt32LE(0x48) && msat.length < satSize; i++) {
    for (let j = 0; j < sec / 4 - 1 && msat.length < satSize; j++) msat.push(int32At(m, j));
    m = int32At(m, sec / 4 - 1);
  }
  /** A sector table (word-extractor's AllocationTable): `per` entries a sector, zeros past the end of the file. */
  const table = (secIds: number[], per: number): Int32Array => {
    const t = new Int32Array(secIds.length * per);
    secIds.forEach((s, k) => {
      for (let i = 0; i < per; i++) t[k * per + i] = int32At(s, i);
    });
    return t;
  };
  const fat = table(msat, sec / 4);
  /** word-extractor's getSecIdChain, bounded: null when it would not end. */
  const chain = (t: Int32Array, start: number): number[] | null => {
    const out: number[] = [];
    let id = start;
    while (id > -1) {
      if (out.length > t.length) return null;
      out.push(id);
      const prior = id;
      id = t[id]!;
      if (id === undefined || id === prior) break;
    }
    return out;
  };
  const ssatChain = chain(fat, buf.readInt32LE(0x3c));
  if (!ssatChain) return 'the mini allocation table’s sector chain loops';
  // word-extractor refuses a chain of another length than the header's count (at most the file's
  // sectors); expanding it first took 1.6 GB for a 450 KB file whose chain ran through every entry.
  const ssatSize = buf.readInt32LE(0x40);
  if (ssatChain.length !== ssatSize) return `the mini allocation table’s chain of ${ssatChain.length} sectors, where the header says ${ssatSize}`;
  const ssat = table(ssatChain, sec / 4);
  const dirChain = chain(fat, buf.readInt32LE(0x30));
  if (!dirChain) return 'the directory’s sector chain loops';
  const dir = Buffer.concat(dirChain.map((s) => {
    const at = (s + 1) * sec;
    return at >= 0 && at < buf.length ? buf.subarray(at, Math.min(at + sec, buf.length)) : Buffer.alloc(0);
  }));
  const entries = Array.from({ length: Math.floor(dir.length / 128) }, (_, i) => {
    const at = i * 128;
    const nameLen = Math.max(dir.readInt16LE(at + 64) - 1, 0);
    return {
      name: dir.toString('utf16le', at, at + Math.min(nameLen, 64)),
      type: dir.readInt8(at + 66),
      left: dir.readInt32LE(at + 68),
      right: dir.readInt32LE(at + 72),
      child: dir.readInt32LE(at + 76),
      secId: dir.readInt32LE(at + 116),
      size: dir.readInt32LE(at + 120),
    };
  });
  const root = entries.find((e) => e.type === 5);
  if (!root) return null; // word-extractor fails on its own, at once
  if (!chain(fat, root.secId)) return 'the mini stream’s sector chain loops';
  // The directory as word-extractor walks it: every child id it reaches, storages recursively.
  let visits = 0;
  const budget = VISITS_PER_ENTRY * entries.length + 16;
  const storages: (typeof root)[] = [root];
  while (storages.length) {
    const s = storages.pop()!;
    if (s.child <= -1) continue;
    const stack = [s.child];
    while (stack.length) {
      if (++visits > budget) return 'the directory’s entries loop or share children';
      const e = entries[stack.pop()!];
      if (!e) break; // word-extractor fails on its own, at once
      if (e.type === 1) storages.push(e);
      if (e.left !== -1) stack.push(e.left);
      if (e.right !== -1) stack.push(e.right);
    }
  }
  const shortMax = buf.readInt32LE(0x38);
  for (const e of entries) {
    if (e.type !== 2 || !['WordDocument', '0Table', '1Table'].includes(e.name)) continue;
    if (!chain(e.size < shortMax ? ssat : fat, e.secId)) return `the sector chain of ${e.name} loops`;
  }
  return null;
}
