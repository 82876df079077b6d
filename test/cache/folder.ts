/**
 * A small unit folder with one file of every kind the fact cache stores (photos with and without
 * an EXIF thumbnail and an exact copy, a PDF report, a .docx evaluation, an .xlsx and a .csv
 * register), built by code, and helpers to run check() against a cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeJpeg } from '../../fixtures/build/jpeg.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { festivalRegisterSheet, makeRegisterXlsx } from '../../fixtures/build/xlsx.js';
import { reportParas } from '../../fixtures/build/texts.js';
import { check, type CheckInternals, type CheckOptions } from '../../src/check.js';
import { formatters } from '../../src/format/index.js';
import type { CacheStats } from '../../src/cache/run.js';

export const IND = 'Ⅲ—12 我们的节日';
export const IND2 = 'Ⅲ—15 志愿服务';

/** Files of the folder: relative path → bytes. */
export async function unitFiles(): Promise<Record<string, Buffer>> {
  const photo = await makeJpeg({
    seed: 3, width: 1600, height: 1200, quality: 80,
    exif: { dateTimeOriginal: '2026-06-19 09:30:00', offsetTimeOriginal: '+08:00', make: 'Canon' }, thumbnail: true,
  });
  const forwarded = await makeJpeg({ seed: 4, width: 1280, height: 960, quality: 70, exif: false });
  const paras = reportParas({ unit: '县教育局', indicator: '我们的节日', date: '2026-06-30' }).map((p) => p.text);
  return {
    [`${IND}/2026-06-19 县一中 端午包粽子活动.jpg`]: photo,
    [`${IND}/2026-06-19 副本.jpg`]: photo,
    [`${IND}/2026-06-20 转发的照片.jpg`]: forwarded,
    [`${IND}/说明报告.pdf`]: makePdf({ pages: [paras.slice(0, 8), paras.slice(8)] }),
    [`${IND}/部门评价.docx`]: await makeDocx({ paragraphs: ['县委宣传部关于县教育局我们的节日工作的评价', '工作扎实，成效明显，评价为优秀。', '县委宣传部', '2026年7月12日'] }),
    [`${IND}/活动登记表.xlsx`]: await makeRegisterXlsx({ sheets: [festivalRegisterSheet('县教育局', [{ name: '端午包粽子', date: { date: '2026-06-19' }, place: '县一中' }])] }),
    [`${IND2}/志愿服务登记表.csv`]: Buffer.from('活动名称,活动时间,活动地点,参与人数,形式\n文明交通志愿服务,2026年5月12日,城关镇,30,线下\n', 'utf8'),
  };
}

export function writeTree(root: string, files: Record<string, Buffer>): void {
  for (const [rel, data] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  }
}

/** A run start far enough after the files were written that none of them is racy. */
export const LATER = () => Date.now() + 60_000;

export interface Run {
  json: string;
  stats: CacheStats;
}

/** check() with the cache in `cacheDir`, OCR off; the JSON report and the cache's counts. */
export async function run(root: string, cacheDir: string | null, o: Partial<CheckOptions> = {}, internals: CheckInternals = {}): Promise<Run> {
  let stats: CacheStats | undefined;
  const report = await check(
    { path: root, asOf: '2026-10-20', ocr: false, cacheDir, ...o },
    { cacheNow: LATER(), ...internals, onCacheStats: (s) => (stats = s) },
  );
  return { json: (await formatters.json!(report, { color: false, quiet: false })) as string, stats: stats ?? { statHits: 0, contentHits: 0, misses: 0, ocrHits: 0, hashedFiles: 0, hashedBytes: 0, recordsWritten: 0 } };
}
