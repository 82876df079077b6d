/**
 * Third-party-shaped PDFs whose text every reader shows (final-review17's ordinary rows: clipping,
 * optional content, a scan's OCR layer), as functions of content drawn before and after each page's
 * own, so that later rules (hostile18's covers) can be checked against the same shapes.
 */
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';

export const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };

/** Clipping (flipped or scaled CTM, negative rectangles, forms with /Matrix, curves, a tight cell, rotation, Tz/Tc). */
export function clipCases(before = '', after = ''): [string, Buffer][] {
  const formObj = (bbox: string, matrix: string, content: string) => ({
    dict: `<</Type/XObject/Subtype/Form/BBox[${bbox}]${matrix ? `/Matrix[${matrix}]` : ''}>>`,
    stream: Buffer.from(content, 'latin1'),
  });
  const mk = (content: string, objects: { dict: string; stream: Buffer }[] = []) =>
    officePdf({ fonts: { F1: F }, pages: [{ content: before + content + after }], resources: objects.length ? '/XObject<</Fm1 1000 0 R>>' : '', objects });
  return [
    ['flipped CTM, page clip, Tm flipped back', mk(`1 0 0 -1 0 842 cm 0 0 595 842 re W n\nBT /F1 10.5 Tf 1 0 0 -1 72 100 Tm ${show(F, BODY)} Tj ET\n`)],
    ['negative-height clip rect', mk(`q 60 700 480 -40 re W n BT 72 680 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['negative-width clip rect', mk(`q 540 660 -480 40 re W n BT 72 680 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['scaled CTM after the clip (points set before)', mk(`q 0 0 595 842 re W n 0.5 0 0 0.5 0 0 cm BT 144 1360 Td /F1 21 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['clip in scaled space', mk(`q 0.5 0 0 0.5 0 0 cm 0 0 1190 1684 re W n BT 144 1360 Td /F1 21 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['form with Matrix and BBox in form space', mk(`q /Fm1 Do Q\n`, [formObj('0 0 500 40', '1 0 0 1 60 670', `BT 12 10 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET\n`)])],
    ['form with scaling Matrix', mk(`q /Fm1 Do Q\n`, [formObj('0 0 1000 80', '0.5 0 0 0.5 60 670', `BT 24 20 Td /F1 21 Tf ${show(F, BODY)} Tj ET\n`)])],
    ['form drawn under a cm', mk(`q 1 0 0 1 60 670 cm /Fm1 Do Q\n`, [formObj('0 0 500 40', '', `BT 12 10 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET\n`)])],
    ['curve clip (ellipse-ish) around the text', mk(`q 60 690 m 60 720 300 720 540 690 c 540 660 300 660 60 690 c h W n BT 72 685 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['table cell clip tight to the line (descent)', mk(`q 70 678 400 10 re W n BT 72 680 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['rotated 90 CTM clip and text', mk(`q 0 1 -1 0 595 0 cm 0 0 842 595 re W n BT 72 500 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET Q\n`)],
    ['text with Tz 50 and large Tc', mk(`q 60 670 480 30 re W n BT 72 680 Td /F1 10.5 Tf 50 Tz 2 Tc ${show(F, BODY)} Tj ET Q\n`)],
  ];
}

/** Optional content: layers ON, BaseState OFF with the layer ON, text after an OFF layer closed, nested and non-OC marked content, an OCMD AnyOn, an unknown name. */
export function layerCases(before = '', after = ''): [string, Buffer][] {
  const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;
  function pdf(content: string, d: string, extraOcg = ''): Buffer {
    return officePdf({
      fonts: { F1: F },
      resources: '/Properties<</A 1000 0 R/B 1001 0 R/M 1002 0 R/MC0 1003 0 R>>',
      objects: ['<</Type/OCG/Name(A)>>', '<</Type/OCG/Name(B)>>', '<</Type/OCMD/OCGs[1000 0 R 1001 0 R]/P/AnyOn>>', '<</MCID 0>>'],
      catalog: `/OCProperties<</OCGs[1000 0 R 1001 0 R]/D<<${d}>>${extraOcg}>>`,
      pages: [{ content: before + line(800, TITLE) + content + after }],
    });
  }
  return [
    ['A listed ON', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/ON[1000 0 R]/OFF[]')],
    ['BaseState OFF, A listed ON', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/BaseState/OFF/ON[1000 0 R]')],
    ['B off, text in A', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
    ['B off, text after B closed', pdf(`/OC /B BDC EMC /Span <</ActualText (x)>> BDC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
    ['B off: nested non-OC BDC inside B closed, then text', pdf(`/OC /B BDC /P <</MCID 0>> BDC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
    ['B off: BMC inside B, then text after both', pdf(`/OC /B BDC /Artifact BMC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
    ['B off: text inside P tagged by property name MC0', pdf(`/P /MC0 BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
    ['OCMD AnyOn with A on, B off', pdf(`/OC /M BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
    ['Order only, no ON/OFF', pdf(`/OC /A BDC ${line(780, BODY)} EMC\n`, '/Order[1000 0 R 1001 0 R]')],
    ['unknown OC name', pdf(`/OC /Z BDC ${line(780, BODY)} EMC\n`, '/OFF[1001 0 R]')],
    ['stray EMC after B closed', pdf(`/OC /B BDC EMC EMC ${line(780, BODY)}\n`, '/OFF[1001 0 R]')],
    ['A off but text outside any BDC', pdf(`/OC /A BDC EMC ${line(780, BODY)}\n`, '/OFF[1000 0 R]')],
  ];
}

/** A scan's invisible OCR layer over its page image however painted (an XObject, inline, inside a form, flipped, in strips). */
export function ocrLayerCases(before = '', after = ''): [string, Buffer][] {
  const layer = `BT 3 Tr 72 780 Td /F1 10.5 Tf ${show(F, BODY)} Tj ET\n`;
  const IMAGE = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
  const FORM = { dict: '<</Type/XObject/Subtype/Form/BBox[0 0 1 1]/Resources<</XObject<</Im1 1000 0 R>>>>>>', stream: Buffer.from('/Im1 Do\n', 'latin1') };
  const mk = (content: string) => officePdf({ fonts: { F1: F }, resources: '/XObject<</Im1 1000 0 R/Fm1 1001 0 R>>', objects: [IMAGE, FORM], pages: [{ content: before + content + after }] });
  return [
    ['xobject image', mk(`q 595 0 0 842 0 0 cm /Im1 Do Q\n${layer}`)],
    ['inline image', mk(`q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n${layer}`)],
    ['image inside a form', mk(`q 595 0 0 842 0 0 cm /Fm1 Do Q\n${layer}`)],
    ['image flipped (negative scale)', mk(`q 595 0 0 -842 0 842 cm /Im1 Do Q\n${layer}`)],
    ['image as 4 strips', mk([0, 1, 2, 3].map((i) => `q 595 0 0 210.5 0 ${i * 210.5} cm /Im1 Do Q`).join('\n') + `\n${layer}`)],
  ];
}
