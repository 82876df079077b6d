/**
 * Thumbnails for the HTML report: each photo made at most 200 px on its longer side, JPEG quality
 * 70, inlined as a data: URI so the page is one self-contained file. The total is bounded (a
 * county of a few thousand photos stays under about 30 MB): past the budget photos are left out
 * and the page says how many. Files are opened read-only, by the byte path discovery found, only
 * up to a size cap; a photo sharp cannot decode simply has no thumbnail. The checked folder is
 * never written to. A photo declaring more pixels than the check decodes (DECODE_PIXEL_LIMIT) is not
 * decoded for a thumbnail either.
 */
import { openForRead } from './formats/read.js';
import type { Report } from './types.js';
import { loadSharp } from './extract/sharp-lazy.js';
import { DECODE_PIXEL_LIMIT, HEIF_DECODE_PIXEL_LIMIT } from './extract/photo-fingerprint.js';
import { jpegLayout } from './extract/photo-structure.js';
import { interlacedPngBytes, PROGRESSIVE_COEFFICIENT_LIMIT, progressiveCoefficientBytes } from './extract/jpeg-integrity.js';

export interface ThumbnailOptions {
  /** Longer side in pixels. */
  size?: number;
  quality?: number;
  /** Total bytes of the inlined images (base64 included). */
  budget?: number;
  /** Larger photos are not read for a thumbnail. */
  maxFileBytes?: number;
  /**
   * Photos declaring more pixels are not decoded (default: the check's own decode bound). sharp's
   * default (268 million) let four 16000×16000 PNGs of 0.8 MB, each already photo.bomb, be
   * decoded for their thumbnails: 1.0 GB RSS, 15 s.
   */
  maxPixels?: number;
}

export interface Thumbnails {
  images: Map<string, string>;
  /** Photos left out because the budget was spent. */
  omitted: number;
  /** Photos that could not be made into a thumbnail (undecodable, too large). */
  failed: number;
}

/**
 * The photos of a report the page shows a thumbnail of: those the check read. A photo whose record
 * holds an error (photo.unreadable, file.unreadable …) or that declares more pixels than the county
 * allows (photo.bomb) is not decoded again for a picture: ten 10000×10000 GIFs already failed as
 * unreadable took a page to 549 MB.
 */
export function thumbnailPhotos<T extends { path: string; kind: string; error: unknown }>(files: readonly T[], report: Pick<Report, 'findings'>): T[] {
  const refused = new Set<string>();
  for (const x of report.findings) if (x.file && (x.ruleId === 'photo.bomb' || x.ruleId === 'photo.unreadable')) refused.add(x.file);
  return files.filter((f) => f.kind === 'photo' && !f.error && !refused.has(f.path));
}

export async function makeThumbnails(photos: { path: string; abs: string | Buffer }[], o: ThumbnailOptions = {}): Promise<Thumbnails> {
  const size = o.size ?? 200;
  const quality = o.quality ?? 70;
  const budget = o.budget ?? 30 * 1024 * 1024;
  const maxFileBytes = o.maxFileBytes ?? 64 * 1024 * 1024;
  const maxPixels = o.maxPixels ?? DECODE_PIXEL_LIMIT;
  const out: Thumbnails = { images: new Map(), omitted: 0, failed: 0 };
  if (!photos.length) return out;
  const sharp = await loadSharp();
  let spent = 0;
  for (const p of photos) {
    if (spent >= budget) {
      out.omitted++;
      continue;
    }
    try {
      const f = await openForRead(p.abs);
      let bytes: Buffer;
      try {
        const n = await f.size();
        if (n > maxFileBytes) throw new Error('too large');
        bytes = await f.readAt(0, n);
      } finally {
        f.close();
      }
      // A progressive JPEG is decoded whole whatever the output size (four 1.2 KB ones declaring
      // 10000×10000 took a page to 2.5 GB): the check's own bound on its buffered coefficients.
      const frame = bytes[0] === 0xff && bytes[1] === 0xd8 ? jpegLayout(bytes).frame : null;
      if (frame && progressiveCoefficientBytes(frame) > PROGRESSIVE_COEFFICIENT_LIMIT) throw new Error('progressive JPEG too large to decode');
      if (interlacedPngBytes(bytes) > PROGRESSIVE_COEFFICIENT_LIMIT) throw new Error('interlaced PNG too large to decode');
      // libheif decodes a HEIF/AVIF image whole too (four 1.1 KB AVIFs of 8000×8000: 1.3 GB).
      const meta = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
      if (meta.format === 'heif' && (meta.width ?? 0) * (meta.height ?? 0) > HEIF_DECODE_PIXEL_LIMIT) throw new Error('HEIF/AVIF too large to decode');
      const jpeg = await sharp(bytes, { failOn: 'none', limitInputPixels: maxPixels })
        .rotate()
        .resize(size, size, { fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality })
        .toBuffer();
      const uri = `data:image/jpeg;base64,${jpeg.toString('base64')}`;
      if (spent + uri.length > budget) {
        out.omitted++;
        spent = budget;
        continue;
      }
      spent += uri.length;
      out.images.set(p.path, uri);
    } catch {
      out.failed++;
    }
  }
  return out;
}
