/**
 * Predefined CMaps (UniGB-UTF16-H, GBK-EUC-H, Adobe-GB1-UCS2 …) for the fast text path, read
 * from pdfjs-dist's packed files (cmaps/*.bcmap) the way pdf.js's BinaryCMapReader reads them
 * (the same arithmetic, its quirks included), once per thread. Reading the files does not load
 * pdf.js. A file that is missing, malformed or vertical declines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { decline } from './pdf-fast-syntax.js';

/** Entries one predefined CMap may hold with the CMaps it uses (UniGB-UTF16-H: ~30,000). */
export const MAX_CMAP_ENTRIES = 1 << 21;
const MAX_MAP_RANGE = 2 ** 24 - 1;

export class PredefinedCMap {
  /** Code-space ranges by byte length (1–4): [low, high, low, high …]. */
  codespaceRanges: number[][] = [[], [], [], []];
  numCodespaceRanges = 0;
  readonly map = new Map<number, number | string>();
  vertical = false;

  addCodespaceRange(n: number, low: number, high: number): void {
    if (n < 1 || n > 4) decline('codespace width');
    this.codespaceRanges[n - 1]!.push(low, high);
    this.numCodespaceRanges++;
  }
  mapOne(src: number, dst: number | string): void {
    if (!this.map.has(src) && this.map.size >= MAX_CMAP_ENTRIES) decline('CMap too large');
    this.map.set(src, dst);
  }
  mapCidRange(low: number, high: number, dstLow: number): void {
    if (high - low > MAX_MAP_RANGE) decline('CMap range');
    while (low <= high) this.mapOne(low++, dstLow++);
  }
  mapBfRange(low: number, high: number, dst: string): void {
    if (high - low > MAX_MAP_RANGE) decline('CMap range');
    const lastByte = dst.length - 1;
    while (low <= high) {
      this.mapOne(low++, dst);
      const next = dst.charCodeAt(lastByte) + 1;
      if (next > 0xff) {
        dst = dst.substring(0, lastByte - 1) + String.fromCharCode(dst.charCodeAt(lastByte - 1) + 1) + '\x00';
        continue;
      }
      dst = dst.substring(0, lastByte) + String.fromCharCode(next);
    }
  }

  /** pdf.js's CMap.readCharCode: the code at `offset` and its byte length. */
  readCharCode(str: string, offset: number): { charcode: number; length: number } {
    let c = 0;
    for (let n = 0; n < 4; n++) {
      c = ((c << 8) | str.charCodeAt(offset + n)) >>> 0;
      const r = this.codespaceRanges[n]!;
      for (let k = 0; k < r.length; k += 2) if (c >= r[k]! && c <= r[k + 1]!) return { charcode: c, length: n + 1 };
    }
    return { charcode: 0, length: 1 };
  }
}

const cmapsDir = (): string => path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

const cache = new Map<string, PredefinedCMap>();

/**
 * Entries this thread keeps in its predefined CMaps and derived ToUnicode maps together. All 99
 * horizontal CMaps and their maps through four orderings are ~5 million entries (~0.5 GB): past
 * this bound both caches are emptied before another is added (a document's fonts keep the maps
 * they hold; the next document builds what it needs again, the same).
 */
export const MAX_CACHED_CMAP_ENTRIES = 1 << 21;
let cachedEntries = 0;
/** Entries held in this thread's CMap caches now (tests). */
export const cachedCMapEntries = (): number => cachedEntries;
function cacheRoomFor(entries: number): void {
  if (cachedEntries + entries <= MAX_CACHED_CMAP_ENTRIES) return;
  cache.clear();
  ucs2Cache.clear();
  cachedEntries = 0;
}

/** A predefined CMap by name (with the CMap it uses), read once per thread. */
export function builtInCMap(name: string, depth = 0): PredefinedCMap {
  const hit = cache.get(name);
  if (hit) return hit;
  if (depth > 2 || !/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('Identity')) decline('CMap name');
  let data: Uint8Array;
  try {
    data = readFileSync(path.join(cmapsDir(), `${name}.bcmap`));
  } catch {
    return decline('no such predefined CMap');
  }
  const cMap = new PredefinedCMap();
  const useCMap = readBinaryCMap(data, cMap);
  if (useCMap !== null) {
    const base = builtInCMap(useCMap, depth + 1);
    if (cMap.numCodespaceRanges === 0) {
      cMap.codespaceRanges = base.codespaceRanges.map((r) => r.slice());
      cMap.numCodespaceRanges = base.numCodespaceRanges;
    }
    for (const [k, v] of base.map) if (!cMap.map.has(k)) cMap.mapOne(k, v);
  }
  cacheRoomFor(cMap.map.size);
  cache.set(name, cMap);
  cachedEntries += cMap.map.size;
  return cMap;
}

