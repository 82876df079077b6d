/**
 * hostile20: .docx text Word shows that mammoth did not read (src/extract/docx-drawn.ts).
 *
 * - A DrawingML text box with no VML fallback — `mc:AlternateContent` holding only its `mc:Choice`
 *   (as WPS and newer Word write it), a bare `w:drawing` (wp:anchor or wp:inline), a group of boxes:
 *   mammoth reads alternate content from its fallback only and a drawing for its pictures only, so a
 *   report written in text boxes read as empty (every element "missing").
 * - Alternate content whose choice and fallback differ: Word shows the choice it understands, never
 *   the fallback; mammoth read the fallback (text nobody sees read, text everybody sees not).
 * - Ruby (拼音指南): the base text read, the guide not (mammoth dropped both).
 *
 * Read once, after the anchor's paragraph (where Word's own VML fallback is read), not twice when a
 * fallback is there too; a hidden or off-page drawing's boxes cut and counted as Word's fallback's are.
 */
import { describe, expect, it } from 'vitest';
import { openDrawnText } from '../../src/extract/docx-drawn.js';
import { OFF_PAGE_PT } from '../../src/extract/docx-hidden.js';
import { BODY, NS, readDocxBody, TITLE } from './docx-body.js';

const EMU = 12_700;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const box = (text: string, rPr = '') => `<w:txbxContent><w:p><w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
const wsp = (text: string, rPr = '') => `<wps:wsp><wps:spPr/><wps:txbx>${box(text, rPr)}</wps:txbx><wps:bodyPr/></wps:wsp>`;
const graphic = (inner: string, uri = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape') => `<a:graphic><a:graphicData uri="${uri}">${inner}</a:graphicData></a:graphic>`;
/** An anchored DrawingML shape as Word/WPS write it (position in EMU). */
const anchor = (inner: string, { docPr = '', x = 0, y = 0, cx = 5_080_000, cy = 762_000 } = {}) =>
  `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"${docPr}/><wp:cNvGraphicFramePr/>${graphic(inner)}</wp:anchor>`;
const inline = (inner: string) => `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5080000" cy="762000"/><wp:docPr id="2" name="文本框 2"/>${graphic(inner)}</wp:inline>`;
const drawing = (inner: string) => `<w:drawing>${inner}</w:drawing>`;
const vml = (text: string, style = 'position:absolute;margin-left:0;margin-top:20pt;width:400pt;height:60pt;z-index:1') =>
  `<w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="${style}"><v:textbox>${box(text)}</v:textbox></v:shape></w:pict>`;
/** A paragraph whose run holds `inner` after `lead` (the anchor paragraph's own text). */
const para = (inner: string, lead = '') => `<w:p><w:r>${lead ? `<w:t>${lead}</w:t>` : ''}${inner}</w:r></w:p>`;
const plain = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const alt = (choice: string, fallback: string | null, requires = 'wps') =>
  `<mc:AlternateContent><mc:Choice Requires="${requires}">${choice}</mc:Choice>${fallback === null ? '' : `<mc:Fallback>${fallback}</mc:Fallback>`}</mc:AlternateContent>`;
const WPG = 'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"';
const group = (...texts: string[]) =>
  `<wpg:wgp ${WPG}><wpg:cNvGrpSpPr/><wpg:grpSpPr/>${texts.map((t) => wsp(t)).join('')}</wpg:wgp>`;

const count = (s: string, part: string) => s.split(part).length - 1;
const BEFORE = '县文明办统一部署。';
const AFTER = '以上情况特此说明。';
const LEAD = '现将有关情况报告如下：';
const SHOWN = '二、具体措施：开展文明餐桌行动，检查餐饮门店120家。';
const UNSEEN = '三、取得成效：群众满意率达到98%。';

