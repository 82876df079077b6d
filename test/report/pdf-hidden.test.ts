/**
 * PDF text nobody can see is not read: glyphs drawn invisible (render mode 3 or 7) on a page that
 * paints no image, and glyphs filled white or near-white on a page that paints nothing under them.
 * pdf.js's text reader returns both as text (it reads what a search finds), so a report could
 * carry its five elements' evidence invisibly under a one-line visible body. A scan's OCR layer
 * (invisible text over the page image) and a white title on a coloured band stay read. The fast
 * path declines such text (pdf.js's patched reader decides), and doc.hidden-text says how much was
 * left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { officePdf, show, type OfficeFont, type OfficePage } from '../../fixtures/build/pdf-office.js';
import { parsePdf } from '../../src/extract/pdf.js';
import { docHiddenTextCheck } from '../../src/checks/doc-hidden.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ExtractedFile } from '../../src/types.js';
import { why } from './pdf-fast-both.js';
import { extracted } from './helpers.js';

const TEXT = '县教育局关于志愿服务工作情况的说明报告。一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。二、部署文件：印发工作要点（清教发〔2025〕6号）。三、具体措施：一是组建服务队；二是开展结对帮扶。四、数据实例：全年开展活动36场，参与群众1200人次。五、取得成效：群众满意度达到96.2%。';
const F: OfficeFont = { kind: 'type0', chars: [...new Set(TEXT)] };

/** A line of text at y in the given graphics state (`fill` and `mode` operators before BT). */
const line = (y: number, text: string, state = '0 0 0 rg') => `q ${state}\nBT\n72 ${y} Td /F1 10.5 Tf ${show(F, text)} Tj\nET\nQ\n`;
const IMAGE = { dict: '<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>', stream: Buffer.from([0x80]) };
const FORM = (content: string) => ({ dict: '<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 10 0 R>>/XObject<</Im1 1000 0 R>>>>>>', stream: Buffer.from(content, 'latin1') });

function pdf(pages: OfficePage[], form?: string): Buffer {
  return officePdf({
    fonts: { F1: F },
    pages,
    resources: `/XObject<</Im1 1000 0 R${form ? '/Fm1 1001 0 R' : ''}>>/ExtGState<</Clear<</ca 0>>/Half<</ca 0.5>>/Opaque<</ca 1>>>>/ColorSpace<</Spot[/Separation/Spot/DeviceCMYK<</FunctionType 2/Domain[0 1]/C0[0 0 0 0]/C1[0 0 0 1]/N 1>>]/Rgb/DeviceRGB>>`,
    objects: form ? [IMAGE, FORM(form)] : [IMAGE],
  });
}

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组，办公室负责日常调度。';
const n = (s: string) => s.replace(/\s/g, '').length;

afterEach(() => {
  delete process.env.LEDGER_CHECK_PDF_FAST;
});

function findings(file: ExtractedFile) {
  const out: { id: string; args: Record<string, unknown> | undefined }[] = [];
  if (docHiddenTextCheck.scope !== 'file') throw new Error('a file check');
  docHiddenTextCheck.run(file, null, {} as never, {} as never, (id, at) => out.push({ id, args: at?.args }));
  return out;
}