const MAX_NUM_SIZE = 16;

function hexToInt(a: Uint8Array, size: number): number {
  let n = 0;
  for (let i = 0; i <= size; i++) n = (n << 8) | a[i]!;
  return n >>> 0;
}
function hexToStr(a: Uint8Array, size: number): string {
  return String.fromCharCode(...a.subarray(0, size + 1));
}
function addHex(a: Uint8Array, b: Uint8Array, size: number): void {
  let c = 0;
  for (let i = size; i >= 0; i--) {
    c += a[i]! + b[i]!;
    a[i] = c & 255;
    c >>= 8;
  }
}
function incHex(a: Uint8Array, size: number): void {
  let c = 1;
  for (let i = size; i >= 0 && c > 0; i--) {
    c += a[i]!;
    a[i] = c & 255;
    c >>= 8;
  }
}

class BinaryStream {
  pos = 0;
  private readonly tmp = new Uint8Array(19);
  constructor(private readonly buf: Uint8Array) {}
  byte(): number {
    return this.pos < this.buf.length ? this.buf[this.pos++]! : -1;
  }
  number(): number {
    let n = 0;
    let last: boolean;
    let steps = 0;
    do {
      const b = this.byte();
      if (b < 0 || ++steps > 8) decline('bad bcmap number');
      last = !(b & 0x80);
      n = (n << 7) | (b & 0x7f);
    } while (!last);
    return n;
  }
  signed(): number {
    const n = this.number();
    return n & 1 ? ~(n >>> 1) : n >>> 1;
  }
  hex(num: Uint8Array, size: number): void {
    if (this.pos + size + 1 > this.buf.length) decline('bcmap cut short');
    num.set(this.buf.subarray(this.pos, this.pos + size + 1));
    this.pos += size + 1;
  }
  /** pdf.js's readHexNumber, quirks included (it reads past the digits it stacked as zeros). */
  hexNumber(num: Uint8Array, size: number): void {
    const stack = this.tmp;
    let sp = 0;
    let last: boolean;
    do {
      const b = this.byte();
      if (b < 0 || sp >= stack.length) decline('bad bcmap hex number');
      last = !(b & 0x80);
      stack[sp++] = b & 0x7f;
    } while (!last);
    let i = size;
    let buffer = 0;
    let bufferSize = 0;
    while (i >= 0) {
      while (bufferSize < 8) {
        buffer |= (--sp >= 0 ? stack[sp]! : 0) << bufferSize;
        bufferSize += 7;
      }
      num[i] = buffer & 255;
      i--;
      buffer >>= 8;
      bufferSize -= 8;
    }
  }
  hexSigned(num: Uint8Array, size: number): void {
    this.hexNumber(num, size);
    const sign = num[size]! & 1 ? 255 : 0;
    let c = 0;
    for (let i = 0; i <= size; i++) {
      c = ((c & 1) << 8) | num[i]!;
      num[i] = (c >> 1) ^ sign;
    }
  }
  string(): string {
    const len = this.number();
    if (len > 1024) decline('bcmap string');
    const out: number[] = [];
    for (let i = 0; i < len; i++) out.push(this.number());
    return String.fromCharCode(...out);
  }
}