describe('.docx text boxes with no VML fallback (WPS, newer Word)', () => {
  it.each([
    ['alternate content holding only its choice (wp:anchor)', para(alt(drawing(anchor(wsp(BODY))), null))],
    ['alternate content with an empty fallback', para(alt(drawing(anchor(wsp(BODY))), '', 'wps').replace('<mc:Fallback></mc:Fallback>', '<mc:Fallback/>'))],
    ['a bare drawing (wp:anchor), no alternate content', para(drawing(anchor(wsp(BODY))))],
    ['a bare inline text box (wp:inline)', para(drawing(inline(wsp(BODY))))],
    ['a text box in a group (wpg), choice only', para(alt(drawing(anchor(group(BODY), {})).replace('wordprocessingShape', 'wordprocessingGroup'), null, 'wpg'))],
    ['a text box in a table cell', `<w:tbl><w:tr><w:tc>${para(drawing(anchor(wsp(BODY))))}</w:tc></w:tr></w:tbl>`],
  ])('%s: read once', async (_n, body) => {
    const r = await readDocxBody(`${plain(BEFORE)}${body}${plain(AFTER)}`);
    expect(r.text).toContain(TITLE);
    expect(count(r.text, BODY)).toBe(1);
    expect(r.text.indexOf(BEFORE)).toBeLessThan(r.text.indexOf(BODY));
    expect(r.text.indexOf(BODY)).toBeLessThan(r.text.indexOf(AFTER));
    expect(r.hidden).toBeUndefined();
  });

  it('reads a report written in text boxes in reading order: the anchor paragraph, then its boxes in order', async () => {
    const body = `${plain(BEFORE)}${para(drawing(anchor(group(BODY, SHOWN))), LEAD)}${para(alt(drawing(anchor(wsp(UNSEEN))), null))}${plain(AFTER)}`;
    const r = await readDocxBody(body);
    const at = [BEFORE, LEAD, BODY, SHOWN, UNSEEN, AFTER].map((s) => r.text.indexOf(s.replace(/\s/g, '')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('a box inside a box (nested drawings) is read, inner after outer', async () => {
    const inner = drawing(anchor(wsp(SHOWN)));
    const outer = `<w:txbxContent><w:p><w:r><w:t>${BODY}</w:t>${inner}</w:r></w:p></w:txbxContent>`;
    const r = await readDocxBody(para(drawing(anchor(`<wps:wsp><wps:txbx>${outer}</wps:txbx></wps:wsp>`))));
    expect(count(r.text, BODY)).toBe(1);
    expect(count(r.text, SHOWN)).toBe(1);
    expect(r.text.indexOf(BODY)).toBeLessThan(r.text.indexOf(SHOWN));
  });
});

describe('.docx alternate content read as Word shows it', () => {
  it('an ordinary Word text box (choice and its VML fallback, same text) is read once', async () => {
    const r = await readDocxBody(`${para(alt(drawing(anchor(wsp(BODY))), vml(BODY)), LEAD)}${plain(AFTER)}`);
    expect(count(r.text, BODY)).toBe(1);
    expect(r.text.indexOf(LEAD)).toBeLessThan(r.text.indexOf(BODY));
    expect(r.text.indexOf(BODY)).toBeLessThan(r.text.indexOf(AFTER));
  });

  it('the choice Word shows is read; a fallback only other readers would show is not', async () => {
    const r = await readDocxBody(para(alt(drawing(anchor(wsp(SHOWN))), vml(UNSEEN))));
    expect(r.text).toContain(SHOWN);
    expect(r.text).not.toContain(UNSEEN);
  });

  it('a choice requiring what Word does not know is passed over: the fallback is read', async () => {
    const r = await readDocxBody(para(alt(drawing(anchor(wsp(UNSEEN))), vml(SHOWN), 'xx').replace('<mc:AlternateContent>', '<mc:AlternateContent xmlns:xx="urn:example:unknown">')));
    expect(r.text).toContain(SHOWN);
    expect(r.text).not.toContain(UNSEEN);
    // An undeclared prefix: passed over too.
    const u = await readDocxBody(para(alt(drawing(anchor(wsp(UNSEEN))), vml(SHOWN), 'nope')));
    expect(u.text).toContain(SHOWN);
    expect(u.text).not.toContain(UNSEEN);
  });

  it('a choice holding runs, not a drawing, with a fallback: the fallback is read as before', async () => {
    const r = await readDocxBody(`<w:p>${alt(`<w:r><w:t>${UNSEEN}</w:t></w:r>`, `<w:r><w:t>${SHOWN}</w:t></w:r>`, 'w14').replace('<mc:AlternateContent>', '<mc:AlternateContent xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">')}</w:p>`);
    expect(r.text).toContain(SHOWN);
    expect(r.text).not.toContain(UNSEEN);
  });

  it('a choice holding runs and no fallback: the choice is read', async () => {
    const r = await readDocxBody(`<w:p>${alt(`<w:r><w:t>${SHOWN}</w:t></w:r>`, null, 'w14').replace('<mc:AlternateContent>', '<mc:AlternateContent xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">')}</w:p>`);
    expect(r.text).toContain(SHOWN);
  });
});

describe('.docx text boxes Word does not show, with no VML fallback: cut, counted', () => {
  const offLeft = -(OFF_PAGE_PT + 400 + 1) * EMU;
  it.each([
    ['a bare drawing hidden in the Selection pane (docPr hidden)', para(drawing(anchor(wsp(BODY), { docPr: ' hidden="1"' })))],
    ['choice only, docPr hidden="true"', para(alt(drawing(anchor(wsp(BODY), { docPr: ' hidden="true"' })), null))],
    ['an anchor far to the left of the page', para(drawing(anchor(wsp(BODY), { x: offLeft, cx: 400 * EMU })))],
    ['an anchor far below the page', para(drawing(anchor(wsp(BODY), { y: 2 * OFF_PAGE_PT * EMU })))],
  ])('%s', async (_n, body) => {
    const r = await readDocxBody(body);
    expect(r.text).toContain(TITLE);
    expect(r.text).not.toContain('主体责任');
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['shape'] });
  });

  it.each([
    ['boundary: an anchor ending 1 pt short of the off-page bound', para(drawing(anchor(wsp(BODY), { x: -(OFF_PAGE_PT + 399) * EMU, cx: 400 * EMU })))],
    ['docPr hidden="0"', para(drawing(anchor(wsp(BODY), { docPr: ' hidden="0"' })))],
    ['an anchor a little off the page edge', para(drawing(anchor(wsp(BODY), { x: -50 * EMU })))],
  ])('%s: read', async (_n, body) => {
    const r = await readDocxBody(body);
    expect(count(r.text, BODY)).toBe(1);
    expect(r.hidden).toBeUndefined();
  });

  it('hidden runs inside a box with no fallback are cut and counted once', async () => {
    const r = await readDocxBody(para(alt(drawing(anchor(wsp(BODY, '<w:vanish/>'))), null)) + plain(SHOWN));
    expect(r.text).not.toContain('主体责任');
    expect(r.text).toContain(SHOWN);
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['vanish'] });
  });
});

