/**
 * Minimal reader for Compound File Binary containers (D0 CF 11 E0): the stream names in the
 * directory, and the first bytes of a stream. Enough to tell an encrypted OOXML file
 * (EncryptionInfo + EncryptedPackage) from a legacy .doc, and to read the .doc FIB's
 * fEncrypted flag.
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
    this.sectorSize = 1 << buf.readUInt16LE(0x1e);
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
}

export type CfbKind = 'encrypted-ooxml' | 'doc' | 'doc-encrypted' | 'xls' | 'other';

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
  if (cfb.has('Workbook') || cfb.has('Book')) return 'xls';
  return 'other';
}

/** Does the container hold a stream or storage of that name? False for a non-CFB buffer. */
export function cfbHasStream(buf: Buffer, name: string): boolean {
  try {
    return new Cfb(buf).has(name);
  } catch {
    return false;
  }
}
