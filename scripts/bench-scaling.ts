/**
 * The scaling table of `npm run bench`: the same kind of county checked at 500 / 2,000 / 8,000 /
 * 20,000 photos (each with the same 100 PDFs), wall time and peak RSS, each in a fresh process,
 * so growth can be seen to be linear.
 *
 * Photos are small (320×240 with EXIF and its thumbnail: about 5 ms each to make) and every one
 * is a different picture; one in fifty is a resized copy of the one before (a near-duplicate).
 * They are made once into a pool under the bench's temp folder and the trees are hard links into
 * it, so a second bench run makes nothing. A county of 20 units × 7 indicator folders, checked
 * with the built-in rules and the small photos' size minimums (.ledger-check.yaml above it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveJpeg, makeJpeg } from '../fixtures/build/jpeg.js';
import { makePdf } from '../fixtures/build/pdf.js';

export const SCALING_SIZES = [500, 2000, 8000, 20000];
const PDFS = 100;
const UNITS = Array.from({ length: 20 }, (_, i) => `单位${String(i + 1).padStart(2, '0')}`);
const INDICATORS = ['Ⅰ—1 理论学习与宣传宣讲', 'Ⅱ—5 社会主义核心价值观宣传', 'Ⅱ—8 未成年人思想道德建设', 'Ⅲ—12 我们的节日', 'Ⅲ—15 志愿服务', 'Ⅳ—2 公共文化服务', 'Ⅴ—3 市容环境卫生'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The bench's cache folder (made once, reused by every run). */
export function scalingDir(): string {
  return path.join(os.tmpdir(), 'ledger-check-bench-scaling');
}

