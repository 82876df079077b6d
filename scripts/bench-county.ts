/**
 * A county-like drive for `npm run bench`: U unit folders, each with indicator folders holding
 * camera photos (EXIF, thumbnail), PDF 说明报告, a .docx 部门评价 and an .xlsx register — what a
 * 创文办 re-checks on a synced drive. Built once under the system temp folder, then reused.
 * Measured there: ledger-check without a cache, with an empty cache (cold), and again with that
 * cache (warm re-run, nothing changed), each in a fresh process with the page cache dropped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeJpeg } from '../fixtures/build/jpeg.js';
import { makePdf } from '../fixtures/build/pdf.js';
import { makeDocx } from '../fixtures/build/docx.js';
import { festivalRegisterSheet, makeRegisterXlsx } from '../fixtures/build/xlsx.js';
import { reportParas } from '../fixtures/build/texts.js';

const UNITS = ['县教育局', '县文旅局', '县卫健委', '县市场监管局', '县民政局', '县司法局', '县交通运输局', '县住建局', '县城管局', '县农业农村局', '县商务局', '县人社局', '县自然资源局', '县生态环境局', '县水利局', '县应急管理局', '县公安局', '县财政局', '团县委', '县妇联'];
const INDICATORS = ['Ⅱ—8 未成年人思想道德建设', 'Ⅲ—12 我们的节日', 'Ⅲ—15 志愿服务'];

export interface CountyPlan {
  units: number;
  photosPerUnit: number;
  pdfsPerUnit: number;
  width: number;
  height: number;
}

export async function buildCounty(p: CountyPlan): Promise<{ dir: string; files: number; bytes: number }> {
  const dir = path.join(os.tmpdir(), `ledger-check-bench-county-${p.units}x${p.photosPerUnit}x${p.pdfsPerUnit}-${p.width}`);
  const marker = path.join(dir, '.complete');
  const root = path.join(dir, '台账');
  if (!fs.existsSync(marker)) {
    // A build cut short resumes at the first unit not marked done (12 MP photos take a while).
    const t0 = Date.now();
    for (let u = 0; u < p.units; u++) {
      const unit = UNITS[u % UNITS.length]! + (u >= UNITS.length ? `${Math.floor(u / UNITS.length) + 1}` : '');
      const unitDone = path.join(dir, `.unit-${u}-done`);
      if (fs.existsSync(unitDone)) continue;
      for (const ind of INDICATORS) fs.mkdirSync(path.join(root, unit, ind), { recursive: true });
      for (let i = 0; i < p.photosPerUnit; i++) {
        const ind = INDICATORS[i % INDICATORS.length]!;
        const date = `2026-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`;
        const seed = u * 1000 + i + 1;
        const buf = await makeJpeg({
          seed, width: p.width, height: p.height, quality: 88, noise: 40,
          exif: { dateTimeOriginal: `${date} 10:${String(i % 60).padStart(2, '0')}:00`, offsetTimeOriginal: '+08:00', make: 'HUAWEI', model: 'ELS-AN00' },
          thumbnail: true,
        });
        fs.writeFileSync(path.join(root, unit, ind, `${date} ${unit}活动${String(i).padStart(3, '0')}.jpg`), buf);
      }
      for (const [k, ind] of INDICATORS.entries()) {
        const paras = reportParas({ unit, indicator: ind.replace(/^\S+\s/, ''), date: '2026-06-30' }).map((x) => x.text);
        for (let j = 0; j < p.pdfsPerUnit; j++) {
          if (j % INDICATORS.length !== k) continue;
          const pages = Array.from({ length: 4 }, (_, pg) => paras.map((t) => `${t}（第${pg + 1}部分）`));
          fs.writeFileSync(path.join(root, unit, ind, `说明报告${j}.pdf`), makePdf({ pages }));
        }
        fs.writeFileSync(path.join(root, unit, ind, '部门评价.docx'), await makeDocx({ paragraphs: [`县委宣传部关于${unit}工作的评价`, '工作扎实，成效明显，评价为优秀。', '县委宣传部', '2026年7月12日'] }));
      }
      const rows = Array.from({ length: 12 }, (_, r) => ({ name: `${unit}活动${r}`, date: { date: `2026-0${1 + (r % 6)}-1${r % 9}` }, place: '城关镇' }));
      fs.writeFileSync(path.join(root, unit, 'Ⅲ—12 我们的节日', '活动登记表.xlsx'), await makeRegisterXlsx({ sheets: [festivalRegisterSheet(unit, rows)] }));
      fs.writeFileSync(unitDone, '');
      process.stderr.write(`  built unit ${u + 1}/${p.units}\n`);
    }
    fs.writeFileSync(marker, new Date().toISOString());
    process.stderr.write(`  built the county in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${root}\n`);
  }
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const q = path.join(d, e.name);
      if (e.isDirectory()) walk(q);
      else {
        files++;
        bytes += fs.statSync(q).size;
      }
    }
  };
  walk(root);
  return { dir: root, files, bytes };
}