describe('.docx ruby (拼音指南)', () => {
  const ruby = (base: string, guide: string) =>
    `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:rPr><w:sz w:val="10"/></w:rPr><w:t>${guide}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby></w:r>`;
  it('the base text is read in its place, the guide is not', async () => {
    const r = await readDocxBody(`<w:p><w:r><w:t>一、主体</w:t></w:r>${ruby('责', 'zé')}${ruby('任', 'rèn')}<w:r><w:t>：成立由局长任组长的领导小组。</w:t></w:r></w:p>`);
    expect(r.text).toContain('一、主体责任：成立由局长任组长的领导小组。');
    expect(r.text).not.toMatch(/zé|rèn/);
  });
});

describe('the opening itself', () => {
  const doc = (body: string) => `<w:document ${NS}><w:body>${body}</w:body></w:document>`;
  it('leaves a part with nothing to open as it was (byte for byte)', () => {
    for (const body of [plain(BODY), drawing(anchor('<wps:wsp/>')), `<w:p>${alt('<w:r/>', '<w:r/>', 'w14')}</w:p>`]) {
      const xml = doc(body);
      expect(openDrawnText(xml)).toBe(xml);
    }
  });

  it('leaves a part with a drawing never closed as it was', () => {
    const xml = doc(`<w:p><w:r><w:drawing>${anchor(wsp(BODY)).replace('</wp:anchor>', '')}</w:r></w:p>`);
    expect(openDrawnText(xml)).toBe(xml);
  });

  it('is linear on deep nests of alternate content, drawings and boxes', () => {
    const n = 20_000;
    const nestAlt = `${'<mc:AlternateContent><mc:Choice Requires="wps">'.repeat(n)}<w:r><w:t>深</w:t></w:r>${'</mc:Choice></mc:AlternateContent>'.repeat(n)}`;
    const alts = openDrawnText(doc(`<w:p>${nestAlt}</w:p>`));
    expect(alts).toContain('<w:t>深</w:t>');
    expect(alts).not.toContain('AlternateContent');
    const nestBox = `${'<w:drawing><w:txbxContent><w:p><w:r>'.repeat(n)}<w:t>深</w:t>${'</w:r></w:p></w:txbxContent></w:drawing>'.repeat(n)}`;
    const boxes = openDrawnText(doc(`<w:p><w:r>${nestBox}</w:r></w:p>`));
    expect(count(boxes, '<w:pict>')).toBe(n);
    expect(count(boxes, '<w:t>深</w:t>')).toBe(1);
    const flat = openDrawnText(doc(para(drawing(anchor(wsp('x'))).repeat(n))));
    expect(count(flat, '<w:pict>')).toBe(n);
  });

  it('takes the prefixes the part binds (not the usual letters)', () => {
    const xml = `<x:document xmlns:x="${W}" xmlns:m2="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:s="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><x:body><x:p><x:r><m2:AlternateContent><m2:Choice Requires="s"><x:drawing><s:wsp><s:txbx><x:txbxContent><x:p><x:r><x:t>框</x:t></x:r></x:p></x:txbxContent></s:txbx></s:wsp></x:drawing></m2:Choice></m2:AlternateContent></x:r></x:p></x:body></x:document>`;
    const out = openDrawnText(xml);
    expect(out).not.toContain('AlternateContent');
    expect(out).toMatch(/<\/x:drawing><x:pict><x:txbxContent>.*框.*<\/x:txbxContent><\/x:pict>/);
  });

});

