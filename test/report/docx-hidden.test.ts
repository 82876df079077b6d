/**
 * Hidden text is not read: Word shows, prints and exports none of it (w:vanish on a run, or from its
 * character style, its paragraph's style or the defaults), or shows it as nothing readable (1 pt or
 * smaller, white on nothing), and mammoth read it as any other text, so a 说明报告.docx whose whole
 * body was hidden (only its title visible) was judged as the visible report: all five elements
 * present. What was left out is counted (facts.hiddenText) and doc.hidden-text says so.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dropHiddenRuns, parseDocx } from '../../src/extract/docx.js';
import { cutHiddenRuns, mayHide, readDocxStyles } from '../../src/extract/docx-hidden.js';
import { docHiddenTextCheck } from '../../src/checks/doc-hidden.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ExtractedFile } from '../../src/types.js';
import { extracted } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

async function docx(body: string, styles?: string): Promise<Buffer> {
  const zip = new JSZip();
  if (styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`);
  if (styles) zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const REPORT = [
  '一、主体责任',
  '我局成立由局长任组长的志愿服务工作领导小组，办公室负责日常调度。',
  '二、部署文件',
  '年初印发《清河县教育局2025年志愿服务工作要点》（清教发〔2025〕6号）。',
  '三、具体措施',
  '一是组建志愿服务队；二是开展结对帮扶；三是建立服务积分制度。',
  '四、数据实例',
  '全年开展志愿服务活动36场，参与群众1200人次。',
  '五、取得成效',
  '群众满意度达到96.2%，县实验小学获评省级文明校园。',
];

describe('hidden text in a .docx', () => {
  it('runs hidden by w:vanish are dropped; vanish set false, other runs and nested runs stay', () => {
    const xml = para(run('看得见'), run('藏起来', '<w:vanish/>'), run('也看得见', '<w:vanish w:val="false"/>'), run('藏', '<w:b/><w:vanish w:val="1"/>'));
    expect(dropHiddenRuns(xml)).toBe(para(run('看得见'), run('也看得见', '<w:vanish w:val="false"/>')));
    // A hidden run holding a text box with runs of its own is dropped whole, up to its own end tag.
    const nested = para(`<w:r><w:rPr><w:vanish/></w:rPr><w:pict><w:txbxContent>${para(run('框里'))}</w:txbxContent></w:pict></w:r>`, run('后面'));
    expect(dropHiddenRuns(nested)).toBe(para(run('后面')));
    // Another prefix for the same namespace (mammoth reads by namespace).
    expect(dropHiddenRuns('<x:p><x:r><x:rPr><x:vanish/></x:rPr><x:t>藏</x:t></x:r><x:r><x:t>见</x:t></x:r></x:p>')).toBe('<x:p><x:r><x:t>见</x:t></x:r></x:p>');
    // Run properties never closed cost a bounded scan each, not the rest of the file (20,000 of them:
    // scanning each to the end would be billions of steps).
    const unclosed = `${'<w:r><w:rPr>'.repeat(20_000)}vanish`;
    expect(dropHiddenRuns(unclosed)).toBe(unclosed);
  });

  it('a report whose body is hidden reads as its visible title only; shown, the same body is read', async () => {
    const title = para(run('清河县教育局关于志愿服务工作情况的说明报告'));
    const hidden = await parseDocx(await docx(title + REPORT.map((t) => para(run(t, '<w:vanish/>'))).join('')));
    expect(hidden.paragraphs.map((p) => p.text).join('')).toBe('清河县教育局关于志愿服务工作情况的说明报告');
    const shown = await parseDocx(await docx(title + REPORT.map((t) => para(run(t))).join('')));
    expect(shown.paragraphs.map((p) => p.text).slice(1)).toEqual(REPORT);
    const f = await extracted(await docx(title + REPORT.map((t) => para(run(t, '<w:vanish/>'))).join('')), '说明报告.docx', 'docx');
    expect(f.facts.type === 'document' && f.facts.text).toBe('清河县教育局关于志愿服务工作情况的说明报告');
  });
});

const doc = (body: string) => `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const texts = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);

function findings(file: ExtractedFile) {
  const out: { id: string; args: Record<string, unknown> | undefined }[] = [];
  if (docHiddenTextCheck.scope !== 'file') throw new Error('a file check');
  docHiddenTextCheck.run(file, null, {} as never, {} as never, (id, at) => out.push({ id, args: at?.args }));
  return out;
}

describe('text a reader cannot see in a .docx: white, 1 pt, hidden by a style', () => {
  it('white or near-white on nothing is cut; white on shading, a highlight, a shaded paragraph, a styled or shaded table, a text box or a coloured page stays', () => {
    const white = '<w:color w:val="FFFFFF"/>';
    const cut = cutHiddenRuns(doc(para(run('看得见'), run('白字', white), run('近白', '<w:color w:val="F8F9FA"/>'), run('灰字', '<w:color w:val="C0C0C0"/>'), run('自动', '<w:color w:val="auto"/>'))));
    expect(texts(cut.xml)).toEqual(['看得见', '灰字', '自动']);
    expect(cut).toMatchObject({ chars: 4, how: ['white'] });
    // A theme colour wins over the value: background1 is white (unless shaded darker).
    const theme = cutHiddenRuns(doc(para(run('主题白', '<w:color w:val="000000" w:themeColor="background1"/>'), run('主题深', '<w:color w:val="000000" w:themeColor="background1" w:themeShade="80"/>'))));
    expect(texts(theme.xml)).toEqual(['主题深']);
    expect(mayHide(Buffer.from('<w:r><w:rPr><w:color w:themeColor="background1"/></w:rPr></w:r>'), readDocxStyles(null))).toBe(true);
    const kept = [
      para(run('底纹', `${white}<w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/>`)),
      para(run('突出', `${white}<w:highlight w:val="darkBlue"/>`)),
      `<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="C00000"/></w:pPr>${run('段落底纹', white)}</w:p>`,
      `<w:tbl><w:tblPr><w:tblStyle w:val="GridTable4-Accent1"/></w:tblPr><w:tr><w:tc>${para(run('表头', white))}</w:tc></w:tr></w:tbl>`,
      `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="2E75B6"/></w:tcPr>${para(run('单元格底纹', white))}</w:tc></w:tr></w:tbl>`,
      para(`<w:r><w:pict><w:txbxContent>${para(run('文本框', white))}</w:txbxContent></w:pict></w:r>`),
    ];
    for (const k of kept) expect(cutHiddenRuns(doc(k)).xml).toBe(doc(k));
    const page = `<w:document xmlns:w="${W}"><w:background w:color="002060"/><w:body>${para(run('深色页面', white))}</w:body></w:document>`;
    expect(cutHiddenRuns(page).xml).toBe(page);
    // The next cell of a table whose first cell is shaded is judged on its own.
    const cells = `<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:fill="2E75B6"/></w:tcPr>${para(run('有底纹', white))}</w:tc><w:tc>${para(run('无底纹', white))}</w:tc></w:tr></w:tbl>`;
    expect(texts(cutHiddenRuns(doc(cells)).xml)).toEqual(['有底纹']);
  });

  it('unprefixed elements under a default WordprocessingML namespace are read as Word\'s (the cheap pre-test too)', () => {
    const xml = `<document xmlns="${W}"><body><p><r><rPr><color val="FFFFFF"/></rPr><t>白字</t></r><r><t>黑字</t></r></p></body></document>`;
    expect(mayHide(Buffer.from(xml), readDocxStyles(null))).toBe(true);
    expect(texts(cutHiddenRuns(xml).xml.replace(/<t>/g, '<w:t>').replace(/<\/t>/g, '</w:t>'))).toEqual(['黑字']);
    // Both declared: a prefixed body whose runs are unprefixed.
    const both = `<w:document xmlns:w="${W}" xmlns="${W}"><w:body><p><r><rPr><color val="FFFFFF"/></rPr><t>白字</t></r><r><t>黑字</t></r></p></w:body></w:document>`;
    expect(cutHiddenRuns(both).xml).not.toContain('白字');
    expect(mayHide(Buffer.from(`<w:document xmlns:w="${W}"><w:r><w:rPr><w:sz w:val="28"/><w:color w:val="000000"/></w:rPr></w:r></w:document>`), readDocxStyles(null))).toBe(false);
  });

  it('1 pt or smaller (w:sz ≤ 2 half-points) is cut, 1.5 pt stays; a tracked change\'s old properties hide nothing', () => {
    const cut = cutHiddenRuns(doc(para(run('一磅', '<w:sz w:val="2"/>'), run('半磅', '<w:sz w:val="1"/>'), run('一磅半', '<w:sz w:val="3"/>'), run('正文', '<w:sz w:val="24"/>'))));
    expect(texts(cut.xml)).toEqual(['一磅半', '正文']);
    expect(cut).toMatchObject({ chars: 4, how: ['tiny'] });
    const changed = doc(para(run('改过格式', '<w:rPrChange w:id="1" w:author="甲"><w:rPr><w:vanish/><w:sz w:val="2"/></w:rPr></w:rPrChange>')));
    expect(cutHiddenRuns(changed).xml).toBe(changed);
  });

  it('a character style, a paragraph style (through basedOn) or the defaults that hide a run cut it; the run\'s own properties win', () => {
    const styles = readDocxStyles(
      `<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>' +
        '<w:style w:type="character" w:styleId="Secret2"><w:basedOn w:val="Secret"/><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Ghost"><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style></w:styles>',
    );
    expect(styles.hides).toBe(true);
    const body = doc(
      para(run('样式隐藏', '<w:rStyle w:val="Secret"/>'), run('继承隐藏', '<w:rStyle w:val="Secret2"/>'), run('自己显示', '<w:rStyle w:val="Secret"/><w:vanish w:val="0"/>')) +
        `<w:p><w:pPr><w:pStyle w:val="Ghost"/></w:pPr>${run('白色段落')}${run('改成黑色', '<w:color w:val="000000"/>')}</w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr>${run('循环样式')}</w:p>`,
    );
    const cut = cutHiddenRuns(body, styles);
    expect(texts(cut.xml)).toEqual(['自己显示', '改成黑色', '循环样式']);
    expect(cut).toMatchObject({ chars: 12, how: ['style', 'white'] });
    // Defaults of 1 pt hide every run that sets no size of its own.
    const tiny = readDocxStyles(`<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="2"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`);
    expect(texts(cutHiddenRuns(doc(para(run('默认极小'), run('正常', '<w:sz w:val="28"/>'))), tiny).xml)).toEqual(['正常']);
  });

  it('markup that never closes costs one sweep and hides nothing it should not', () => {
    // Run properties never closed end where the run's text starts.
    const unclosed = doc(para('<w:r><w:rPr><w:color w:val="FFFFFF"/><w:t>白字</w:t></w:r>', run('后面')));
    expect(texts(cutHiddenRuns(unclosed).xml)).toEqual(['后面']);
    // A tracked change never closed ends at the next run.
    const change = doc(para('<w:r><w:rPr><w:rPrChange w:id="1"><w:rPr><w:b/></w:rPr></w:rPr><w:t>甲</w:t></w:r>', run('白字', '<w:color w:val="FFFFFF"/>')));
    expect(texts(cutHiddenRuns(change).xml)).toEqual(['甲']);
    // 200,000 '<' with no '>' (each tag's scan stops at the next '<') and comments holding fake runs.
    const lt = doc(para(run('甲')) + '<'.repeat(200_000));
    expect(cutHiddenRuns(lt).xml).toBe(lt);
    const commented = doc(para(run('藏', '<w:vanish/><!-- </w:r> -->'), run('见')));
    expect(texts(cutHiddenRuns(commented).xml)).toEqual(['见']);
  });

  it('a report whose evidence is white, 1 pt or hidden by its style reads as its visible text, and doc.hidden-text says how much', async () => {
    const styles = '<w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>';
    const hide = ['<w:color w:val="FFFFFF"/>', '<w:sz w:val="2"/>', '<w:rStyle w:val="Secret"/>'];
    const title = para(run('清河县教育局关于志愿服务工作情况的说明报告'));
    const body = title + REPORT.map((t, i) => para(run(t, hide[i % 3]))).join('');
    const f = await extracted(await docx(body, styles), '说明报告.docx', 'docx');
    expect(f.facts.type === 'document' && f.facts.text).toBe('清河县教育局关于志愿服务工作情况的说明报告');
    const chars = REPORT.join('').replace(/\s/g, '').length;
    expect(f.facts.type === 'document' && f.facts.hiddenText).toEqual({ chars, how: ['style', 'tiny', 'white'] });
    expect(findings(f)).toEqual([{ id: 'doc.hidden-text', args: { chars, how: ['style', 'tiny', 'white'] } }]);
    expect(renderMessage('doc.hidden-text', 'zh', { chars: 12, how: ['white', 'tiny'] })).toBe('文档中有 12 个字打开或打印时看不见（白色或接近白色的字、1 磅及以下的字号），这些文字不作为检查依据');
    expect(renderMessage('doc.hidden-text', 'en', { chars: 1, how: ['style'] })).toBe('the document holds 1 character of text that cannot be seen when it is opened or printed (hidden by its style); that text is not read as evidence');
    // All of it hidden: empty for its reader (not 'the document has no text').
    const all = await extracted(await docx(REPORT.map((t) => para(run(t, '<w:color w:val="FFFFFF"/>'))).join('')), '说明报告.docx', 'docx');
    expect(all.error).toMatchObject({ code: 'empty', args: { reason: 'hidden' } });
    // Shown, the same report has every element and no hidden text.
    const shown = await extracted(await docx(title + REPORT.map((t) => para(run(t))).join(''), styles), '说明报告.docx', 'docx');
    expect(shown.facts.type === 'document' && shown.facts.hiddenText).toBeUndefined();
    expect(findings(shown)).toEqual([]);
  });
  it('doc.hidden-text is said on the kinds whose text is judged (report, 部门评价, sign-off sheet), not on a 正式发文 or a register', () => {
    if (docHiddenTextCheck.scope !== 'file') throw new Error('a file check');
    expect([...docHiddenTextCheck.kinds].sort()).toEqual(['evaluation', 'report', 'signoff']);
  });
});
