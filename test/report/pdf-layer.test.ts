/**
 * PDF optional content (a layer) that the document's default configuration switches off is neither
 * shown nor printed (poppler's pdftotext leaves it out too), yet its text was read as evidence: a
 * report could keep its five elements in a layer turned off (`/OCProperties << /D << /OFF [...] >> >>`,
 * the body inside `/OC /L1 BDC … EMC`, or a form XObject with `/OC`) under a visible title. The text
 * reader (patch `layer`) follows the default configuration (BaseState, ON, OFF; an OCMD's policy) and
 * leaves such text out whatever the page paints (`doc.hidden-text`, 'layer'); the fast path declines
 * optional content, so pdf.js's reader decides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { renderMessage } from '../../src/messages/index.js';
import { why } from './pdf-fast-both.js';
import { extracted } from './helpers.js';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const MORE = '二、部署文件：印发《志愿服务工作方案》。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TITLE + BODY + MORE)] };
const n = (s: string) => s.replace(/\s/g, '').length;
const line = (y: number, text: string) => `BT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\n`;

/** Objects: 1000 layer A, 1001 layer B, 1002 an OCMD over both (policy P), 1003 a form in layer A. */
function pdf(content: string, d: string, policy = 'AnyOn'): Buffer {
  return officePdf({
    fonts: { F1: F },
    resources: '/Properties<</A 1000 0 R/B 1001 0 R/M 1002 0 R>>/XObject<</Fm1 1003 0 R>>',
    objects: [
      '<</Type/OCG/Name(A)>>',
      '<</Type/OCG/Name(B)>>',
      `<</Type/OCMD/OCGs[1000 0 R 1001 0 R]/P/${policy}>>`,
      { dict: '<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/OC 1000 0 R>>', stream: Buffer.from(line(700, MORE), 'latin1') },
    ],
    catalog: `/OCProperties<</OCGs[1000 0 R 1001 0 R]/D<<${d}>>>>`,
    pages: [{ content: line(800, TITLE) + content }],
  });
}
const read = async (file: Buffer) => {
  const raw = await parsePdf(file);
  return { text: raw.pageTexts?.join('') ?? '', hidden: raw.hidden };
};

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

describe('PDF text in a layer switched off', () => {
  it('text in an OFF layer and a form in it are left out; the same layer ON is read; the fast path declines', async () => {
    const body = `/OC /A BDC\n${line(780, BODY)}EMC\nq /Fm1 Do Q\n`;
    const off = pdf(body, '/OFF[1000 0 R]');
    expect(why(off)).toMatch(/optional content/);
    const r = await read(off);
    expect(r.text).toContain(TITLE);
    expect(r.text).not.toContain('主体责任');
    expect(r.text).not.toContain('部署文件');
    expect(r.hidden).toEqual({ chars: n(BODY) + n(MORE), how: ['layer'] });
    const on = await read(pdf(body, '/OFF[1001 0 R]'));
    expect(on.text).toContain(BODY);
    expect(on.text).toContain(MORE);
    expect(on.hidden).toBeUndefined();
  });

  it('BaseState OFF hides every layer not listed ON; nesting and EMC end the layer', async () => {
    const body = `/OC /B BDC\n/Span BMC\n${line(780, BODY)}EMC\nEMC\n${line(760, MORE)}`;
    const r = await read(pdf(body, '/BaseState/OFF/ON[1000 0 R]'));
    expect(r.text).not.toContain('主体责任');
    expect(r.text).toContain(MORE);
    expect(r.hidden?.how).toEqual(['layer']);
  });

  it('an OCMD follows its policy (boundary rows: one of two layers off)', async () => {
    const body = `/OC /M BDC\n${line(780, BODY)}EMC\n`;
    const oneOff = '/OFF[1001 0 R]';
    expect((await read(pdf(body, oneOff, 'AnyOn'))).text).toContain(BODY);
    expect((await read(pdf(body, oneOff, 'AllOn'))).text).not.toContain('主体责任');
    expect((await read(pdf(body, oneOff, 'AnyOff'))).text).toContain(BODY);
    expect((await read(pdf(body, oneOff, 'AllOff'))).text).not.toContain('主体责任');
    expect((await read(pdf(body, '/OFF[1000 0 R 1001 0 R]', 'AnyOn'))).text).not.toContain('主体责任');
    expect((await read(pdf(body, '/OFF[1000 0 R 1001 0 R]', 'AllOff'))).text).toContain(BODY);
  });

  it('a report whose body is in a layer switched off reads as its title; doc.hidden-text names it in both languages', async () => {
    const f = await extracted(pdf(`/OC /A BDC\n${line(780, BODY)}EMC\n`, '/OFF[1000 0 R]'), '说明报告.pdf', 'pdf');
    expect(f.facts.type === 'document' && f.facts.text.trim()).toBe(TITLE);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars: n(BODY), how: ['layer'] });
    expect(renderMessage('doc.hidden-text', 'zh', { chars: 3, how: ['layer'] })).toContain('所在图层设为不显示');
    expect(renderMessage('doc.hidden-text', 'en', { chars: 3, how: ['layer'] })).toContain('in a layer switched off');
  });
});
