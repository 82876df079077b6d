/**
 * Hidden text (w:vanish on a run) is not read: Word shows, prints and exports none of it, and mammoth
 * read it as any other text, so a 说明报告.docx whose whole body was hidden (only its title visible)
 * was judged as the visible report: all five elements present.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dropHiddenRuns, parseDocx } from '../../src/extract/docx.js';
import { extracted } from './helpers.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
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
