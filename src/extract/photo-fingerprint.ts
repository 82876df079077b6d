/**
 * Photo fingerprints for reuse checks.
 *  - Exact duplicates: files are grouped by size, then by a hash of their first and last 64 KB;
 *    only files that still collide are hashed in full (SHA-256). A unique size reads nothing.
 *  - Near-duplicates: a 64-bit dHash (9×8 grey, EXIF orientation applied). The embedded EXIF
 *    thumbnail is used when it is a faithful copy of the picture (same aspect ratio, and not
 *    contradicted by a hash of the image); otherwise the image itself: a baseline JPEG from
 *    its DC coefficients (on a worker thread, see dc-pool.ts), anything else decoded by sharp at
 *    about 1/8 scale. `dhashSource` says which one was used.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import pLimit from 'p-limit';
import { loadSharp } from './sharp-lazy.js';
import { SAFE_OPEN, openForRead, readWholeFile } from '../formats/read.js';
import type { ExtractedFile, PhotoFacts, PhotoFingerprint } from '../types.js';
import { jpegLayout } from './photo-structure.js';
import { boxCells, dhashFromGrid, dhashJpegDc, gridSize, lumaPlane, orientGrid } from './dhash.js';
import { dcJobsWaiting, dhashJpegDcOffThread } from './dc-pool.js';

/** Above this many declared pixels nothing is decoded (decompression-bomb guard). */
export const DECODE_PIXEL_LIMIT = 100_000_000;
/**
 * Above this many declared pixels a HEIF/AVIF image is not decoded: libheif decodes the whole
 * frame (and the AV1 decoder its planes) whatever the output size, ~18 bytes a pixel as measured:
 * four 8 KB AVIFs of 8000×8000 took a run to 4.6 GB. Many phones write 12 MP HEIC, but recent iPhones write
 * 24 MP (48 MP as HEIF Max): those are not decoded either (a photo.pixels-not-checked warning).
 */
export const HEIF_DECODE_PIXEL_LIMIT = 16_000_000;
const PARTIAL = 64 * 1024;
/** An EXIF thumbnail is hashed on the DC worker while fewer than this many hashes wait there. */
const THUMB_QUEUE = 2;

/**
 * dHash of an image (file path or encoded bytes). `orientation` is applied to the grid; pass 1
 * for HEIF/AVIF (the decoder already applies irot). The image is decoded at about 1/8 scale
 * (JPEG shrink-on-load: the DC coefficients). Throws what sharp throws: a truncated or corrupt
 * image fails here.
 */
