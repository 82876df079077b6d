/**
 * Bounds on the images the OCR page renderer decodes, from what the image data itself declares.
 * pdf.js's `maxImageSize` checks the size an image's dictionary declares (/Width × /Height), but
 * its decoders allocate from sizes inside the data: a JPEG's frame header (SOF), a JBIG2 page's
 * information segment and each region's. A 2.6 MB PDF whose image says 1000 × 1000 and holds a
 * 15000 × 15000 JPEG took 1.6 GB; a 500-byte JBIG2 image whose page says 120000 × 120000 (filled
 * with black) took 2.2 GB. The patches below, applied to the renderer's pdf.js worker source, make
 * such an image throw before anything is allocated; pdf.js then leaves it out (the page renders
 * without it, so OCR reads nothing there and the scan is not checked) and the renderer's
 * capped-stream counter (RENDER_COUNTER) counts it, never the text reader's. An image whose
 * dictionary alone is above pdf.js's maxImageSize (an honest 600 dpi A3 scan, ~70 MP) is removed by
 * pdf.js itself, and an image it cannot decode (a corrupt JPEG 2000 or JPEG) is left out: the last
 * two patches count those too, so every image left undrawn is known per page.
 */
import { countCappedRenderStream, type SourcePatch } from '../extract/pdf-stream-cap.js';

const refuse = (what: string, w: string, h: string, max: number) =>
  `  if (${w} * ${h} > ${max}) {\n` +
  `    ${countCappedRenderStream};\n` +
  `    throw new Error("ledger-check: ${what} of " + ${w} + " x " + ${h} + " pixels is above ${max}");\n` +
  '  }\n';

const PREPARE = 'function prepareComponents(frame) {\n';

/** The patch of pdf.js's JpegImage prepareComponents (where the frame's buffers are allocated). */
export function jpegFrameCapPatch(maxPixels: number): SourcePatch {
  return { name: 'jpeg-frame-cap', find: PREPARE, replace: PREPARE + refuse('a JPEG frame', 'frame.samplesPerLine', 'frame.scanLines', maxPixels) };
}

const PAGE_INFO = '  onPageInformation(info) {\n    this.currentPageInfo = info;\n';
const REGION_INFO = 'function readRegionSegmentInformation(data, start) {\n';

/**
 * The patches of pdf.js's JBIG2 decoder: the page buffer (allocated, and filled when the page's
 * default pixel is black, from the page information segment) and every region's bitmap (a byte a
 * pixel, from the region's segment information).
 */
export function jbig2CapPatches(maxPixels: number): SourcePatch[] {
  return [
    { name: 'jbig2-page-cap', find: PAGE_INFO, replace: PAGE_INFO.replace('{\n', `{\n${refuse('a JBIG2 page', 'info.width', 'info.height', maxPixels)}`) },
    {
      name: 'jbig2-region-cap',
      find: REGION_INFO,
      replace: REGION_INFO + refuse('a JBIG2 region', 'readUint32(data, start)', 'readUint32(data, start + 4)', maxPixels),
    },
  ];
}

const REMOVED = '      const msg = "Image exceeded maximum allowed size and was removed.";\n';

const DECODE_FAILED = '      warn(`Unable to decode image "${objId}": "${reason}".`);\n';

/**
 * The patch of pdf.js's catch of an image it could not decode (a corrupt JPEG 2000 or JPEG, an
 * unsupported filter): count it too, unless it is one of the refusals above (already counted).
 */
export function decodeFailedCountPatch(): SourcePatch {
  return {
    name: 'decode-failed-count',
    find: DECODE_FAILED,
    replace: DECODE_FAILED + `      if (!String(reason?.message ?? reason).startsWith("ledger-check:")) ${countCappedRenderStream};\n`,
  };
}

const REUSED = '    pageIndexSet.add(pageIndex);\n    return imageData;\n  }\n  setData(ref, data) {\n';
const FAILED_BEFORE = '      if (this.globalImageCache.hasDecodeFailed(imageRef)) {\n';

/**
 * The patches that count an image whose decode failed on an earlier page each time a later page
 * draws it: pdf.js remembers the failure per document (and caches the image's empty result for
 * images on two or more pages), so such a page skipped it without a word and read as complete.
 */
export function decodeFailedReuseCountPatches(): SourcePatch[] {
  return [
    {
      name: 'decode-failed-reuse-count',
      find: REUSED,
      replace: REUSED.replace('    return imageData;\n', `    if (this.#decodeFailedSet.has(ref)) ${countCappedRenderStream};\n    return imageData;\n`),
    },
    { name: 'decode-failed-again-count', find: FAILED_BEFORE, replace: FAILED_BEFORE + `        ${countCappedRenderStream};\n` },
  ];
}

/** The patch of pdf.js's own maxImageSize refusal (by the image dictionary): count it as well. */
export function imageSizeCountPatch(): SourcePatch {
  return { name: 'image-size-count', find: REMOVED, replace: REMOVED + `      ${countCappedRenderStream};\n` };
}
