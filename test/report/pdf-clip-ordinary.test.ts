/**
 * final-review17: ordinary clipping (flipped or scaled CTM, negative rectangles, forms with /Matrix,
 * curves, a tight table cell, rotation, Tz/Tc) keeps its text: the session-17 clip rule (9a9d0f6f)
 * leaves out only glyphs wholly outside the clip. The fast path reads as pdf.js does.
 */
import { describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { both } from './pdf-fast-both.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY)] };
const formObj = (bbox: string, matrix: string, content: string) => ({
  dict: `<</Type/XObject/Subtype/Form/BBox[${bbox}]${matrix ? `/Matrix[${matrix}]` : ''}>>`,
  stream: Buffer.from(content, 'latin1'),
});
const mk = (content: string, objects: { dict: string; stream: Buffer }[] = []) =>
  officePdf({ fonts: { F1: F }, pages: [{ content }], resources: objects.length ? '/XObject<</Fm1 1000 0 R>>' : '', objects });

const cases: [string, Buffer][] = [
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

describe('ordinary clipping: visible text is read', () => {
  it.each(cases)('%s', async (_n, file) => {
    const raw = await parsePdf(file);
    expect(raw.error).toBeNull();
    expect((raw.pageTexts ?? []).join('').replace(/\s/g, '')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const { fast, slow } = await both(file);
    expect(fast.pageTexts ?? slow.pageTexts).toEqual(slow.pageTexts);
  });
});