describe('PDF text drawn invisible or white', () => {
  it('invisible (3 Tr, 7 Tr) and white or near-white text on a bare page is left out and counted; the fast path declines it', async () => {
    const file = pdf([{ content: line(800, TITLE) + line(780, BODY, '0 0 0 rg 3 Tr') + line(760, '二、部署文件：印发工作要点', '1 1 1 rg') + line(740, '三、具体措施', '0.97 g') + line(720, '四、数据实例', '0 0 0 0 k') + line(700, '五、取得成效', '7 Tr') }]);
    expect(why(file)).toMatch(/hidden/);
    const raw = await parsePdf(file);
    expect(raw.pageTexts?.join('').trim()).toBe(TITLE);
    expect(raw.hidden).toEqual({ chars: n(BODY) + n('二、部署文件：印发工作要点') + n('三、具体措施') + n('四、数据实例') + n('五、取得成效'), how: ['invisible', 'white'] });
  });

  it('a fill made transparent by an ExtGState (/ca 0) is invisible; half or back to opaque is seen', async () => {
    const file = pdf([{ content: line(800, TITLE, '/Half gs') + line(780, BODY, '/Clear gs') + line(760, '三、具体措施', '/Clear gs /Opaque gs') }]);
    expect(why(file)).toMatch(/hidden/);
    const raw = await parsePdf(file);
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).toContain('三、具体措施');
    expect(raw.pageTexts?.join('')).not.toContain(BODY);
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['invisible'] });
    const opaque = pdf([{ content: line(800, TITLE, '/Half gs') + line(780, BODY, '/Clear gs /Opaque gs') }]);
    expect(why(opaque)).toBeNull();
  });

  it('a Separation tint of 0 (no ink) is white; a tint of 1 is ink; a named device space keeps its own sense', async () => {
    const file = pdf([{ content: line(800, TITLE, '/Spot cs 1 scn') + line(780, BODY, '/Spot cs 0 scn') + line(760, '三、具体措施', '/Rgb cs 0 0 0 sc') }]);
    expect(why(file)).toMatch(/hidden/);
    const raw = await parsePdf(file);
    expect(raw.pageTexts?.join('')).toContain(TITLE);
    expect(raw.pageTexts?.join('')).toContain('三、具体措施');
    expect(raw.pageTexts?.join('')).not.toContain(BODY);
    expect(raw.hidden).toEqual({ chars: n(BODY), how: ['white'] });
    // A device colour after the Separation one is read in its own sense (0 0 0 rg: black).
    expect(why(pdf([{ content: line(800, TITLE, '/Spot cs 0 scn 0 0 0 rg') + line(780, BODY, '/Rgb cs 0 0 0 sc') }]))).toBeNull();
  });

  it('grey, stroked and black text stays; so does the fast path on it', async () => {
    const file = pdf([{ content: line(800, TITLE) + line(780, BODY, '0.5 g') + line(760, '三、具体措施', '1 1 1 rg 1 Tr') }]);
    expect(why(file)).toBeNull();
    const raw = await parsePdf(file);
    expect(raw.pageTexts?.join('')).toContain(BODY);
    expect(raw.pageTexts?.join('')).toContain('三、具体措施');
    expect(raw.hidden).toBeUndefined();
  });

  it('an OCR layer (invisible text over the page image) and white text on a coloured fill stay read', async () => {
    const scan = pdf([{ content: `q 595 0 0 842 0 0 cm /Im1 Do Q\n${line(800, TITLE, '3 Tr')}${line(780, BODY, '3 Tr')}` }]);
    const raw = await parsePdf(scan);
    expect(raw.pageTexts?.join('')).toContain(BODY);
    expect(raw.hidden).toBeUndefined();
    const banner = pdf([{ content: `q 0.1 0.3 0.6 rg 60 770 480 40 re f Q\n${line(780, TITLE, '1 1 1 rg')}${line(740, BODY)}` }]);
    const b = await parsePdf(banner);
    expect(b.pageTexts?.join('')).toContain(TITLE);
    expect(b.hidden).toBeUndefined();
    // A white rectangle is no backdrop: white text on it stays hidden.
    const white = await parsePdf(pdf([{ content: `q 1 1 1 rg 0 0 595 842 re f Q\n${line(800, TITLE)}${line(780, BODY, '1 g')}` }]));
    expect(white.pageTexts?.join('')).not.toContain(BODY);
    // The image on another page does not cover this one.
    const other = await parsePdf(pdf([{ content: 'q 595 0 0 842 0 0 cm /Im1 Do Q\n' }, { content: line(800, TITLE) + line(780, BODY, '3 Tr') }]));
    expect(other.pageTexts?.join('')).not.toContain(BODY);
  });

  it('hidden text inside a form XObject is left out; an image painted by a form counts for the page', async () => {
    const inForm = await parsePdf(pdf([{ content: `${line(800, TITLE)}q /Fm1 Do Q\n` }], line(780, BODY, '3 Tr')));
    expect(inForm.pageTexts?.join('').trim()).toBe(TITLE);
    expect(inForm.hidden?.chars).toBe(n(BODY));
    const imageInForm = await parsePdf(pdf([{ content: `q /Fm1 Do Q\n${line(800, TITLE, '3 Tr')}` }], 'q 595 0 0 842 0 0 cm /Im1 Do Q\n'));
    expect(imageInForm.pageTexts?.join('')).toContain(TITLE);
  });

  it('a PDF whose only text is hidden, with no image, is no scan for OCR: doc.empty (no visible text) beside doc.hidden-text', async () => {
    const raw = await parsePdf(pdf([{ content: line(800, TITLE, '3 Tr') + line(780, BODY, '1 g') }, { content: line(800, BODY, '3 Tr') }]));
    expect(raw.error).toMatchObject({ code: 'empty', args: { reason: 'hidden' } });
    expect(raw.hidden).toEqual({ chars: n(TITLE) + 2 * n(BODY), how: ['invisible', 'white'] });
    expect(renderMessage('doc.empty', 'zh', { reason: 'hidden' })).toBe('文件中没有看得见的文字（文字都设成了看不见的样子），无法检查');
    expect(renderMessage('doc.empty', 'en', { reason: 'hidden' })).toBe('the file has no visible text (all of it is hidden from the reader); it cannot be checked');
    expect(renderMessage('doc.empty', 'zh', {})).toBe('文件是空的（没有内容）');
    // An image page without an OCR layer beside it: still a scan (OCR reads it).
    const scan = await parsePdf(pdf([{ content: 'q 595 0 0 842 0 0 cm /Im1 Do Q\n' }, { content: line(800, BODY, '3 Tr') }]));
    expect(scan.error?.code).toBe('scanned');
  });

  it('a report whose body is invisible reads as its visible title; doc.hidden-text says how much was left out', async () => {
    const body = TEXT.slice(TITLE.length + 1);
    const parts = body.match(/.{1,30}/gu)!;
    const content = line(800, TITLE) + parts.map((p, i) => line(780 - i * 20, p, '3 Tr')).join('');
    const f = await extracted(pdf([{ content }]), '说明报告.pdf', 'pdf');
    expect(f.facts.type === 'document' && f.facts.text.trim()).toBe(TITLE);
    const chars = n(body);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars, how: ['invisible'] });
    expect(findings(f)).toEqual([{ id: 'doc.hidden-text', args: { chars, how: ['invisible'] } }]);
  });
});
