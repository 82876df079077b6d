/**
 * npm run bench [-- --photos N --pdfs M --width W --height H --dir DIR --no-near --runs R]
 *
 * Builds (once, then reuses) a synthetic unit folder of N camera-sized photos and M Chinese PDFs,
 * then measures, each in a fresh process and with the page cache dropped when possible (root):
 *   - the floor: reading the first 64 KB of every file;
 *   - exiftool printing the dates (`exiftool -json -r -DateTimeOriginal DIR`), when installed;
 *   - the ledger-check command's full check of the folder (photos with exact and near duplicates,
 *     PDFs), its JSON report printed to a pipe as exiftool's is.
 * Then the fact cache on a county-like drive (scripts/bench-county.ts): no cache, cold (an empty
 * cache) and warm (the same cache, nothing changed), and the warm / cold ratio (target ≤ 0.1×).
 * Prints files/s and peak memory (max RSS of the measured process). No assertions: figures only.
 *
 * npm run bench -- --scaling [--sizes 500,2000,8000,20000] [--tiny 100000] [--xlsx] [--runner OTHER/dist/scripts/bench-run.js]: instead, the scaling table (scripts/bench-scaling.ts):
 * a county checked at each size in a fresh process, wall time and peak RSS (--xlsx: each run also writes the workbook).
 * npm run bench -- --pdf-text [--pdfs N --threads P --runs R --extra DIR]: PDF text against pdftotext
 * (scripts/bench-pdf.ts).
 *
 * npm run bench -- --scans N [--runs R]: instead, a folder of N image-only PDFs of 2–3 pages
 * (printed, sealed and scanned 说明报告), checked with OCR and no OCR cache: pages/s and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeJpeg, deriveJpeg } from '../fixtures/build/jpeg.js';
import { makePdf } from '../fixtures/build/pdf.js';
import { dropCaches } from './drop-caches.js';

interface Args {
  photos: number;
  pdfs: number;
  width: number;
  height: number;
  dir: string;
  near: boolean;
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string, def: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : def;
  };
  const photos = get('photos', 300);
  const pdfs = get('pdfs', 20);
  const width = get('width', 4000);
  const height = get('height', 3000);
  const di = argv.indexOf('--dir');
  const dir = di >= 0 ? argv[di + 1]! : path.join(os.tmpdir(), `ledger-check-bench-${photos}x${width}-${pdfs}`);
  return { photos, pdfs, width, height, dir, near: !argv.includes('--no-near'), runs: get('runs', 1) };
}

const INDICATORS = ['Ⅰ—1 理论学习与宣传宣讲', 'Ⅱ—5 社会主义核心价值观宣传', 'Ⅱ—8 未成年人思想道德建设', 'Ⅲ—12 我们的节日', 'Ⅲ—15 志愿服务', 'Ⅳ—2 公共文化服务', 'Ⅴ—3 市容环境卫生'];

function pad(n: number, w = 4) {
  return String(n).padStart(w, '0');
}

async function build(a: Args): Promise<string> {
  const unit = path.join(a.dir, '县教育局');
  const marker = path.join(a.dir, '.complete');
  if (fs.existsSync(marker)) return unit;
  // A build cut short resumes: files are written whole (temp + rename) and those present are kept.
  const t0 = Date.now();
  for (const ind of INDICATORS) fs.mkdirSync(path.join(unit, ind), { recursive: true });
  let last: Buffer | null = null;
  for (let i = 0; i < a.photos; i++) {
    const ind = INDICATORS[i % INDICATORS.length]!;
    const day = 1 + (i % 28);
    const month = 1 + (i % 6);
    const date = `2026-${pad(month, 2)}-${pad(day, 2)}`;
    // What a real folder holds: camera originals (EXIF with its thumbnail); one in ten a
    // forwarded copy (1280 px, no EXIF: what WeChat sends without 原图); one in fifty a
    // forwarded copy of the previous original (a near duplicate).
    const file = path.join(unit, ind, `${date} 县一中 活动${pad(i)}.jpg`);
    let buf: Buffer;
    if (fs.existsSync(file)) {
      if (i % 10 !== 9) last = fs.readFileSync(file);
      continue;
    }
    if (i % 50 === 49 && last) {
      buf = await deriveJpeg(last, { width: 1280, quality: 70 });
    } else if (i % 10 === 9) {
      buf = await makeJpeg({ seed: i + 1, width: 1280, height: 960, quality: 70, noise: 40, exif: false });
    } else {
      buf = await makeJpeg({
        seed: i + 1,
        width: a.width,
        height: a.height,
        quality: 90,
        noise: 40,
        exif: { dateTimeOriginal: `${date} 09:${pad(i % 60, 2)}:00`, offsetTimeOriginal: '+08:00', make: 'Canon', model: 'EOS 90D' },
        thumbnail: true,
      });
      last = buf;
    }
    fs.writeFileSync(`${file}.tmp`, buf);
    fs.renameSync(`${file}.tmp`, file);
    if ((i + 1) % 100 === 0) process.stderr.write(`  built ${i + 1}/${a.photos} photos\n`);
  }
  for (let i = 0; i < a.pdfs; i++) {
    const ind = INDICATORS[i % INDICATORS.length]!;
    const para = `按照《县创文办关于做好网上申报工作的通知》（县创文办〔2025〕${i + 1}号）要求，本单位成立工作专班，开展主题活动${12 + i}场，参与群众${300 + i}人次，满意度提升至95%。`;
    const pages = Array.from({ length: 6 }, (_, p) => Array.from({ length: 12 }, () => `第${p + 1}页 ${para}`));
    fs.writeFileSync(path.join(unit, ind, `说明报告${pad(i, 3)}.pdf`), makePdf({ pages }));
  }
  fs.writeFileSync(marker, new Date().toISOString());
  process.stderr.write(`  built the folder in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${a.dir}\n`);
  return unit;
}

interface Measured {
  seconds: number;
  maxRssMB: number;
  ok: boolean;
  note?: string;
  /** CPU seconds of the measured process, when it is our runner. */
  cpuSeconds?: number;
}

