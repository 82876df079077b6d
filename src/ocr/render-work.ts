/**
 * A bound on the decoding work the OCR page renderer does for one page and for one document.
 * The renderer's pdf.js runs on this thread (render-worker.ts), so a decode cannot be interrupted:
 * the bounds on each image's size (render-image-cap.ts) and on each stream (256 MB) still let a
 * 1 KB PDF keep the thread busy for minutes with many of them. A JBIG2 image holding 30 regions of
 * 8000 × 8000 (each on the region bound) took 5 s a region; a 4 KB CCITT image whose rows are
 * 100,000,000 pixels (one bit a row) decoded to the 256 MB stream bound in 39 s / 786 MB; symbol
 * dictionaries, pattern and halftone regions, text regions and refinements loop on counts inside the
 * data. The patches below charge each decode to one budget: a bitmap's pixels (JBIG2 generic,
 * refinement, MMR, text and halftone regions, symbol placements, a page or region buffer, a JPEG
 * frame), one unit for each integer the JBIG2 arithmetic decoder reads (every loop over symbols,
 * instances and export flags reads them), the bytes any stream decoder outputs (8 units a byte
 * for CCITT, whose byte is 8 pixels). Past the budget every decode throws (counted on the
 * renderer's counter like any image left undrawn: `ocr.image-refused`), so the page is drawn
 * without what was left, and pages after the document's budget are drawn without their images.
 */
import { countCappedRenderStream, type SourcePatch } from '../extract/pdf-stream-cap.js';

/**
 * Work for one page: an honest scan page decodes one image of at most 64 MP (a 600 dpi A4 colour
 * scan is ~35 MP, ~105 MB of Flate output; a JBIG2 page of that size charges its page, region and
 * pixels, ~3 × 35 M). Four times the largest image drawn.
 */
export const PAGE_WORK = 256_000_000;
/** Work for one document (all its pages read by OCR): twenty 600 dpi A4 colour scans fit. */
export const DOCUMENT_WORK = 2_560_000_000;

/** Work charged for each content-stream operator read: 250,000 a page. */
export const OPERATOR_WORK = 1_024;
/**
 * Work charged for an operator that paints (fill, stroke, show text, shading): 5,000 a page. A fill
 * of the whole page took ~2.5 ms under load; a scan's page paints a handful, a page of outlined
 * lettering a few thousand.
 */
export const PAINT_OPERATOR_WORK = 51_200;

const KEY = 'ledger-check.render-work';

/** Prepended to the renderer's worker source: the budget, its setter (on globalThis) and the charge. */
export const WORK_PRELUDE =
  'let __lcWorkLeft = Infinity;\n' +
  `globalThis[Symbol.for(${JSON.stringify(KEY)})] = (n) => { const left = __lcWorkLeft; __lcWorkLeft = n; return left; };\n` +
  'function __lcSpend(n) {\n' +
  '  if (n > 0) __lcWorkLeft -= n;\n' +
  '  if (__lcWorkLeft < 0) {\n' +
  `    ${countCappedRenderStream};\n` +
  '    throw new Error("ledger-check: drawing this page needs more decoding work than its bound");\n' +
  '  }\n' +
  '}\n' +
  // An operator read once the budget is spent ends the page's drawing without another count (the
  // refusal that spent it was counted): images past it were refused, and a page went on drawing.
  'function __lcSpendOperator(n) {\n' +
  '  if (__lcWorkLeft < 0) throw new Error("ledger-check: this page\'s decoding work is spent");\n' +
  '  __lcSpend(n);\n' +
  '}\n';

/** Sets the work left (Infinity: unbounded) and returns what was left before; a no-op without the patched renderer. */
export function setRenderWork(n: number): number {
  const set = (globalThis as Record<symbol, unknown>)[Symbol.for(KEY)];
  return typeof set === 'function' ? (set as (n: number) => number)(n) : Infinity;
}

/** A patch that inserts `code` right after `find` (which must occur exactly once). */
const after = (name: string, find: string, code: string): SourcePatch => ({ name, find, replace: find + code });

