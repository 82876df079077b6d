/**
 * .doc containers word-extractor would loop in: it follows sector chains until an end marker and
 * stops only on a sector naming itself, so a 4.5 KB .doc whose WordDocument chain ran 6 → 7 → 6
 * grew an array to 2.6 GB and killed the whole run (signal 5, every other file lost). The same
 * structures are now walked with bounds first (docReaderHazard) and such a file is corrupt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { makeCfb } from '../../fixtures/build/cfb.js';
import { cfbKind, docReaderHazard } from '../../src/extract/cfb.js';
import { extractDocument } from '../../src/extract/document.js';

/** A plain (not encrypted) Word 97 container: WordDocument sectors 0–7, 1Table 8–15, directory 16. */
function plainDoc(): Buffer {
  const fib = Buffer.alloc(4096);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(0x00c1, 2);
  fib.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm, not encrypted
  return makeCfb([
    { name: 'WordDocument', data: fib },
    { name: '1Table', data: Buffer.alloc(4096) },
  ]);
}
const fatAt = (b: Buffer) => 512 + b.readUInt32LE(0x4c) * 512;
const dirAt = (b: Buffer) => 512 + b.readUInt32LE(0x30) * 512;
const setFat = (b: Buffer, sector: number, next: number) => b.writeUInt32LE(next >>> 0, fatAt(b) + sector * 4);

describe('docReaderHazard: what word-extractor cannot survive', () => {
  it('a sound container has none', () => {
    expect(docReaderHazard(plainDoc())).toBeNull();
  });

  it('a chain of two sectors that loop is one; a sector naming itself (word-extractor stops there) is not', () => {
    const loop = plainDoc();
    setFat(loop, 7, 6);
    expect(docReaderHazard(loop)).toMatch(/WordDocument loops/);
    const self = plainDoc();
    setFat(self, 7, 7);
    expect(docReaderHazard(self)).toBeNull();
    const dir = plainDoc();
    setFat(dir, dir.readUInt32LE(0x30), dir.readUInt32LE(0x30) - 0); // the directory's one sector names itself: fine
    expect(docReaderHazard(dir)).toBeNull();
    const table = plainDoc();
    setFat(table, 15, 8); // 1Table's last sector back to its first
    expect(docReaderHazard(table)).toMatch(/1Table loops/);
  });

  it('directory entries that point back at each other', () => {
    const b = plainDoc();
    b.writeInt32LE(1, dirAt(b) + 2 * 128 + 0x48); // 1Table's right sibling: WordDocument, whose right sibling is 1Table
    expect(docReaderHazard(b)).toMatch(/directory/);
  });

  it('header table sizes: on the file’s sector count accepted, one over refused', () => {
    const b = plainDoc();
    const sectors = Math.ceil(b.length / 512);
    const on = Buffer.from(b);
    on.writeInt32LE(sectors, 0x48); // master allocation table sectors (all read as zeros past the end)
    expect(docReaderHazard(on)).toBeNull();
    const over = Buffer.from(b);
    over.writeInt32LE(sectors + 1, 0x48);
    expect(docReaderHazard(over)).toMatch(/master allocation table of \d+ sectors/);
    const sat = Buffer.from(b);
    sat.writeInt32LE(4_000_000, 0x2c); // would allocate 2 GB of sector table
    expect(docReaderHazard(sat)).toMatch(/allocation table of 4000000 sectors/);
    const shift = Buffer.from(b);
    shift.writeUInt16LE(30, 0x1e); // 1 GB sectors
    expect(docReaderHazard(shift)).toMatch(/sector size/);
  });

  it('the mini allocation table: a chain of the header’s length is read; one sector shorter or longer is refused before it is expanded', () => {
    // word-extractor refuses such a chain itself, but the guard expanded it first: a 450 KB .doc whose
    // chain ran through all 111,616 entries of its allocation table took 1.6 GB and 85 s.
    const at = (n: number) => {
      const b = plainDoc();
      b.writeInt32LE(0, 0x3c); // the mini table's chain: WordDocument's sectors 0 → … → 7
      b.writeInt32LE(n, 0x40);
      return docReaderHazard(b);
    };
    expect(at(8)).toBeNull(); // on
    expect(at(7)).toMatch(/mini allocation table’s chain of 8 sectors, where the header says 7/);
    expect(at(9)).toMatch(/chain of 8 sectors, where the header says 9/);
    expect(docReaderHazard(plainDoc())).toBeNull(); // no mini table: an empty chain, a count of 0
  });

  it('in a unit folder: the looping .doc is corrupt, returned at once (no crash)', async () => {
    const loop = plainDoc();
    setFat(loop, 7, 6);
    const dir = tempDir('lc-doc-hazard-');
    const file = path.join(dir, '说明报告.doc');
    fs.writeFileSync(file, loop);
    const r = await extractDocument({ absPath: Buffer.from(file), name: '说明报告.doc', container: 'cfb', size: loop.length, notes: [] });
    expect(r.error?.code).toBe('corrupt');
  });

  it('a sector size other than 512 or 4096 bytes is corrupt before any table is read', () => {
    // A 40 MB .doc declaring 16 MB sectors, its 109 allocation sectors all naming one, grew the
    // allocation table to 457 million entries and ended the whole run (V8 fatal error, signal 5).
    for (const shift of [8, 10, 24, 31]) {
      const b = plainDoc();
      b.writeUInt16LE(shift, 0x1e);
      expect(() => cfbKind(b), `2^${shift}`).toThrow(/sector size/);
    }
    expect(cfbKind(plainDoc())).toBe('doc');
  });
});
