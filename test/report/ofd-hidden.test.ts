/**
 * OFD text nobody can see is not read, as for a PDF (pdf-hidden.test.ts): a TextObject not Visible,
 * neither filled nor stroked, or filled with an Alpha of 0 is invisible (kept over an ImageObject: a
 * scan's OCR layer); one filled white or near-white is kept only on a page that draws an image or a
 * filled path. What is left out is counted (facts.hiddenText).
 */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/extract/ofd.js';
import { writeZip } from '../../fixtures/build/zip.js';
import { extracted } from './helpers.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
let id = 100;
const text = (y: number, t: string, attrs = '', fill = '') => `<ofd:TextObject ID="${id++}" Boundary="20 ${y} 100 6" Font="3" Size="4"${attrs}>${fill}<ofd:TextCode X="0" Y="5">${t}</ofd:TextCode></ofd:TextObject>`;
const page = (objects: string) => `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;
const IMAGE = '<ofd:ImageObject ID="90" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="7"/>';
const BAND = '<ofd:PathObject ID="91" Boundary="0 0 210 20" Fill="true"><ofd:FillColor Value="0 60 120"/><ofd:AbbreviatedData>M 0 0 L 210 0 L 210 20 L 0 20 C</ofd:AbbreviatedData></ofd:PathObject>';

const TITLE = '县教育局关于志愿服务工作情况的说明报告';
const BODY = '一、主体责任：成立由局长任组长的领导小组。';

describe('OFD text nobody can see', () => {
  it('not Visible, neither filled nor stroked, Alpha 0 or white on a bare page is left out and counted', () => {
    const hidden = { chars: 0, how: [] as string[] };
    const xml = page(
      text(20, TITLE) +
        text(30, BODY, ' Visible="false"') +
        text(40, '二、部署文件', ' Fill="false"') +
        text(50, '三、具体措施', '', '<ofd:FillColor Value="0 0 0" Alpha="0"/>') +
        text(60, '四、数据实例', '', '<ofd:FillColor Value="255 255 255"/>') +
        text(70, '五、取得成效', ' Fill="false" Stroke="true"') +
        text(80, '灰色', '', '<ofd:FillColor Value="128 128 128"/>'),
    );
    expect(pageText(xml, hidden)).toBe(`${TITLE}\n五、取得成效\n灰色`);
    expect(hidden).toEqual({ chars: BODY.length + '二、部署文件三、具体措施四、数据实例'.length, how: ['invisible', 'white'] });
  });

  it('an OCR layer over an image and white text on a filled path stay read', () => {
    expect(pageText(page(IMAGE + text(20, TITLE, ' Visible="false"')))).toBe(TITLE);
    expect(pageText(page(BAND + text(20, TITLE, '', '<ofd:FillColor Value="255 255 255"/>')))).toBe(TITLE);
    // A filled path is no image: invisible text on it stays left out.
    expect(pageText(page(BAND + text(20, TITLE, ' Visible="false"')))).toBe('');
  });

  it('a report whose body is invisible reads as its title; facts.hiddenText counts the rest', async () => {
    const entries = [
      { name: 'OFD.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`) },
      { name: 'Doc_0/Document.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`) },
      { name: 'Doc_0/Pages/Page_0/Content.xml', data: Buffer.from(page(text(20, TITLE) + text(30, BODY, ' Visible="false"'))) },
    ];
    const f = await extracted(writeZip(entries), '说明报告.ofd', 'ofd');
    expect(f.facts.type === 'document' && f.facts.text.trim()).toBe(TITLE);
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars: BODY.length, how: ['invisible'] });
    // Nothing visible at all: empty for its reader, not a scan.
    const none = [...entries.slice(0, 2), { name: 'Doc_0/Pages/Page_0/Content.xml', data: Buffer.from(page(text(20, TITLE, ' Visible="false"') + text(30, BODY, ' Visible="false"'))) }];
    const g = await extracted(writeZip(none), '说明报告.ofd', 'ofd');
    expect(g.error).toMatchObject({ code: 'empty', args: { reason: 'hidden' } });
  });
});