describe('.docx alternate content from Word 2016 and later', () => {
  // final-review20: UNDERSTOOD lacked namespaces every Word since 2016 declares on its document (cx1…cx8
  // chartex, w16se symbols, w16cid, w16, w16cex, w16du, w16sdtdh, w16sdtfl, oel, wne, a16): a choice naming
  // one was passed over as Word would not, so text only in such a choice was lost.
  const W365 = {
    cx1: 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
    cx8: 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
    w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
    w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
    w16du: 'http://schemas.microsoft.com/office/word/2023/wordml/word16du',
  };
  const declare = (xml: string, ...prefixes: (keyof typeof W365)[]) =>
    xml.replace('<mc:AlternateContent>', `<mc:AlternateContent ${prefixes.map((p) => `xmlns:${p}="${W365[p]}"`).join(' ')}>`);
  const picture = '<w:pict><v:shape id="图片 1" style="width:400pt;height:60pt"><v:imagedata o:title=""/></v:shape></w:pict>';

  it.each([
    ['cx1 (chartex 2015), a text box beside the chart, a picture as fallback', 'cx1', ['cx1']],
    ['cx8 (chartex 2016)', 'cx8', ['cx8']],
    ['two prefixes, both Word 2016+ (w16se cx1)', 'w16se cx1', ['w16se', 'cx1']],
  ] as const)('a choice requiring %s is what Word shows: its text box is read', async (_n, requires, prefixes) => {
    const r = await readDocxBody(declare(para(alt(drawing(anchor(wsp(SHOWN))), picture, requires)), ...prefixes));
    expect(count(r.text, SHOWN)).toBe(1);
  });

  it.each([['w16se'], ['w16cid'], ['w16du']] as const)('a choice requiring %s holding runs and no fallback is read', async (p) => {
    const r = await readDocxBody(`<w:p>${declare(alt(`<w:r><w:t>${SHOWN}</w:t></w:r>`, null, p), p)}</w:p>`);
    expect(r.text).toContain(SHOWN);
  });

  it('a symbol choice (w16se:symEx) with its fallback character: the fallback is read, once', async () => {
    const sym = `<w:r><w:t>${SHOWN}</w:t></w:r>${declare(alt('<w:r><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F60A"/></w:r>', '<w:r><w:t>😊</w:t></w:r>', 'w16se'), 'w16se')}`;
    const r = await readDocxBody(`<w:p>${sym}</w:p>`);
    expect(count(r.text, SHOWN)).toBe(1);
    expect(count(r.text, '😊')).toBe(1);
  });
});
