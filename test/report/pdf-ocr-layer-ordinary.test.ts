/**
 * final-review17: a scan's invisible OCR layer (Tr 3) stays read over a page image however it is
 * painted (an XObject, an inline image, an image inside a form, flipped, in strips): 9a9d0f6f made
 * an OCR layer count only over images showing 1% of the page or more.
 */
import { expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(BODY)] };
const layer = `BT 3 Tr 72 780 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET\n`;
const IMAGE = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
const FORM = { dict: '<</Type/XObject/Subtype/Form/BBox[0 0 1 1]/Resources<</XObject<</Im1 1000 0 R>>>>>>', stream: Buffer.from('/Im1 Do\n', 'latin1') };
const mk = (content: string) => officePdf({ fonts: { F1: F }, resources: '/XObject<</Im1 1000 0 R/Fm1 1001 0 R>>', objects: [IMAGE, FORM], pages: [{ content }] });
it.each([
  ['xobject image', mk(`q 595 0 0 842 0 0 cm /Im1 Do Q\n${layer}`)],
  ['inline image', mk(`q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n${layer}`)],
  ['image inside a form', mk(`q 595 0 0 842 0 0 cm /Fm1 Do Q\n${layer}`)],
  ['image flipped (negative scale)', mk(`q 595 0 0 -842 0 842 cm /Im1 Do Q\n${layer}`)],
  ['image as 4 strips', mk([0, 1, 2, 3].map((i) => `q 595 0 0 210.5 0 ${i * 210.5} cm /Im1 Do Q`).join('\n') + `\n${layer}`)],
])('%s', async (_n, f) => {
  const raw = await parsePdf(f);
  expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
  expect(raw.hidden).toBeUndefined();
});
