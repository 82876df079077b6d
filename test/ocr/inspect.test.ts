/**
 * `inspect --ocr`: a scan's OCR record follows its first record, as a check with OCR makes it, and
 * the scan then counts as read; without --ocr there is no OCR record and the scan is not checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { inspect } from '../../src/inspect.js';
import { makeScanPdf } from '../../fixtures/build/scan-pdf.js';
import { runBin, tempDir } from '../cli/helpers.js';

const tmp = tempDir('lc-ocr-inspect-');
const scan = path.join(tmp, '部门评价.pdf');

beforeAll(async () => {
  fs.writeFileSync(scan, await makeScanPdf(['县委宣传部关于县教育局我们的节日工作的评价意见', '工作扎实，成效明显，评价为优秀。', '县委宣传部', '2026年7月12日'], { perPage: 2, fontSize: 34 }));
});

it('prints the OCR record of an image-only PDF after its document record, pages limited', async () => {
  const [r] = await inspect([scan], { ocrPages: 1 });
  expect(r!.records.map((x) => x.extractor)).toEqual(['document', 'ocr']);
  expect(r!.records[0]!.error?.code).toBe('scanned');
  const ocr = r!.records[1]!;
  expect(ocr.error).toBeNull();
  const facts = ocr.facts as { text: string; ocr: { pagesTotal: number; pages: { page: number }[] } };
  expect(facts.text.replace(/\s/g, '')).toContain('评价意见');
  expect(facts.ocr.pagesTotal).toBe(2);
  expect(facts.ocr.pages.map((p) => p.page)).toEqual([1]);
  expect(r!.status).toBe('ok');
});

it('prints no OCR record without --ocr, and the scan is not checked', async () => {
  const [r] = await inspect([scan]);
  expect(r!.records.map((x) => x.extractor)).toEqual(['document']);
  expect(r!.status).toBe('not-checked');
});

it('refuses a page count that is not a whole number from 0 to 500; --ocr before the files takes none of them', () => {
  for (const bad of ['-1', '501', '1.5', 'all']) {
    const r = runBin(['inspect', scan, '--ocr', `--ocr-pages=${bad}`]);
    expect(r.code, bad).toBe(2);
    expect(r.stderr).toContain('--ocr-pages');
  }
  expect(runBin(['inspect', '--ocr', '--ocr-pages', '0', scan, '--format', 'json']).code).toBe(1); // no page read: a scan is not checked
  const r = runBin(['inspect', '--ocr', '--ocr-pages', '500', scan, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0); // the scan is read, so it is checked
  expect(JSON.parse(r.stdout)[0].records.map((x: { extractor: string }) => x.extractor)).toEqual(['document', 'ocr']);
});
