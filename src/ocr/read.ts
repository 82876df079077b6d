/**
 * OCR of one file's bytes: page images in order → text and confidence per page, through the cache.
 * Only the first `maxPages` pages are read; a cached entry with fewer pages is completed, not redone.
 */
import crypto from 'node:crypto';
import pLimit from 'p-limit';
import { ENGINE_ID, ocrThreads, recognize } from './engine.js';
import { imagePage, ocrInput, pdfPages, type PageImage } from './pages.js';
import type { CachedPage, OcrCache } from './cache.js';
import { sealOfImage } from '../seal/page.js';

export interface OcrOptions {
  /** Pages read per file (the rule file's ocr.maxPages). */
  maxPages: number;
  cache: OcrCache | null;
}

export interface OcrRead {
  pagesTotal: number;
  pages: CachedPage[];
  cached: boolean;
}

// Files being read at once: enough to keep every worker busy, few enough to bound page images in memory.
let fileLimit: ReturnType<typeof pLimit> | null = null;

export async function ocrBytes(data: Buffer, kind: 'pdf' | 'image', o: OcrOptions): Promise<OcrRead> {
  fileLimit ??= pLimit(ocrThreads() * 2);
  return fileLimit(() => read(data, kind, o));
}

async function read(data: Buffer, kind: 'pdf' | 'image', o: OcrOptions): Promise<OcrRead> {
  const sha = crypto.createHash('sha256').update(data).digest('hex');
  const hit = o.cache?.get(sha) ?? null;
  const want = (total: number) => Math.min(total, o.maxPages);
  if (hit && hit.pages.length >= want(hit.pagesTotal)) {
    return { pagesTotal: hit.pagesTotal, pages: hit.pages.slice(0, want(hit.pagesTotal)), cached: true };
  }
  const pages: CachedPage[] = hit ? [...hit.pages] : [];
  let total: number;
  let images: AsyncIterable<PageImage>;
  if (kind === 'image') {
    total = 1;
    images = (async function* () {
      if (o.maxPages >= 1 && pages.length === 0) yield await imagePage(data);
    })();
  } else {
    const doc = await pdfPages(data, o.maxPages);
    total = doc.total;
    images = doc.pages;
  }
  for await (const img of images) {
    if (img.page <= pages.length) continue; // already cached
    // The seal is looked for first, on its own copy: the OCR worker may take the page's memory.
    const seal = await sealOfImage(Buffer.from(img.png)).then((s) => s.verdict, () => 'cannot-tell' as const);
    const r = await recognize(await ocrInput(img.png));
    pages.push({ page: img.page, text: r.text, confidence: r.confidence, seal, refused: img.refused });
  }
  o.cache?.put(sha, { engine: ENGINE_ID, pagesTotal: total, pages });
  return { pagesTotal: total, pages: pages.slice(0, want(total)), cached: false };
}
