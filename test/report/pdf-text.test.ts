/**
 * PDF text with pdf.js's modern build and the text worker (src/extract/pdfjs*.ts, pdf-text.ts).
 * The pinned texts (pdf-text.golden.json) were recorded with the previous engine, pdf-parse 2.4.5
 * on pdf.js's legacy build, for the PDFs fixtures/build/pdf-text-cases.ts makes: the faster
 * engine must give the same text, page by page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfTextCases } from '../../fixtures/build/pdf-text-cases.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { CELL_THRESHOLD, LINE_THRESHOLD, layoutItems, type TextItemLike } from '../../src/extract/pdf-text.js';
import { patchWorkerSource, textWorkerPatches } from '../../src/extract/pdfjs-text-worker.js';
import { DirectPort } from '../../src/extract/pdfjs.js';

const golden = JSON.parse(readFileSync(path.join(import.meta.dirname, 'pdf-text.golden.json'), 'utf8')) as Record<string, { pages: number | null; pageTexts: string[] | null; repaired: string | null; error: string | null }>;
const workerSource = () => readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.worker.mjs'), 'utf8');

describe('PDF text is what the previous engine gave', () => {
  it('for every pinned fixture, page by page', async () => {
    const cases = await pdfTextCases();
    expect(cases.map((c) => c.name)).toEqual(Object.keys(golden));
    for (const c of cases) {
      const r = await parsePdf(c.pdf);
      expect({ name: c.name, pages: r.pages, pageTexts: r.pageTexts, repaired: r.repaired ?? null, error: r.error?.code ?? null }).toEqual({ name: c.name, ...golden[c.name] });
    }
  });

  it('with both parser changes in force on the installed pdfjs-dist', async () => {
    // Through pdf.js (the fast text path would read this report without loading it).
    process.env.LEDGER_CHECK_PDF_FAST = '0';
    try {
      await parsePdf((await pdfTextCases())[0]!.pdf);
    } finally {
      delete process.env.LEDGER_CHECK_PDF_FAST;
    }
    expect(textWorkerPatches()).toEqual(['font-program', 'cmap-cache', 'cjk-tounicode-cache', 'cjk-tounicode-store', 'tounicode-copy-on-amend', 'tounicode-copy-on-amend-2', 'no-drawing-glyph-map', 'native-inflate', 'native-inflate-2', 'glyph-category', 'bidi-ltr-fast-path', 'hidden-text', 'hidden-text-2', 'hidden-text-3', 'hidden-text-5', 'hidden-text-4', 'clip', 'clip-2', 'clip-3', 'layer', 'layer-2', 'layer-3', 'cid-width-range', 'cid-width-range-2', 'stream-cap', 'native-pdf20-hash']);
  });

  it('and leaves the thread as it was: native Array.prototype.push, no global pdf.js worker', async () => {
    await parsePdf((await pdfTextCases())[0]!.pdf);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });

  it('evaluating a worker module puts globalThis.pdfjsWorker back as it was (absent, or a value), even when it throws', async () => {
    const { evaluateWorkerModule } = await import('../../src/extract/pdfjs.js');
    const g = globalThis as { pdfjsWorker?: unknown };
    const sets = async () => {
      g.pdfjsWorker = 'set by the module';
      return 1;
    };
    expect(await evaluateWorkerModule(sets)).toBe(1);
    expect('pdfjsWorker' in g).toBe(false);
    g.pdfjsWorker = 'before';
    await expect(evaluateWorkerModule(async () => {
      g.pdfjsWorker = 'set';
      throw new Error('bad module');
    })).rejects.toThrow('bad module');
    expect(g.pdfjsWorker).toBe('before');
    delete g.pdfjsWorker;
  });
});

describe('the text worker patch', () => {
  it('applies to the installed pdfjs-dist', () => {
    const patched = patchWorkerSource(workerSource());
    expect(patched).not.toBeNull();
    expect(patched).toContain('builtInCMapCache');
    expect(patched).toContain('if (properties.hasIncludedToUnicodeMap) {');
  });

  it('applies all of its changes or none', () => {
    const src = workerSource();
    expect(patchWorkerSource(src.replace('async function createBuiltInCMap(name, fetchBuiltInCMap) {\n', ''))).toBeNull();
    expect(patchWorkerSource(src.replace('    [type, subtype] = getFontFileType(file, properties);\n', ''))).toBeNull();
    // An anchor found twice is as bad as one not found.
    expect(patchWorkerSource(`${src}\n    [type, subtype] = getFontFileType(file, properties);\n`)).toBeNull();
  });
});

describe('DirectPort', () => {
  it('delivers in order, later, a copy the sender can no longer change by reassigning', async () => {
    const port = new DirectPort();
    const got: unknown[] = [];
    port.addEventListener('message', (e) => got.push(e.data));
    const chunk = { items: [1, 2] };
    const msg = { stream: 4, chunk };
    port.postMessage(msg);
    chunk.items = []; // what pdf.js's text extraction does right after sending
    port.postMessage({ n: 2 });
    expect(got).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toEqual([{ stream: 4, chunk: { items: [1, 2] } }, { n: 2 }]);
  });

  it('stops delivering to a listener removed or aborted', async () => {
    const port = new DirectPort();
    const got: number[] = [];
    const ac = new AbortController();
    const a = () => got.push(1);
    port.addEventListener('message', a);
    port.addEventListener('message', () => got.push(2), { signal: ac.signal });
    port.removeEventListener('message', a);
    ac.abort();
    port.postMessage({});
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([]);
  });
});

const item = (str: string, x: number, y: number, width = 24, hasEOL = false): TextItemLike => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12, hasEOL });
const FLIP = [1, 0, 0, -1, 0, 842]; // the viewport of an A4 page at scale 1

describe('layoutItems (pdf-parse 2.4 layout)', () => {
  it('starts a new line when the next item is more than the line threshold (and the line height) away', () => {
    // The line height is 12: a new line needs a distance over 13 as well as over 4.6.
    expect(layoutItems([item('甲', 72, 700), item('乙', 72, 700 - 13.1)], FLIP)).toBe('甲\n乙');
    expect(layoutItems([item('甲', 72, 700), item('乙', 72, 700 - 13)], FLIP)).toBe('甲乙');
  });

  it('keeps items on the line within the line threshold; a gap over the cell threshold becomes a tab', () => {
    const y = 700;
    expect(LINE_THRESHOLD).toBe(4.6);
    expect(CELL_THRESHOLD).toBe(7);
    // Previous item ends at 72 + 24 = 96.
    expect(layoutItems([item('姓名', 72, y), item('张三', 96 + CELL_THRESHOLD + 0.1, y)], FLIP)).toBe('姓名\t张三');
    expect(layoutItems([item('姓名', 72, y), item('张三', 96 + CELL_THRESHOLD, y)], FLIP)).toBe('姓名张三');
    expect(layoutItems([item('姓名', 72, y), item('张三', 96 + CELL_THRESHOLD - 0.1, y)], FLIP)).toBe('姓名张三');
    // Just under the line threshold vertically: still the same line, so the cell rule applies.
    expect(layoutItems([item('姓名', 72, y), item('张三', 200, y - (LINE_THRESHOLD - 0.1))], FLIP)).toBe('姓名\t张三');
    // On the threshold: neither the same line nor (with a 12-high line) a new one.
    expect(layoutItems([item('姓名', 72, y), item('张三', 200, y - LINE_THRESHOLD)], FLIP)).toBe('姓名张三');
  });

  it('ends a line after an item with hasEOL and does not double a break already there', () => {
    expect(layoutItems([item('甲', 72, 700, 12, true), item('乙', 72, 680)], FLIP)).toBe('甲\n乙');
    expect(layoutItems([item('甲', 72, 700), item('\n乙', 72, 680)], FLIP)).toBe('甲\n乙');
  });
});