export async function dhashImage(
  input: string | Buffer,
  orientation: number | null | undefined,
  size?: { width: number; height: number },
): Promise<string> {
  // failOn 'error': with 'truncated', libvips accepts a PNG whose chunk CRCs or zlib data are
  // broken ("libpng read error"). Warnings (libjpeg's "Corrupt JPEG data") still pass: they are
  // process-wide in libvips and would fail sound photos decoded at the same moment.
  const img = (await loadSharp())(input, { failOn: 'error', limitInputPixels: DECODE_PIXEL_LIMIT });
  // The size as decoded (HEIF: after irot); asked of sharp only when the caller does not know it.
  const { width, height } = size ?? ((await img.metadata()) as { width: number; height: number });
  const tw = Math.max(9, Math.ceil((width ?? 72) / 8));
  const th = Math.max(9, Math.ceil((height ?? 72) / 8));
  const { data, info } = await img.resize(tw, th, { fit: 'fill', kernel: 'linear' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const plane = lumaPlane(data, info.width, info.height, info.channels);
  const { w, h } = gridSize(orientation);
  const cells = boxCells(plane, info.width, info.height, 1, { left: 0, top: 0, width: info.width, height: info.height }, w, h);
  return dhashFromGrid(orientGrid(cells, w, h, orientation));
}

export interface ThumbnailInfo {
  dhash: string;
  /** Size of the picture inside the thumbnail, after trimming letterbox bars. */
  width: number;
  height: number;
  /** The picture has the stored image's aspect ratio (a thumbnail of this framing). */
  aspectMatches: boolean;
}

/**
 * Largest EXIF thumbnail decoded (pixels its frame header declares). A thumbnail lives in the 64 KB
 * APP1 segment and is 160×120 to 640×480; a 476-byte progressive JPEG declaring 16383×16383 (one
 * AC scan of end-of-band runs, no DC scan: libjpeg only warns) decoded to 805 MB, and four photos
 * carrying one took a run to 7.5 GB. One above it is not decoded (no thumbnail hash).
 */
export const THUMBNAIL_PIXEL_LIMIT = 4_000_000;

export class ThumbnailTooLarge extends Error {}

/** Analyse an EXIF thumbnail against the stored image size. Throws when it cannot be decoded. */
export async function analyzeThumbnail(
  jpeg: Buffer,
  storedWidth: number,
  storedHeight: number,
  orientation: number | null | undefined,
): Promise<ThumbnailInfo> {
  const want = storedWidth / storedHeight;
  const { w: gw, h: gh } = gridSize(orientation);
  // The usual case, decided from the thumbnail's own header: it has the image's shape, so there
  // are no letterbox bars to find, and its DC coefficients give the hash without any decode
  // (a sharp decode per photo was most of the photo check's CPU time).
  // The hash is read on the DC worker thread (a copy of the thumbnail's few KB is sent) while it
  // keeps up, where the forwarded copies are hashed; behind a queue, here.
  const sof = jpegLayout(jpeg).sof;
  if (sof && sof.width * sof.height > THUMBNAIL_PIXEL_LIMIT) throw new ThumbnailTooLarge(`thumbnail of ${sof.width}×${sof.height} pixels`);
  if (sof && sof.width > 0 && sof.height > 0 && Math.abs(sof.width / sof.height / want - 1) < 0.04) {
    const dhash = dcJobsWaiting() < THUMB_QUEUE ? (await dhashJpegDcOffThread(jpeg, orientation ?? null)).hash : dhashJpegDc(jpeg, orientation);
    if (dhash) return { dhash, width: sof.width, height: sof.height, aspectMatches: true };
  }
  const sharp = await loadSharp();
  const { data, info } = await sharp(jpeg, { failOn: 'truncated', limitInputPixels: THUMBNAIL_PIXEL_LIMIT }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  const h = info.height;
  const plane = lumaPlane(data, w, h, info.channels);
  const dark = (i: number) => plane[i]! < 24;
  const rowDark = (y: number) => {
    for (let x = 0; x < w; x++) if (!dark(y * w + x)) return false;
    return true;
  };
  const colDark = (x: number, y0: number, y1: number) => {
    for (let y = y0; y < y1; y++) if (!dark(y * w + x)) return false;
    return true;
  };
  let top = 0;
  let bottom = h;
  while (top < bottom - 1 && rowDark(top)) top++;
  while (bottom - 1 > top && rowDark(bottom - 1)) bottom--;
  let left = 0;
  let right = w;
  while (left < right - 1 && colDark(left, top, bottom)) left++;
  while (right - 1 > left && colDark(right - 1, top, bottom)) right--;
  const cw = right - left;
  const ch = bottom - top;
  const aspectMatches = Math.abs(cw / ch / want - 1) < 0.04;
  const cells = boxCells(plane, w, h, 1, { left, top, width: cw, height: ch }, gw, gh);
  return { dhash: dhashFromGrid(orientGrid(cells, gw, gh, orientation)), width: cw, height: ch, aspectMatches };
}

// ---------------------------------------------------------------- file access

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Largest GBK-named photo read into memory for sharp (others are opened by libvips itself). */
const MAX_SHARP_BYTES = 256 * 1024 * 1024;

/**
 * sharp wants a string path or the bytes; GBK-named files are only reachable as bytes. Only a
 * regular file is handed on: libvips opens a path with a blocking open(), so a photo swapped for
 * a FIFO after it was listed blocked a libuv thread for ever (four such hang the run, which then
 * cannot even exit). It is checked here on a descriptor opened without blocking; the bytes are read
 * the same way (readWholeFile), bounded.
 */
export async function sharpInput(absPath: Buffer): Promise<string | Buffer> {
  let name: string | null;
  try {
    name = utf8.decode(absPath);
  } catch {
    name = null;
  }
  if (name === null) return readWholeFile(absPath, MAX_SHARP_BYTES);
  const fh = await fs.open(absPath, SAFE_OPEN);
  try {
    if (!(await fh.stat()).isFile()) throw new Error('not a regular file');
  } finally {
    await fh.close();
  }
  return name;
}

async function partialHash(f: Pick<ExtractedFile, 'absPath' | 'size'>): Promise<string> {
  const file = await openForRead(f.absPath);
  try {
    const h = crypto.createHash('sha256');
    h.update(await file.readAt(0, Math.min(f.size, PARTIAL)));
    if (f.size > PARTIAL) {
      const m = Math.min(PARTIAL, f.size - PARTIAL);
      h.update(await file.readAt(f.size - m, m));
    }
    return h.digest('hex');
  } finally {
    file.close();
  }
}

/**
 * SHA-256 of exactly the bytes discovery listed (`size`). Opened without blocking and refused
 * unless a regular file of that size: a photo replaced by a FIFO after discovery blocked a
 * thread for ever (opened with 'r'), and one grown to 50 GB after discovery was read to its end.
 */
async function fullHash(f: Pick<ExtractedFile, 'absPath' | 'size'>): Promise<string> {
  const fh = await fs.open(f.absPath, SAFE_OPEN);
  try {
    const st = await fh.stat();
    if (!st.isFile() || st.size !== f.size) throw new Error('not the file that was listed');
    const h = crypto.createHash('sha256');
    let read = 0;
    if (f.size > 0) {
      for await (const chunk of fh.createReadStream({ highWaterMark: 1 << 20, autoClose: false, start: 0, end: f.size - 1 })) {
        h.update(chunk as Buffer);
        read += (chunk as Buffer).length;
      }
    }
    if (read !== f.size) throw new Error('changed while it was read');
    return h.digest('hex');
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function groupBy<T>(items: T[], key: (t: T) => string | number | null): T[][] {
  const m = new Map<string | number, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const g = m.get(k);
    if (g) g.push(it);
    else m.set(k, [it]);
  }
  return [...m.values()].filter((g) => g.length > 1);
}

type PhotoFile = Pick<ExtractedFile, 'path' | 'absPath' | 'size' | 'error'> & { facts: { type: 'photo' } & PhotoFacts };

/** Digests of a file's content remembered by the fact cache (src/cache/run.ts), by path. */
export interface Digests {
  get(f: { path: string }, kind: 'partial' | 'sha256'): string | undefined;
  set(f: { path: string }, kind: 'partial' | 'sha256', value: string): void;
}

function isPhoto(f: Pick<ExtractedFile, 'path' | 'absPath' | 'size' | 'error' | 'facts'>): f is PhotoFile {
  return f.facts.type === 'photo';
}

/**
 * The near-duplicate hash of a photo from its facts: the image's own dHash when it was decoded,
 * else the EXIF thumbnail's when that is a faithful copy (same aspect ratio); null otherwise.
 */
export function nearDuplicateHash(p: PhotoFacts): Pick<PhotoFingerprint, 'dhash' | 'dhashSource'> {
  if (p.imageDhash) return { dhash: p.imageDhash, dhashSource: 'image' };
  if (p.thumbnailDhash && p.thumbnailAspectMatches) return { dhash: p.thumbnailDhash, dhashSource: 'thumbnail' };
  return { dhash: null, dhashSource: null };
}

/**
 * The run-level stage after extraction: per photo (by path), `sha256` — only for files whose size
 * and partial hash collide with another's — and the near-duplicate hash (unless nearDuplicates is
 * false). With `contentHashes: false` no sha256 (the caller compares across several calls, see
 * contentHashes); with `hashAll`, every photo's. The files' facts are not touched. Never throws; a file that cannot be read keeps null
 * fingerprints.
 */
export async function fingerprintPhotos(
  files: readonly Pick<ExtractedFile, 'path' | 'absPath' | 'size' | 'error' | 'facts'>[],
  opts: { nearDuplicates?: boolean; concurrency?: number; digests?: Digests; hashAll?: boolean; contentHashes?: boolean } = {},
): Promise<Map<string, PhotoFingerprint>> {
  const photos = files.filter(isPhoto).filter((f) => f.size > 0 && f.error?.code !== 'io');
  const out = new Map<string, PhotoFingerprint>();
  for (const f of photos) {
    out.set(f.path, { sha256: null, ...(opts.nearDuplicates === false ? { dhash: null, dhashSource: null } : nearDuplicateHash(f.facts)) });
  }
  if (opts.contentHashes !== false) {
    const hashes = await contentHashes(photos, { all: opts.hashAll, concurrency: opts.concurrency, digests: opts.digests });
    for (const [f, h] of hashes) out.get(f.path)!.sha256 = h;
  }
  return out;
}

/**
 * SHA-256 of the full content of the files whose size and partial hash collide with another's
 * (every one with `all`: a shard cannot see the others). A file that cannot be read has none.
 */
export async function contentHashes<T extends Pick<ExtractedFile, 'path' | 'absPath' | 'size'>>(
  files: readonly T[],
  opts: { all?: boolean; concurrency?: number; digests?: Digests } = {},
): Promise<Map<T, string>> {
  const limit = pLimit(opts.concurrency ?? 4);
  // Digests the fact cache kept for unchanged content: taken from it instead of reading the file.
  const memo = opts.digests;
  const digest = async (f: T, kind: 'partial' | 'sha256', make: (f: T) => Promise<string>) => {
    const known = memo?.get(f, kind);
    if (known) return known;
    const h = await make(f);
    memo?.set(f, kind, h);
    return h;
  };
  const out = new Map<T, string>();
  const bySize = opts.all ? [] : groupBy([...files], (f) => f.size);
  const partial = new Map<T, string>();
  await Promise.all(
    bySize.flat().map((f) =>
      limit(async () => {
        try {
          partial.set(f, `${f.size}:${await digest(f, 'partial', partialHash)}`);
        } catch {
          /* unreadable now: no fingerprint */
        }
      }),
    ),
  );
  const collisions = opts.all ? [files] : groupBy([...partial.keys()], (f) => partial.get(f) ?? null);
  await Promise.all(
    collisions.flat().map((f) =>
      limit(async () => {
        try {
          out.set(f, await digest(f, 'sha256', fullHash));
        } catch {
          /* unreadable now: no fingerprint */
        }
      }),
    ),
  );
  return out;
}

/** The files with their fingerprints attached (new objects; the facts are shared, not copied). */
export function withFingerprints<T extends ExtractedFile>(files: readonly T[], prints: ReadonlyMap<string, PhotoFingerprint>): T[] {
  return files.map((f) => {
    const fp = prints.get(f.path);
    return fp ? { ...f, fingerprint: fp } : f;
  });
}
