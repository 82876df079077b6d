/**
 * hostile18: .docx text Word does not show, read as evidence. mammoth reads a text box from Word's
 * VML fallback, so a text box hidden in the Selection pane (DrawingML wp:docPr hidden="1", the
 * fallback's style visibility:hidden) or placed off the page, and a run coloured as its own shading
 * or highlight (black on black: a filled box), passed a report whose body sat there. Now cut and
 * counted (facts.hiddenText how 'shape', 'same-colour'). Ordinary text boxes, shapes on the page,
 * coloured text on another colour, auto-coloured text on dark shading (Word shows it white) and
 * theme colours stay read. Boundary rows: a box ending 1 pt short of / on / 1 pt past the off-page bound.
 */
import { describe, expect, it } from 'vitest';
import { cutHiddenRuns, hiddenShapeStyle, OFF_PAGE_PT } from '../../src/extract/docx-hidden.js';
import { BODY, NS, readDocxBody, TITLE } from './docx-body.js';

const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
/** A text box as Word writes it: DrawingML (wps) with a VML fallback. */
const textBox = (docPr = '', vmlStyle = 'position:absolute;margin-left:0;margin-top:20pt;width:400pt;height:60pt;z-index:1') =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5080000" cy="762000"/><wp:docPr id="1" name="文本框 1"${docPr}/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${box(BODY)}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="${vmlStyle}"><v:textbox>${box(BODY)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
const vmlOnly = (style: string) => `<w:p><w:r><w:pict><v:rect style="${style}"><v:textbox>${box(BODY)}</v:textbox></v:rect></w:pict></w:r></w:p>`;
const run = (rPr: string, text = BODY) => `<w:p><w:r><w:rPr>${rPr}</w:rPr><w:t>${text}</w:t></w:r></w:p>`;

const read = readDocxBody;

describe('.docx text boxes and shapes Word does not show', () => {
  it.each([
    ['a text box hidden in the Selection pane (docPr hidden, fallback visibility:hidden)', textBox(' hidden="1"', 'position:absolute;width:400pt;height:60pt;visibility:hidden')],
    ['docPr hidden="true" alone (the fallback not marked)', textBox(' hidden="true"')],
    ['a VML shape with visibility:hidden', vmlOnly('position:absolute;width:400pt;height:60pt;visibility:hidden')],
    ['a text box far to the left of the page', vmlOnly(`position:absolute;margin-left:-2000pt;margin-top:0;width:400pt;height:60pt`)],
    ['a text box far below the page (in inches)', vmlOnly('position:absolute;margin-left:0;margin-top:50in;width:400pt;height:60pt')],
    ['boundary: ending on the off-page bound', vmlOnly(`position:absolute;margin-left:-${OFF_PAGE_PT + 400}pt;width:400pt;height:60pt`)],
    ['boundary: ending 1 pt past the bound', vmlOnly(`position:absolute;margin-left:-${OFF_PAGE_PT + 401}pt;width:400pt;height:60pt`)],
  ])('%s: cut, counted', async (_n, body) => {
    const r = await read(body);
    expect(r.text).toContain(TITLE);
    expect(r.text).not.toContain('主体责任');
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['shape'] });
  });

  it.each([
    ['an ordinary text box (wps with its VML fallback)', textBox()],
    ['a VML text box on the page', vmlOnly('position:absolute;margin-left:-20pt;margin-top:10pt;width:400pt;height:60pt')],
    ['boundary: ending 1 pt short of the off-page bound', vmlOnly(`position:absolute;margin-left:-${OFF_PAGE_PT + 399}pt;width:400pt;height:60pt`)],
    ['visibility:visible', vmlOnly('position:absolute;width:400pt;height:60pt;visibility:visible')],
    ['a shape in em units (not judged)', vmlOnly('position:absolute;margin-left:-9999em;width:400pt')],
    ['docPr hidden="0"', textBox(' hidden="0"')],
  ])('%s: read', async (_n, body) => {
    const r = await read(body);
    expect(r.text).toContain(BODY);
    expect(r.hidden).toBeUndefined();
  });
});

describe('.docx text coloured as its own shading or highlight', () => {
  it.each([
    ['black on black shading', '<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'],
    ['red on a red highlight', '<w:color w:val="FF0000"/><w:highlight w:val="red"/>'],
    ['near-black (101010) on black', '<w:color w:val="101010"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'],
    ['solid shading of the text colour', '<w:color w:val="1F3864"/><w:shd w:val="solid" w:color="1F3864" w:fill="FFFFFF"/>'],
    ['yellow on yellow highlight over blue shading', '<w:color w:val="FFFF00"/><w:highlight w:val="yellow"/><w:shd w:val="clear" w:color="auto" w:fill="0000FF"/>'],
  ])('%s: cut', async (_n, rPr) => {
    const r = await read(run(rPr));
    expect(r.text).not.toContain('主体责任');
    expect(r.hidden).toEqual({ chars: BODY.length, how: ['same-colour'] });
  });
  it.each([
    ['just apart (111111 on black)', '<w:color w:val="111111"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'],
    ['auto colour on black shading (Word shows it white)', '<w:color w:val="auto"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'],
    ['no colour on dark blue shading', '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'],
    ['white on dark blue shading (a heading band)', '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'],
    ['black on a yellow highlight', '<w:color w:val="000000"/><w:highlight w:val="yellow"/>'],
    ['a theme colour on a fill', '<w:color w:val="000000" w:themeColor="text1"/><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>'],
    ['black on yellow highlight over black shading (the highlight is drawn on top)', '<w:color w:val="000000"/><w:highlight w:val="yellow"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>'],
  ])('%s: read', async (_n, rPr) => {
    const r = await read(run(rPr));
    expect(r.text).toContain(BODY);
    expect(r.hidden).toBeUndefined();
  });
});

describe('the cut itself', () => {
  it('is linear on nested alternate content and keeps what follows a hidden shape', () => {
    const nested = '<mc:AlternateContent>'.repeat(2000) + '</mc:AlternateContent>'.repeat(2000);
    const xml = `<w:document ${NS}><w:body>${nested}${vmlOnly('visibility:hidden')}${run('')}</w:body></w:document>`;
    const cut = cutHiddenRuns(xml);
    expect(cut.how).toEqual(['shape']);
    expect(cut.xml).toContain(`<w:t>${BODY}</w:t></w:r></w:p></w:body>`);
    expect(hiddenShapeStyle(null)).toBe(false);
    expect(hiddenShapeStyle('Visibility : Hidden')).toBe(true);
  });
});
