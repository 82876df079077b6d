/**
 * OCR inside a check: a report photographed sideways (EXIF orientation 6) is read upright and
 * judged like a text report; a long scan is read up to the rule file's page limit; a page OCR
 * cannot read stays not checked; the cache never goes inside the checked folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { check, UsageError } from '../../src/check.js';
import { makeScanPage } from '../../fixtures/build/scan.js';
import { makeScanPdf } from '../../fixtures/build/scan-pdf.js';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { tempDir, writeFile } from '../cli/helpers.js';
import { loadRules } from '../../src/rules/load.js';

const tmp = tempDir('lc-ocr-read-');
const unit = path.join(tmp, '县教育局');
const ind = 'Ⅲ—12 我们的节日';
const cache = path.join(tmp, 'cache');

beforeAll(async () => {
  const lines = reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2026-06-30' }).map((p) => p.text);
  // Page 1 of the report, photographed sideways: stored turned a quarter left, EXIF says turn it right.
  const upright = await makeScanPage({ lines: lines.slice(0, 9), fontSize: 32 });
  const sideways = await sharp(upright.jpeg).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
  writeFile(unit, `${ind}/说明报告.jpg`, sideways);
  // A three-page scan; the rule file below reads two pages.
  writeFile(unit, `${ind}/部门评价.pdf`, await makeScanPdf(['县委宣传部关于县教育局我们的节日工作的评价意见', '工作扎实，成效明显，评价为优秀。', '县委宣传部', '2026年7月12日', '附：活动清单', '无'], { perPage: 2, fontSize: 34 }));
  // Static, not a document: OCR reads nothing it can trust.
  writeFile(unit, '移交签单.jpg', await makeJpeg({ width: 900, height: 1200, seed: 5, noise: 90, quality: 80, exif: false }));
  fs.writeFileSync(path.join(tmp, 'rules.yaml'), 'name: t\nversion: 1\nextends: builtin\nocr: { maxPages: 2, minConfidence: 60 }\n');
});

describe('OCR in a check', () => {
  it('reads, judges and limits as the rule file says', async () => {
    const rules = loadRules({ file: path.join(tmp, 'rules.yaml') });
    const r = await check({ path: unit, rules, asOf: '2026-10-20', ocrCacheDir: cache });
    const on = (name: string) => r.findings.filter((f) => f.file?.endsWith(name));
    const report = on('说明报告.jpg');
    // Read upright: its elements are found (its other pages were never handed in, so no 数据实例/成效).
    expect(report.map((f) => f.ruleId)).not.toContain('doc.scanned');
    const missing = report.filter((f) => f.ruleId === 'report.element-missing').map((f) => f.args.element);
    expect(missing).not.toContain('主体责任');
    expect(missing).not.toContain('部署文件');
    expect(report.every((f) => f.source === 'ocr')).toBe(true);
    expect(on('部门评价.pdf').map((f) => f.ruleId)).toContain('ocr.pages-skipped');
    expect(on('部门评价.pdf').find((f) => f.ruleId === 'ocr.pages-skipped')!.args).toMatchObject({ read: 2, total: 3 });
    expect(on('部门评价.pdf').map((f) => f.ruleId)).not.toContain('evaluation.no-issuer');
    const sheet = on('移交签单.jpg').map((f) => f.ruleId);
    expect(sheet).toEqual(expect.arrayContaining(['ocr.page-unreadable', 'signoff.manual-review']));
    expect(r.files.find((f) => f.path === '移交签单.jpg')!.status).toBe('not-checked');
    // The results are cached outside the folder: a second run reads the same.
    expect(fs.readdirSync(cache).length).toBeGreaterThan(0);
    const again = await check({ path: unit, rules, asOf: '2026-10-20', ocrCacheDir: cache });
    expect(again.findings).toEqual(r.findings);
  }, 240_000); // real OCR of several pages: 12 s idle, 45 s on a loaded machine (a bound on a hang, not a timing)

  it('refuses a cache folder inside the checked folder', async () => {
    await expect(check({ path: unit, asOf: '2026-10-20', ocrCacheDir: path.join(unit, '.cache') })).rejects.toBeInstanceOf(UsageError);
    expect(fs.existsSync(path.join(unit, '.cache'))).toBe(false);
  });
});
