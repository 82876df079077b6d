/**
 * Each element verdict carries its evidence sentence and page (issue 11, item 1): `inspect` prints
 * the facts (per element, the sentences satisfying it, each with its page), the check's verdicts and
 * the HTML report show the verdict with its sentence and page. A two-page PDF report whose elements
 * sit on known pages, read by the real extractor.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../fixtures/build/pdf.js';
import { inspect } from '../../src/inspect.js';
import { check } from '../../src/check.js';
import { formatHtml } from '../../src/format/html.js';
import type { ElementVerdict } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const root = tempDir('lc-evidence-');
const folder = path.join(root, '台账', '县水利局', 'Ⅳ—30 河湖管护');
const file = path.join(folder, '说明报告.pdf');

const PAGE1 = ['县水利局关于河湖管护工作的说明报告', '一、主体责任', '局长对河湖管护工作负总责，河湖管理股牵头落实。', '二、部署文件', '依据《清河县河湖长制年度工作要点》部署。'];
const PAGE2 = ['三、具体措施', '在沿河村庄设立河长公示牌。', '四、数据实例', '全年巡河1460次。', '五、取得成效', '（略）'];

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, makePdf({ pages: [PAGE1, PAGE2], info: { creationDate: '2025-06-12T09:00:00+08:00' } }));
});

const byName = (vs: ElementVerdict[] | undefined) => Object.fromEntries((vs ?? []).map((v) => [v.element, v]));

describe('element evidence', () => {
  it('inspect prints, per element, the sentences satisfying it with their pages (facts: no verdicts)', async () => {
    const [r] = await inspect([file]);
    const facts = r.records[0].facts;
    if (facts.type !== 'document') throw new Error(`not a document: ${facts.type}`);
    const first = (el: string) => {
      const e = facts.elements?.[el]?.[0];
      return e === undefined ? undefined : { text: facts.sentences?.[e.sentence].text, page: facts.sentences?.[e.sentence].page };
    };
    expect(first('主体责任')).toEqual({ text: '局长对河湖管护工作负总责，河湖管理股牵头落实。', page: 1 });
    expect(first('部署文件')).toEqual({ text: '依据《清河县河湖长制年度工作要点》部署。', page: 1 });
    expect(first('具体措施')).toEqual({ text: '在沿河村庄设立河长公示牌。', page: 2 });
    expect(first('数据实例')).toEqual({ text: '全年巡河1460次。', page: 2 });
    // 五、取得成效 over （略）: a label naming the outcomes is no evidence of one (nor is （略）).
    expect(facts.elements?.['取得成效']).toEqual([]);
  });

  it('the verdicts carry the evidence sentence and page; an element missing has none, its empty heading has its page', async () => {
    const report = await check({ path: path.join(root, '台账'), asOf: '2025-08-15' });
    const v = byName(report.files.find((f) => f.path.endsWith('说明报告.pdf'))?.elements);
    expect(v.主体责任).toMatchObject({ status: 'present', evidence: '局长对河湖管护工作负总责，河湖管理股牵头落实。', page: 1 });
    expect(v.部署文件).toMatchObject({ status: 'present', evidence: '依据《清河县河湖长制年度工作要点》部署。', page: 1 });
    expect(v.具体措施).toMatchObject({ status: 'present', evidence: '在沿河村庄设立河长公示牌。', page: 2 });
    expect(v.数据实例).toMatchObject({ status: 'present', evidence: '全年巡河1460次。', page: 2 });
    expect(v.取得成效.status).toBe('missing');
    expect(v.取得成效.evidence).toBeUndefined();
    expect(v.取得成效.emptyHeadings).toEqual([{ heading: '五、取得成效', page: 2 }]);
  });

  it('the HTML report shows each verdict with its sentence and page', async () => {
    const report = await check({ path: path.join(root, '台账'), asOf: '2025-08-15' });
    const rep = report.files.find((f) => f.path.endsWith('说明报告.pdf'));
    expect(byName(rep?.elements).数据实例).toMatchObject({ evidence: '全年巡河1460次。', page: 2 });
    const page = formatHtml(report, { color: false, quiet: false, outputDir: root, rootDir: root }) as string;
    const row = page.slice(page.indexOf('全年巡河1460次。') - 200, page.indexOf('全年巡河1460次。') + 200);
    expect(row).toContain('数据实例');
    expect(row).toContain('第 2 页');
    expect(page).toContain('局长对河湖管护工作负总责，河湖管理股牵头落实。');
    expect(page).toMatch(/<td>取得成效<\/td><td class="missing">缺少<\/td>/);
  });
});