/** Run a command in a fresh process: wall time, and the peak RSS the child reports (VmHWM). */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // The child reports its own max RSS on its last stderr line when it is our runner.
  const m = /MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  const cpu = /CPU_MS=(\d+)/.exec(r.stderr ?? '');
  return { seconds, maxRssMB: m ? Number(m[1]) / 1024 : NaN, ok: r.status === 0 || r.status === 1, note: r.status && r.status > 1 ? (r.stderr ?? '').slice(-400) : undefined, cpuSeconds: cpu ? Number(cpu[1]) / 1000 : undefined };
}

function fileCount(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (!e.name.startsWith('.')) n++;
    }
  };
  walk(dir);
  return n;
}

/** N image-only PDFs of 2–3 scanned pages each, in the indicator folders of one unit. */
async function buildScans(n: number): Promise<{ unit: string; pages: number }> {
  const dir = path.join(os.tmpdir(), `ledger-check-bench-scans-${n}`);
  const unit = path.join(dir, '县教育局');
  const marker = path.join(dir, '.complete');
  const { makeScanPdf } = await import('../fixtures/build/scan-pdf.js');
  const { reportParas } = await import('../fixtures/build/texts.js');
  let pages = 0;
  const plan = Array.from({ length: n }, (_, i) => ({ ind: INDICATORS[i % INDICATORS.length]!, per: i % 2 === 0 ? 8 : 5 }));
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const ind of INDICATORS) fs.mkdirSync(path.join(unit, ind), { recursive: true });
  }
  for (let i = 0; i < n; i++) {
    const { ind, per } = plan[i]!;
    const lines = reportParas({ unit: '县教育局', indicator: ind.replace(/^\S+\s/, ''), date: '2026-06-30' }).map((p) => p.text);
    pages += Math.ceil(lines.length / per);
    const file = path.join(unit, ind, `说明报告（扫描件）${pad(i, 3)}.pdf`);
    if (!fs.existsSync(marker)) fs.writeFileSync(file, await makeScanPdf(lines, { perPage: per, fontSize: 32, last: { seal: { x: 900, y: 1300, r: 160 } } }));
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return { unit, pages };
}