/** pdf.js's BinaryCMapReader.process; returns the name of the CMap it uses, or null. */
function readBinaryCMap(data: Uint8Array, cMap: PredefinedCMap): string | null {
  const s = new BinaryStream(data);
  const header = s.byte();
  cMap.vertical = !!(header & 1);
  let useCMap: string | null = null;
  const start = new Uint8Array(MAX_NUM_SIZE);
  const end = new Uint8Array(MAX_NUM_SIZE);
  const char = new Uint8Array(MAX_NUM_SIZE);
  const charCode = new Uint8Array(MAX_NUM_SIZE);
  const tmp = new Uint8Array(MAX_NUM_SIZE);
  let b: number;
  while ((b = s.byte()) >= 0) {
    const type = b >> 5;
    if (type === 7) {
      if ((b & 0x1f) === 0) s.string();
      else if ((b & 0x1f) === 1) useCMap = s.string();
      continue;
    }
    const sequence = !!(b & 0x10);
    const dataSize = b & 15;
    const ucs2 = 1;
    const count = s.number();
    if (count > MAX_CMAP_ENTRIES) decline('bcmap count');
    switch (type) {
      case 0:
        s.hex(start, dataSize);
        s.hexNumber(end, dataSize);
        addHex(end, start, dataSize);
        cMap.addCodespaceRange(dataSize + 1, hexToInt(start, dataSize), hexToInt(end, dataSize));
        for (let i = 1; i < count; i++) {
          incHex(end, dataSize);
          s.hexNumber(start, dataSize);
          addHex(start, end, dataSize);
          s.hexNumber(end, dataSize);
          addHex(end, start, dataSize);
          cMap.addCodespaceRange(dataSize + 1, hexToInt(start, dataSize), hexToInt(end, dataSize));
        }
        break;
      case 1:
        s.hex(start, dataSize);
        s.hexNumber(end, dataSize);
        addHex(end, start, dataSize);
        s.number();
        for (let i = 1; i < count; i++) {
          incHex(end, dataSize);
          s.hexNumber(start, dataSize);
          addHex(start, end, dataSize);
          s.hexNumber(end, dataSize);
          addHex(end, start, dataSize);
          s.number();
        }
        break;
      case 2: {
        s.hex(char, dataSize);
        let code = s.number();
        cMap.mapOne(hexToInt(char, dataSize), code);
        for (let i = 1; i < count; i++) {
          incHex(char, dataSize);
          if (!sequence) {
            s.hexNumber(tmp, dataSize);
            addHex(char, tmp, dataSize);
          }
          code = s.signed() + (code + 1);
          cMap.mapOne(hexToInt(char, dataSize), code);
        }
        break;
      }
      case 3: {
        s.hex(start, dataSize);
        s.hexNumber(end, dataSize);
        addHex(end, start, dataSize);
        let code = s.number();
        cMap.mapCidRange(hexToInt(start, dataSize), hexToInt(end, dataSize), code);
        for (let i = 1; i < count; i++) {
          incHex(end, dataSize);
          if (!sequence) {
            s.hexNumber(start, dataSize);
            addHex(start, end, dataSize);
          } else start.set(end);
          s.hexNumber(end, dataSize);
          addHex(end, start, dataSize);
          code = s.number();
          cMap.mapCidRange(hexToInt(start, dataSize), hexToInt(end, dataSize), code);
        }
        break;
      }
      case 4:
        s.hex(char, ucs2);
        s.hex(charCode, dataSize);
        cMap.mapOne(hexToInt(char, ucs2), hexToStr(charCode, dataSize));
        for (let i = 1; i < count; i++) {
          incHex(char, ucs2);
          if (!sequence) {
            s.hexNumber(tmp, ucs2);
            addHex(char, tmp, ucs2);
          }
          incHex(charCode, dataSize);
          s.hexSigned(tmp, dataSize);
          addHex(charCode, tmp, dataSize);
          cMap.mapOne(hexToInt(char, ucs2), hexToStr(charCode, dataSize));
        }
        break;
      case 5:
        s.hex(start, ucs2);
        s.hexNumber(end, ucs2);
        addHex(end, start, ucs2);
        s.hex(charCode, dataSize);
        cMap.mapBfRange(hexToInt(start, ucs2), hexToInt(end, ucs2), hexToStr(charCode, dataSize));
        for (let i = 1; i < count; i++) {
          incHex(end, ucs2);
          if (!sequence) {
            s.hexNumber(start, ucs2);
            addHex(start, end, ucs2);
          } else start.set(end);
          s.hexNumber(end, ucs2);
          addHex(end, start, ucs2);
          s.hex(charCode, dataSize);
          cMap.mapBfRange(hexToInt(start, ucs2), hexToInt(end, ucs2), hexToStr(charCode, dataSize));
        }
        break;
      default:
        decline('bcmap record type');
    }
  }
  return useCMap;
}

const ucs2Cache = new Map<string, Map<number, string>>();

/**
 * A predefined CMap's codes → text through `${registry}-${ordering}-UCS2` (pdf.js's buildToUnicode
 * for a CJK font without ToUnicode), built once per pair.
 */
export function predefinedToUnicode(cMapName: string, cMap: PredefinedCMap, ordering: string): Map<number, string> {
  const key = `${cMapName}|${ordering}`;
  const hit = ucs2Cache.get(key);
  if (hit) return hit;
  const ucs2 = builtInCMap(`Adobe-${ordering}-UCS2`);
  const out = new Map<number, string>();
  for (const [charcode, cid] of cMap.map) {
    if (typeof cid !== 'number' || cid > 0xffff) return decline('CID past 65,535');
    const u = ucs2.map.get(cid);
    if (typeof u === 'string' && u) {
      const buf: number[] = [];
      for (let i = 0; i < u.length; i += 2) buf.push((u.charCodeAt(i) << 8) + u.charCodeAt(i + 1));
      out.set(charcode, String.fromCharCode(...buf));
    }
  }
  cacheRoomFor(out.size);
  ucs2Cache.set(key, out);
  cachedEntries += out.size;
  return out;
}