/** The charges, each after a line that occurs once in pdf.js's legacy worker (a test checks they apply). */
export function workPatches(): SourcePatch[] {
  return [
    after('work-jbig2-integer', 'function decodeInteger(contextCache, procedure, decoder) {\n', '  __lcSpend(1);\n'),
    after('work-jbig2-iaid', 'function decodeIAID(contextCache, decoder, codeLength) {\n', '  __lcSpend(1);\n'),
    after('work-jbig2-bitmap', 'function decodeBitmap(mmr, width, height, templateIndex, prediction, skip, at, decodingContext) {\n', '  __lcSpend(width * height + 1);\n'),
    after(
      'work-jbig2-refinement',
      'function decodeRefinement(width, height, templateIndex, referenceBitmap, offsetX, offsetY, prediction, at, decodingContext) {\n',
      '  __lcSpend(width * height + 1);\n',
    ),
    after('work-jbig2-mmr', 'function decodeMMRBitmap(input, width, height, endOfBlock) {\n', '  __lcSpend(width * height + 1);\n'),
    after(
      'work-jbig2-text-region',
      'function decodeTextRegion(huffman, refinement, width, height, defaultPixelValue, numberOfSymbolInstances, stripSize, inputSymbols, symbolCodeLength, transposed, dsOffset, referenceCorner, combinationOperator, huffmanTables, refinementTemplateIndex, refinementAt, decodingContext, logStripSize, huffmanInput) {\n',
      '  __lcSpend(width * height + 1);\n',
    ),
    after('work-jbig2-symbol-placed', '      const offsetT = t - (referenceCorner & 1 ? 0 : symbolHeight - 1);\n', '      __lcSpend(symbolWidth * symbolHeight + 1);\n'),
    after(
      'work-jbig2-patterns',
      'function decodePatternDictionary(mmr, patternWidth, patternHeight, maxPatternIndex, template, decodingContext) {\n',
      '  __lcSpend((maxPatternIndex + 1) * (patternWidth * patternHeight + 1));\n',
    ),
    after('work-jbig2-halftone', '  const bitsPerValue = log2(numberOfPatterns);\n', '  __lcSpend(gridWidth * gridHeight * (patternWidth * patternHeight + bitsPerValue + 1));\n'),
    after('work-jbig2-export-flags', '    let runLength = huffman ? tableB1.decode(huffmanInput) : decodeInteger(contextCache, "IAEX", decoder);\n', '    __lcSpend(runLength < 0 ? Infinity : runLength);\n'),
    after('work-jbig2-region', 'function readRegionSegmentInformation(data, start) {\n', '  __lcSpend(readUint32(data, start) * readUint32(data, start + 4));\n'),
    after('work-jbig2-page', '  onPageInformation(info) {\n', '    __lcSpend(info.width * info.height);\n'),
    after('work-jpeg-frame', 'function prepareComponents(frame) {\n', '  __lcSpend(frame.samplesPerLine * frame.scanLines * frame.components.length);\n'),
    // A soft or stencil mask's alpha buffer (its pixels), each time an image is drawn with it (its decode is cached).
    after('work-smask-pixels', '      sw = smask.width;\n      sh = smask.height;\n', '      __lcSpend(sw * sh);\n'),
    after('work-mask-pixels', '        sw = mask.width;\n        sh = mask.height;\n', '        __lcSpend(sw * sh);\n'),
    // A gradient mesh is read again at each use: each vertex read or made by splitting a patch.
    after('work-mesh-vertex', '  readCoordinate() {\n', '    __lcSpend(64);\n'),
    after('work-mesh-split', '    const verticesPerRow = splitXBy + 1;\n', '    __lcSpend(16 * (splitYBy + 1) * verticesPerRow);\n'),
    // Every operator read (a form's again at each use: forms nesting ten deep, ten uses each, made a
    // million fills from 500 bytes); one that paints (a fill or stroke, text, a shading) can cover the page.
    {
      name: 'work-operator',
      find: '        this.preprocessCommand(fn, args);\n        operation.fn = fn;\n',
      replace:
        `        __lcSpendOperator((fn >= OPS.stroke && fn <= OPS.closeEOFillStroke) || (fn >= OPS.showText && fn <= OPS.nextLineSetSpacingShowText) || fn === OPS.shadingFill ? ${PAINT_OPERATOR_WORK} : ${OPERATOR_WORK});\n` +
        '        this.preprocessCommand(fn, args);\n        operation.fn = fn;\n',
    },
    after('work-ccitt-byte', '  readNextChar() {\n    if (this.eof) {\n      return -1;\n    }\n    const refLine = this.refLine;\n', '    __lcSpend(8);\n'),
    after('work-stream-output', '    const buffer = this.buffer;\n    if (requested <= buffer.byteLength) {\n      return buffer;\n    }\n', '    __lcSpend(requested - buffer.byteLength);\n'),
  ];
}