async function benchScans(n: number, runs: number): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { unit, pages } = await buildScans(n);
  const out = [`folder: ${unit}`, `${n} image-only PDFs, ${pages} pages; cpus: ${os.cpus().length}; OCR threads: ${process.env.LEDGER_CHECK_OCR_THREADS ?? 'one per core (max 4)'}; node ${process.version}`, '', '| what | seconds | pages/s | peak RSS MB |', '|---|---|---|---|'];
  for (let r = 0; r < runs; r++) {
    const m = measure(process.execPath, [path.join(here, 'bench-run.js'), 'scans', unit]);
    out.push(`| ledger-check with OCR, no cache | ${m.seconds.toFixed(1)} | ${(pages / m.seconds).toFixed(2)} | ${Number.isNaN(m.maxRssMB) ? '–' : m.maxRssMB.toFixed(0)} |${m.note ? ` FAILED: ${m.note}` : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

async function benchScaling(): Promise<void> {
  const { scaling, scalingTable, tinyRow, SCALING_SIZES } = await import('./bench-scaling.js');
  const i = process.argv.indexOf('--sizes');
  const sizes = i >= 0 ? process.argv[i + 1]!.split(',').filter(Boolean).map(Number) : SCALING_SIZES;
  // --runner: another build's dist/scripts/bench-run.js (figures before and after a change).
  const r = process.argv.indexOf('--runner');
  const runner = r >= 0 ? path.resolve(process.argv[r + 1]!) : path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-run.js');
  // --xlsx: each run also writes the Excel workbook (to a file in the system temp folder).
  const extra = process.argv.includes('--xlsx') ? ['-f', `xlsx:${path.join(os.tmpdir(), 'ledger-check-bench-scaling-out.xlsx')}`] : [];
  const rows = sizes.length ? await scaling(runner, sizes, extra) : [];
  // --tiny N: also a tree of N tiny text files (e.g. 100000).
  const ti = process.argv.indexOf('--tiny');
  if (ti >= 0) rows.push(tinyRow(runner, Number(process.argv[ti + 1]), extra));
  process.stdout.write(`${scalingTable(rows)}\n`);
}

async function main() {
  if (process.argv.includes('--scaling')) return benchScaling();
  if (process.argv.includes('--pdf-text')) return (await import('./bench-pdf.js')).benchPdfText(process.argv.slice(2));
  const si = process.argv.indexOf('--scans');
  if (si >= 0) return benchScans(Number(process.argv[si + 1]), parseArgs(process.argv.slice(2)).runs);
  const a = parseArgs(process.argv.slice(2));
  const here = path.dirname(fileURLToPath(import.meta.url));
  const runner = path.join(here, 'bench-run.js');
  // --county-only: the fact-cache rows alone (the photo folder is neither built nor measured).
  if (process.argv.includes('--county-only')) return benchCache(a, runner);
  process.stderr.write(`ledger-check bench: ${a.photos} photos ${a.width}×${a.height}, ${a.pdfs} PDFs\n`);
  const unit = await build(a);
  const files = fileCount(unit);
  const bytes = Number(spawnSync('du', ['-sb', unit], { encoding: 'utf8' }).stdout.split('\t')[0]);
  const rows: [string, Measured][] = [];
  const cold = dropCaches();
  for (let run = 0; run < a.runs; run++) {
    dropCaches();
    rows.push(['floor: first 64 KB of each file', measure(process.execPath, [runner, 'floor', unit])]);
    const hasExiftool = spawnSync('exiftool', ['-ver']).status === 0;
    if (hasExiftool) {
      dropCaches();
      const m = measure('exiftool', ['-json', '-r', '-DateTimeOriginal', unit]);
      rows.push(['exiftool -json -r -DateTimeOriginal', m]);
    }
    dropCaches();
    rows.push([`ledger-check --format json --no-cache (near duplicates ${a.near ? 'on' : 'off'})`, measure(process.execPath, [runner, 'cli', unit, a.near ? 'near' : 'no-near'])]);
  }
  const out: string[] = [];
  out.push(`folder: ${unit}`);
  out.push(`files: ${files} (${a.photos} photos, ${a.pdfs} PDFs), ${(bytes / 1048576).toFixed(0)} MiB; cache: ${cold ? 'cold (dropped before each run)' : 'warm (could not drop caches: not root)'}; cpus: ${os.cpus().length}; node ${process.version}`);
  out.push('');
  out.push('| what | seconds | files/s | peak RSS MB |');
  out.push('|---|---|---|---|');
  for (const [name, m] of rows) {
    out.push(`| ${name} | ${m.seconds.toFixed(2)} | ${(files / m.seconds).toFixed(0)} | ${Number.isNaN(m.maxRssMB) ? '–' : m.maxRssMB.toFixed(0)} |${m.note ? ` FAILED: ${m.note}` : ''}`);
  }
  const times = (prefix: string) => rows.filter(([n]) => n.startsWith(prefix)).map(([, m]) => m.seconds).sort((x, y) => x - y);
  const best = (prefix: string) => Math.min(...times(prefix));
  const median = (prefix: string) => {
    const t = times(prefix);
    return t.length ? (t.length % 2 ? t[(t.length - 1) / 2]! : (t[t.length / 2 - 1]! + t[t.length / 2]!) / 2) : NaN;
  };
  out.push('');
  if (times('exiftool').length) {
    out.push(`ledger-check / exiftool: ${(best('ledger-check') / best('exiftool')).toFixed(2)}× best to best, ${(median('ledger-check') / median('exiftool')).toFixed(2)}× median to median (target ≤ 0.5×)`);
  } else out.push('exiftool not installed: no comparison (apt-get install libimage-exiftool-perl)');
  out.push(`ledger-check / 64 KB floor: ${(best('ledger-check') / best('floor')).toFixed(1)}× best to best`);
  process.stdout.write(`${out.join('\n')}\n`);
  await benchCache(a, runner);
}

/**
 * The fact cache on a county-like drive (scripts/bench-county.ts), in the same batch: no cache,
 * an empty cache (cold), the same cache again (warm re-run of the unchanged drive). `--county 0`
 * leaves it out, `--county-only` measures it alone; `--county U --county-photos P --county-pdfs D --county-width W --county-height H` size it; `--county-before OTHER/dist/scripts/bench-run.js` adds a cold/warm pair with another build.
 */
async function benchCache(a: Args, runner: string): Promise<void> {
  const argv = process.argv.slice(2);
  const get = (name: string, def: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : def;
  };
  const units = get('county', 20);
  if (units <= 0) return;
  const { buildCounty } = await import('./bench-county.js');
  // --county-width 4000 --county-height 3000 --county-photos 60: the issue's own county (20 units,
  // 1,380 files, 6.2 GB of 12 MP photos), heavier per file than the default drive.
  const county = await buildCounty({ units, photosPerUnit: get('county-photos', 30), pdfsPerUnit: get('county-pdfs', 3), width: get('county-width', 2400), height: get('county-height', 1800) });
  const bi = argv.indexOf('--county-before');
  const before = bi >= 0 ? path.resolve(argv[bi + 1]!) : null;
  const rows: [string, Measured][] = [];
  for (let run = 0; run < a.runs; run++) {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-check-bench-cache-'));
    try {
      dropCaches();
      rows.push(['no cache (--no-cache)', measure(process.execPath, [runner, 'cli', county.dir])]);
      dropCaches();
      rows.push(['cold: empty cache', measure(process.execPath, [runner, 'cli-cache', county.dir, cacheDir])]);
      dropCaches();
      rows.push(['warm: same cache, drive unchanged', measure(process.execPath, [runner, 'cli-cache', county.dir, cacheDir])]);
      if (before) {
        // The same pair with another build (--county-before OTHER/dist/scripts/bench-run.js), its own cache.
        const beforeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-check-bench-cache-'));
        try {
          dropCaches();
          rows.push(['before: cold', measure(process.execPath, [before, 'cli-cache', county.dir, beforeDir])]);
          dropCaches();
          rows.push(['before: warm', measure(process.execPath, [before, 'cli-cache', county.dir, beforeDir])]);
        } finally {
          fs.rmSync(beforeDir, { recursive: true, force: true });
        }
      }
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  const out = ['', `county-like drive: ${county.dir}`, `files: ${county.files} (${units} units), ${(county.bytes / 1048576).toFixed(0)} MiB; page cache dropped before each run when root`, '', '| fact cache | seconds | CPU seconds | files/s | peak RSS MB |', '|---|---|---|---|---|'];
  for (const [name, m] of rows) {
    out.push(`| ${name} | ${m.seconds.toFixed(2)} | ${m.cpuSeconds?.toFixed(2) ?? '–'} | ${(county.files / m.seconds).toFixed(0)} | ${Number.isNaN(m.maxRssMB) ? '–' : m.maxRssMB.toFixed(0)} |${m.note ? ` FAILED: ${m.note}` : ''}`);
  }
  const cpuOf = (prefix: string) => rows.filter(([n]) => n.startsWith(prefix)).map(([, m]) => m.cpuSeconds ?? NaN).sort((x, y) => x - y);
  const times = (prefix: string) => rows.filter(([n]) => n.startsWith(prefix)).map(([, m]) => m.seconds).sort((x, y) => x - y);
  const median = (t: number[]) => (t.length % 2 ? t[(t.length - 1) / 2]! : (t[t.length / 2 - 1]! + t[t.length / 2]!) / 2);
  const cold = times('cold');
  const warm = times('warm');
  out.push('');
  out.push(`warm / cold: ${(Math.min(...warm) / Math.min(...cold)).toFixed(3)}× best to best, ${(median(warm) / median(cold)).toFixed(3)}× median to median (target ≤ 0.1×); CPU time: ${(median(cpuOf('warm')) / median(cpuOf('cold'))).toFixed(3)}× median to median; cold with cache / no cache: ${(median(cold) / median(times('no cache'))).toFixed(2)}× wall, ${(median(cpuOf('cold')) / median(cpuOf('no cache'))).toFixed(2)}× CPU`);
  if (before) {
    const bw = times('before: warm');
    const bc = times('before: cold');
    out.push(`before (${before}): warm / cold ${(median(bw) / median(bc)).toFixed(3)}× median to median, CPU ${(median(cpuOf('before: warm')) / median(cpuOf('before: cold'))).toFixed(3)}×; warm now / warm before: ${(median(warm) / median(bw)).toFixed(2)}× wall, ${(median(cpuOf('warm')) / median(cpuOf('before: warm'))).toFixed(2)}× CPU`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
