/**
 * Each element verdict carries its evidence sentence and page (issue 11, item 1), and both `inspect`
 * and the HTML report show them: a two-page PDF report whose elements sit on known pages, read by
 * the real extractor.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../fixtures/build/pdf.js';
import { inspect } from '../../src/inspect.js';
import { check } from '../../src/check.js';
import { loadRules } from '../../src/rules/load.js';
import { formatHtml } from '../../src/format/html.js';
import type { ElementVerdict } from '../../src/types.js';

const root = mkdtempSync(path.join(tmpdir(), 'lc-evidence-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
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
  it('inspect gives each present element its sentence and page, and a missing one none', async () => {
    const [r] = await inspect([file], loadRules({ lang: 'zh' }));
    const v = byName(r.elements);
    expect(v.主体责任).toMatchObject({ status: 'present', evidence: '局长对河湖管护工作负总责，河湖管理股牵头落实。', page: 1 });
    expect(v.部署文件).toMatchObject({ status: 'present', evidence: '依据《清河县河湖长制年度工作要点》部署。', page: 1 });
    expect(v.具体措施).toMatchObject({ status: 'present', evidence: '在沿河村庄设立河长公示牌。', page: 2 });
    expect(v.数据实例).toMatchObject({ status: 'present', evidence: '全年巡河1460次。', page: 2 });
    // 五、取得成效 over （略）: missing, with no evidence, and its heading is empty (on page 2).
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
