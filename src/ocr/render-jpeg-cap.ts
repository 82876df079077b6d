/**
 * A bound on the JPEG frames the OCR page renderer decodes. pdf.js's `maxImageSize` checks the
 * size an image's dictionary declares (/Width × /Height), but its JPEG decoder allocates from the
 * frame header inside the data (SOF): a 2.6 MB PDF whose image says 1000 × 1000 and holds a
 * 15000 × 15000 JPEG took 1.6 GB. The patch below, applied to the renderer's pdf.js worker source,
 * makes a frame above the bound throw before anything is allocated; pdf.js then leaves the image
 * out (the page renders without it, so OCR reads nothing there and the scan is not checked) and
 * the renderer's capped-stream counter (RENDER_COUNTER) counts it, never the text reader's.
 */
import { countCappedRenderStream, type SourcePatch } from '../extract/pdf-stream-cap.js';

const PREPARE = 'function prepareComponents(frame) {\n';

/** The patch of pdf.js's JpegImage prepareComponents (where the frame's buffers are allocated). */
export function jpegFrameCapPatch(maxPixels: number): SourcePatch {
  return {
    name: 'jpeg-frame-cap',
    find: PREPARE,
    replace:
      PREPARE +
      `  if (frame.samplesPerLine * frame.scanLines > ${maxPixels}) {\n` +
      `    ${countCappedRenderStream};\n` +
      `    throw new Error("ledger-check: a JPEG frame of " + frame.samplesPerLine + " x " + frame.scanLines + " pixels is above ${maxPixels}");\n` +
      '  }\n',
  };
}
