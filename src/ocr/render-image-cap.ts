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

const IMAGE_SIZE = '    this.width = width;\n    this.height = height;\n    this.interpolate = dict.get("I", "Interpolate");\n';

/**
 * The patch of pdf.js's PDFImage (every image it decodes, and each image's soft mask (/SMask) or
 * stencil mask (/Mask)): pdf.js checks maxImageSize against the drawn image's dictionary only, then
 * allocates a mask's alpha buffer from the mask's own /Width × /Height. A 200 KB PDF whose
 * 1000 × 1000 image has a 20000 × 20000 soft mask (50 MB of Flate zeros) took 38 s and 5.3 GB.
 */
export function imagePixelsCapPatch(maxPixels: number): SourcePatch {
  return { name: 'image-pixels-cap', find: IMAGE_SIZE, replace: IMAGE_SIZE.replace('    this.interpolate', refuse('an image or mask', 'width', 'height', maxPixels) + '    this.interpolate') };
}

/** Mesh vertices (read from the data, or made by splitting its patches) one gradient mesh may have in the OCR renderer. */
export const MAX_MESH_VERTICES = 262_144;

const READ_COORDINATE = '  readCoordinate() {\n    const {\n      bitsPerCoordinate,\n      decode\n    } = this.context;\n';
const PATCH_VERTICES = '    const verticesPerRow = splitXBy + 1;\n';

const meshRefuse = (counter: string, n: string, max: number) =>
  `    ${counter} = (${counter} || 0) + ${n};\n` +
  `    if (${counter} > ${max}) {\n` +
  `      ${countCappedRenderStream};\n` +
  `      throw new Error("ledger-check: a gradient mesh of more than ${max} vertices");\n` +
  '    }\n';

/**
 * The patches of pdf.js's gradient meshes (shading types 4–7): their vertices are read from the data
 * into arrays (a 256 MB stream holds 64 million) and every triangle is drawn again at each use; a
 * 24 KB PDF of one mesh of a million triangles ran for over 5 minutes. A mesh with more vertices than
 * MAX_MESH_VERTICES is not drawn (counted as refused; pdf.js skips a shading that fails).
 */
export function meshCapPatches(maxVertices: number): SourcePatch[] {
  return [
    { name: 'mesh-read-cap', find: READ_COORDINATE, replace: READ_COORDINATE + meshRefuse('this.__lcVertices', '1', maxVertices) },
    { name: 'mesh-split-cap', find: PATCH_VERTICES, replace: PATCH_VERTICES + meshRefuse('this.__lcVertices', '(splitYBy + 1) * verticesPerRow', maxVertices) },
  ];
}