async function buildPool(dir: string, photos: number): Promise<void> {
  const pool = path.join(dir, 'pool');
  fs.mkdirSync(pool, { recursive: true });
  const t0 = Date.now();
  let made = 0;
  let last: Buffer | null = null;
  for (let i = 0; i < photos; i++) {
    const f = path.join(pool, `p${pad(i, 5)}.jpg`);
    if (fs.existsSync(f)) {
      last = null;
      continue;
    }
    const date = `2026-${pad(1 + (i % 6), 2)}-${pad(1 + (i % 28), 2)}`;
    let buf: Buffer;
    if (i % 50 === 49 && last) buf = await deriveJpeg(last, { width: 300, quality: 70 });
    else {
      buf = await makeJpeg({ seed: i + 1, width: 320, height: 240, quality: 80, exif: { dateTimeOriginal: `${date} 09:${pad(i % 60, 2)}:00`, make: 'Canon', model: 'EOS 90D' }, thumbnail: true });
      last = buf;
    }
    fs.writeFileSync(`${f}.tmp`, buf);
    fs.renameSync(`${f}.tmp`, f);
    if (++made % 1000 === 0) process.stderr.write(`  made ${made} photos (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  for (let i = 0; i < PDFS; i++) {
    const f = path.join(pool, `r${pad(i, 3)}.pdf`);
    if (fs.existsSync(f)) continue;
    const para = `按照《县创文办关于做好网上申报工作的通知》（县创文办〔2025〕${i + 1}号）要求，本单位成立工作专班，开展主题活动${12 + i}场，参与群众${300 + i}人次，满意度提升至95%。`;
    fs.writeFileSync(f, makePdf({ pages: Array.from({ length: 4 }, (_, p) => Array.from({ length: 10 }, () => `第${p + 1}页 ${para}`)) }));
  }
}

/** A county of `photos` photos and the 100 PDFs, hard-linked from the pool (made once). */
async function tree(dir: string, photos: number): Promise<string> {
  const root = path.join(dir, `county-${photos}`);
  const marker = path.join(dir, `county-${photos}.complete`);
  if (fs.existsSync(marker)) return root;
  fs.rmSync(root, { recursive: true, force: true });
  const link = (from: string, to: string) => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    try {
      fs.linkSync(from, to);
    } catch {
      fs.copyFileSync(from, to);
    }
  };
  for (let i = 0; i < photos; i++) {
    const date = `2026-${pad(1 + (i % 6), 2)}-${pad(1 + (i % 28), 2)}`;
    const unit = UNITS[Math.floor(i / 7) % UNITS.length]!;
    link(path.join(dir, 'pool', `p${pad(i, 5)}.jpg`), path.join(root, unit, INDICATORS[i % 7]!, `${date} 县一中 活动${pad(i, 5)}.jpg`));
  }
  for (let i = 0; i < PDFS; i++) {
    link(path.join(dir, 'pool', `r${pad(i, 3)}.pdf`), path.join(root, UNITS[i % UNITS.length]!, INDICATORS[i % 7]!, `说明报告${pad(i, 3)}.pdf`));
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return root;
}

export interface ScalingRow {
  photos: number;
  files: number;
  seconds: number;
  maxRssMB: number;
  /** A row of tiny text files (no photos, no PDFs). */
  tiny?: boolean;
  note?: string;
}

/** Build (once) and check each size in a fresh process: rows of the table. */
/**
 * The bench's rule file, above the trees (found walking up from a county's parent): the built-in
 * rules with the photo size minimums of these small photos, so that a photo's findings are those
 * a real folder's photos get, not two size findings each.
 */
const RULES = `name: bench
version: 1
extends: builtin
defaults:
  photo: { minWidth: 300, minHeight: 200, minBytes: 0 }
`;

export async function scaling(runner: string, sizes = SCALING_SIZES, extra: string[] = []): Promise<ScalingRow[]> {
  const dir = scalingDir();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.ledger-check.yaml'), RULES);
  await buildPool(dir, Math.max(...sizes));
  const rows: ScalingRow[] = [];
  for (const n of sizes) {
    const root = await tree(dir, n);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [runner, 'cli', root, 'near', ...extra], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const m = /MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
    rows.push({ photos: n, files: n + PDFS, seconds, maxRssMB: m ? Number(m[1]) / 1024 : NaN, note: r.status !== 0 && r.status !== 1 ? (r.stderr ?? '').slice(-300) : undefined });
    process.stderr.write(`  checked ${n + PDFS} files: ${seconds.toFixed(1)} s\n`);
  }
  return rows;
}

/**
 * A tree of `n` tiny files (a few bytes of text each, every one different: `.txt` under the same
 * 20 units × 7 indicator folders), made once: what a county's sync folder full of small scraps
 * costs, discovery above all. Checked like the others (a fresh process, peak RSS).
 */
export function tinyTree(dir: string, n: number): string {
  const root = path.join(dir, `tiny-${n}`);
  const marker = path.join(dir, `tiny-${n}.complete`);
  if (fs.existsSync(marker)) return root;
  fs.rmSync(root, { recursive: true, force: true });
  const made = new Set<string>();
  for (let i = 0; i < n; i++) {
    const folder = path.join(root, UNITS[Math.floor(i / 7) % UNITS.length]!, INDICATORS[i % 7]!);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(path.join(folder, `记录${pad(i, 6)}.txt`), `记录 ${i}\n`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return root;
}

/** The tiny-file tree checked once in a fresh process (a row of the same table). */
export function tinyRow(runner: string, n: number, extra: string[] = []): ScalingRow {
  const dir = scalingDir();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.ledger-check.yaml'), RULES);
  const root = tinyTree(dir, n);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [runner, 'cli', root, 'near', ...extra], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  process.stderr.write(`  checked ${n} tiny files: ${seconds.toFixed(1)} s\n`);
  return { photos: 0, files: n, tiny: true, seconds, maxRssMB: m ? Number(m[1]) / 1024 : NaN, note: r.status !== 0 && r.status !== 1 ? (r.stderr ?? '').slice(-300) : undefined };
}

export function scalingTable(rows: ScalingRow[]): string {
  const out = ['', `scaling: a county of 20 units, N photos (320×240, EXIF + thumbnail, 1 in 50 a near-duplicate) + ${PDFS} PDFs; cpus: ${os.cpus().length}; node ${process.version}`, '', '| files | photos | seconds | ms/file | peak RSS MB | RSS / smallest |', '|---|---|---|---|---|---|'];
  const base = rows[0]?.maxRssMB ?? NaN;
  for (const r of rows) {
    out.push(`| ${r.files} | ${r.tiny ? 'tiny files' : r.photos} | ${r.seconds.toFixed(1)} | ${((r.seconds * 1000) / r.files).toFixed(2)} | ${Number.isNaN(r.maxRssMB) ? '–' : r.maxRssMB.toFixed(0)} | ${(r.maxRssMB / base).toFixed(2)}× |${r.note ? ` FAILED: ${r.note}` : ''}`);
  }
  const at = (n: number) => rows.find((r) => !r.tiny && r.photos === n);
  // Issue 14's targets: 2,000 photos + 100 PDFs ≤ 300 MB, and 20,000 ≤ 1.2× that (360 MB).
  if (at(2000)) out.push('', `peak RSS at 2,000 photos + ${PDFS} PDFs: ${at(2000)!.maxRssMB.toFixed(0)} MB (target ≤ 300 MB)`);
  if (at(20000)) out.push(`peak RSS at 20,000 photos + ${PDFS} PDFs: ${at(20000)!.maxRssMB.toFixed(0)} MB (target ≤ 360 MB, 1.2 × 300)${at(2000) ? `; ${(at(20000)!.maxRssMB / at(2000)!.maxRssMB).toFixed(2)}× the 2,000 run` : ''}`);
  return out.join('\n');
}
