/**
 * hostile19: .docx text a reader sees or does not see, that mammoth read the other way.
 * (1) A run coloured as its table cell's shading, its table's or its paragraph's (black on a black
 * cell: a filled box) was read; only a run's own shading or highlight was compared. Now cut and
 * counted ('same-colour'). Boundary rows at the ±0x10 bound; ordinary rows (black in a grey cell,
 * white on a dark header band, auto colour on black, the next cell unshaded, the paragraph mark's
 * own shading) stay read.
 * (2) A simple field's displayed result (w:fldSimple: DOCPROPERTY, MERGEFIELD, DATE …) was dropped
 * by mammoth with its runs (a report whose words sat in fields read as empty: every element
 * missing); w:dir / w:bdo the same. Now read as Word shows it.
 */
import { describe, expect, it } from 'vitest';
import { cutHiddenRuns, unwrapRunContainers } from '../../src/extract/docx-hidden.js';
import { BODY, NS, readDocxBody, TITLE } from './docx-body.js';

const shd = (fill: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
const para = (rPr: string, pPr = '', text = BODY) => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${text}</w:t></w:r></w:p>`;
const cell = (tcPr: string, content: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
const table = (cells: string, tblPr = '') => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${cells}</w:tr></w:tbl>`;
const colour = (c: string) => `<w:color w:val="${c}"/>`;
// A VML text box (white fill) holding `content`, in a paragraph.
const textBox = (content: string) => `<w:p><w:r><w:t>表头</w:t></w:r><w:r><w:pict><v:shape style="width:200pt;height:50pt" fillcolor="white"><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;

const read = readDocxBody;

describe('.docx text coloured as its cell, table or paragraph shading', () => {
  it.each([
    ['black text in a black cell', table(cell(shd('000000'), para(colour('000000'))))],
    ['boundary: 101010 in a black cell (on the bound)', table(cell(shd('000000'), para(colour('101010'))))],
    ['dark blue on a dark blue cell', table(cell(shd('1F3864'), para(colour('1F3864'))))],
    ['a cell shaded solid in the text colour', table(cell('<w:shd w:val="solid" w:color="C00000" w:fill="auto"/>', para(colour('C00000'))))],
    ['the table shaded in the text colour (tblPr)', table(cell('', para(colour('333333'))), shd('333333'))],
    ['the paragraph shaded in the text colour', para(colour('7F7F7F'), shd('7F7F7F'))],
    ['a paragraph shaded so inside a cell shaded otherwise', table(cell(shd('FFFF00'), para(colour('0000FF'), shd('0000FF'))))],
    ['black text in a black cell of a table inside a text box', textBox(table(cell(shd('000000'), para(colour('000000')))))],
  ])('%s: cut, counted', async (_n, body) => {
    const r = await read(body);
    expect(r.text).toContain(TITLE);
    expect(r.text).not.toContain('主体责任');
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['same-colour'] });
  });

  it.each([
    ['boundary: 111111 in a black cell (just apart)', table(cell(shd('000000'), para(colour('111111'))))],
    ['black in a grey cell', table(cell(shd('D9D9D9'), para(colour('000000'))))],
    ['white on a dark blue header cell', table(cell(shd('1F3864'), para(colour('FFFFFF'))))],
    ['auto colour in a black cell (Word shows it white)', table(cell(shd('000000'), para(colour('auto'))))],
    ['no colour in a black cell', table(cell(shd('000000'), para('')))],
    ['a theme colour in a cell of its value', table(cell(shd('000000'), para('<w:color w:val="000000" w:themeColor="text1"/>')))],
    ['the next cell unshaded', table(cell(shd('1F3864'), para('', '', '表头')) + cell('', para(colour('1F3864'))))],
    ['a highlight over a cell of the text colour', table(cell(shd('000000'), para(colour('000000') + '<w:highlight w:val="yellow"/>')))],
    ['a paragraph shaded over a cell of the text colour', table(cell(shd('000000'), para(colour('000000'), shd('FFFF00'))))],
    ["the paragraph mark's own shading (pPr/rPr) only", para(colour('000000'), `<w:rPr>${shd('000000')}</w:rPr>`)],
    ['a paragraph after a shaded one', para('', shd('000000'), '上一段') + para(colour('000000'))],
    // final-review19: the properties before a tracked change are not shown (a dark header taken off with track changes on).
    ['a cell whose black shading was taken off with track changes on (tcPrChange)', table(cell(shd('FFFFFF') + `<w:tcPrChange w:id="1" w:author="审核" w:date="2026-03-01T00:00:00Z"><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>${shd('000000')}</w:tcPr></w:tcPrChange>`, para(colour('000000'))))],
    ['a cell left unshaded by a tracked change (tcPrChange, no shading now)', table(cell(`<w:tcPrChange w:id="1" w:author="审核" w:date="2026-03-01T00:00:00Z"><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>${shd('1F3864')}</w:tcPr></w:tcPrChange>`, para(colour('1F3864'))))],
    // final-review19: a text box in a shaded cell paints its own fill behind its text.
    ['black text in a white text box inside a black cell', table(cell(shd('000000'), textBox(para(colour('000000')))))],
    ['black text in a white text box inside a black table', table(cell('', textBox(para(colour('000000')))), shd('000000'))],
    ['a table whose black shading was taken off with track changes on (tblPrChange)', table(cell('', para(colour('000000'))), `<w:tblPrChange w:id="2" w:author="审核" w:date="2026-03-01T00:00:00Z"><w:tblPr><w:tblW w:w="0" w:type="auto"/>${shd('000000')}</w:tblPr></w:tblPrChange>`)],
  ])('%s: read', async (_n, body) => {
    const r = await read(body);
    expect(r.text).toContain(BODY);
    expect(r.hidden).toBeUndefined();
  });
});

describe('.docx simple fields and bidirectional embeddings', () => {
  const field = (instr: string, text: string) => `<w:fldSimple w:instr="${instr}"><w:r><w:rPr><w:noProof/></w:rPr><w:t>${text}</w:t></w:r></w:fldSimple>`;

  it('a report whose words sit in simple fields is read as Word shows them', async () => {
    const body = `<w:p>${field(' DOCPROPERTY  Body1 ', BODY)}</w:p><w:p><w:r><w:t>二、</w:t></w:r>${field(' MERGEFIELD 措施 ', '开展志愿服务活动12次，参与志愿者340人次。')}</w:p>`;
    const r = await read(body);
    expect(r.text).toContain(BODY);
    expect(r.text).toContain('二、开展志愿服务活动12次，参与志愿者340人次。');
    expect(r.hidden).toBeUndefined();
  });

  it('w:dir and w:bdo runs are read; an empty field and field codes add nothing', async () => {
    const body = `<w:p><w:dir w:val="ltr"><w:r><w:t>一、</w:t></w:r></w:dir><w:bdo w:val="ltr"><w:r><w:t>主体责任</w:t></w:r></w:bdo><w:fldSimple w:instr=" PAGE "/></w:p>`;
    const r = await read(body);
    expect(r.text).toContain('一、主体责任');
    expect(r.text).not.toContain('PAGE');
  });

  it('a hidden run inside a field stays cut', async () => {
    const body = `<w:p><w:fldSimple w:instr=" DOCPROPERTY x "><w:r><w:rPr><w:vanish/></w:rPr><w:t>${BODY}</w:t></w:r></w:fldSimple></w:p>`;
    const r = await read(body);
    expect(r.text).not.toContain('主体责任');
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['vanish'] });
  });

  it('unwrapping is linear and touches only Word elements', () => {
    const n = 200_000;
    const xml = `<w:document ${NS} xmlns:x="urn:other"><w:body><w:p>${'<w:fldSimple w:instr="A">'.repeat(n)}<w:r><w:t>字</w:t></w:r>${'</w:fldSimple>'.repeat(n)}<x:dir/></w:p></w:body></w:document>`;
    const out = unwrapRunContainers(xml);
    expect(out).toBe(`<w:document ${NS} xmlns:x="urn:other"><w:body><w:p><w:r><w:t>字</w:t></w:r><x:dir/></w:p></w:body></w:document>`);
    expect(cutHiddenRuns(out).how).toEqual([]);
  });
});
