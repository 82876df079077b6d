/**
 * npm run bench -- --pdf-text [--pdfs N] [--threads P] [--runs R] [--extra DIR]
 *
 * PDF text throughput against poppler's `pdftotext`, the same PDFs, the same parallelism (P
 * pdftotext processes at a time through xargs; ledger-check's PDF worker pool with P threads),
 * with the page cache dropped before each run (cold, when root) and after a warm-up run (warm).
 * Sets: N Chinese reports made by LibreOffice from generated .docx (when `soffice` is installed:
 * apt-get install libreoffice-writer), N made by the fixtures' PDF writer (non-embedded
 * STSong-Light + UniGB-UTF16-H, as the main bench's), and DIR's PDFs with --extra (real files,
 * read in place). With @hyzyla/pdfium installed (`npm i --no-save @hyzyla/pdfium`, not a
 * dependency), PDFium as WebAssembly is timed too (P threads, one PDFium each). Then the agreement
 * of each engine's text with pdftotext's (whitespace ignored), and of PDFium's with ours. Every
 * engine is timed as a whole command (spawn to exit) under /usr/bin/time: median wall seconds, CPU
 * seconds (all threads), files/s, peak RSS, and the throughput against pdftotext's by wall and by
 * CPU. Ours twice: the PDF reader alone (bench-pdf-run.ts, the worker pool with at most P threads)
 * and the whole `ledger-check` command on the folder (every check, a JSON report, no fact cache).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocx } from '../fixtures/build/docx.js';
import { makePdf } from '../fixtures/build/pdf.js';
import { reportParas } from '../fixtures/build/texts.js';
import { dropCaches } from './drop-caches.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const runner = path.join(here, 'bench-pdf-run.js');
const cli = path.join(here, '..', '..', 'bin', 'ledger-check.js');

const UNITS = ['县教育局', '县卫健委', '县民政局', '县文旅局', '县住建局', '县交通局', '县公安局', '县市场监管局', '团县委', '县妇联'];
const TOPICS = ['我们的节日', '志愿服务', '理论学习与宣传宣讲', '未成年人思想道德建设', '公共文化服务', '市容环境卫生', '社会主义核心价值观宣传'];

/** Paragraphs of report i: the five elements, then 8–41 numbered activity paragraphs (1–5 pages). */
function reportText(i: number): { text: string; heading?: 1 | 2 }[] {
  const unit = UNITS[i % UNITS.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const base = reportParas({ unit, indicator: topic, date: `2026-0${1 + (i % 6)}-1${i % 10}`, summaryStyle: i % 3 === 0 });
  const out = base.slice(0, -2).map((p) => ({ ...p }));
  for (let r = 0; r < 8 + (i % 12) * 3; r++) {
    out.push({ text: `（${r + 1}）${unit}第${r + 1}批次活动：组织志愿者${20 + r}名深入${r % 2 ? '社区' : '村'}开展“${topic}”宣传，发放资料${100 + r * 7}份，受益群众${300 + i + r}人次，活动照片${3 + (r % 5)}张已登记入台账，问题整改完成率${90 + (r % 10)}%。` });
  }
  return [...out, ...base.slice(-2)];
}

function hasProgram(cmd: string, arg = '--version'): boolean {
  return spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
}

/** N reports converted by LibreOffice (one soffice call, its own profile); null without soffice. */
async function buildLibreOffice(root: string, n: number): Promise<string | null> {
  const dir = path.join(root, `libreoffice-${n}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  if (!hasProgram('soffice')) return null;
  const src = path.join(root, `docx-${n}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const paras = reportText(i).map((p) => (p.heading ? { text: p.text, heading: p.heading } : p.text));
    fs.writeFileSync(path.join(src, `说明报告${String(i).padStart(3, '0')}.docx`), await makeDocx({ paragraphs: paras, title: `${UNITS[i % UNITS.length]}说明报告` }));
  }
  process.stderr.write(`  converting ${n} .docx with LibreOffice…\n`);
  const files = fs.readdirSync(src).map((f) => path.join(src, f));
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(root, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 1_800_000 });
  if (r.status !== 0 || fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).length !== n) return null;
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

/** N reports from the fixtures' PDF writer. */
function buildOwn(root: string, n: number): string {
  const dir = path.join(root, `fixture-writer-${n}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `说明报告${String(i).padStart(3, '0')}.pdf`), makePdf({ pages: [reportText(i).map((p) => p.text)] }));
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

interface Run {
  /** Wall-clock seconds of the whole command, from spawn to exit, as a user waits for it. */
  seconds: number;
  /** CPU seconds of the command and all its threads and children (user + system). */
  cpu: number;
  rssMB: number;
}

/** Runs a command under /usr/bin/time: whole-process wall time, CPU time (all threads, children) and peak RSS. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, okStatus: number[] = [0]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %U %S %M', cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /BENCH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  // /usr/bin/time passes the command's exit status on; a nonzero one the caller allows (a check
  // with findings) is not a failure.
  if (!m || !okStatus.includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-400)}`);
  return { seconds, cpu: Number(m[1]) + Number(m[2]), rssMB: Number(m[3]) / 1024 };
}

const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const strip = (s: string) => s.replace(/[\s\f]+/g, '');

/** Share of b's characters (whitespace ignored) that a has too, counted as multisets; 1 when both are empty. */
function agreement(a: string, b: string): number {
  const x = [...strip(a)];
  const y = [...strip(b)];
  if (x.length === 0 && y.length === 0) return 1;
  const count = new Map<string, number>();
  for (const c of y) count.set(c, (count.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of x) {
    const k = count.get(c) ?? 0;
    if (k > 0) {
      common++;
      count.set(c, k - 1);
    }
  }
  return common / Math.max(x.length, y.length);
}

function pdftotextOf(file: string): string {
  return spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout ?? '';
}

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Does this machine's pdftotext read Chinese? Without poppler-data it reads no character of a CID
 * font (every report here): its text is empty, the agreement 0.000 and its speed that of reading
 * nothing, so the comparison means nothing. One report of the bench's own kind, written to `dir`, is
 * read; at least half of its Chinese characters must come back.
 */
export function pdftotextReadsChinese(dir: string): { ok: boolean; seen: number; expected: number; file: string } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '中文探测.pdf');
  const paras = reportText(0).map((p) => p.text);
  fs.writeFileSync(file, makePdf({ pages: [paras] }));
  const expected = han(paras.join(''));
  const seen = han(pdftotextOf(file));
  return { ok: seen * 2 >= expected, seen, expected, file };
}

export async function benchPdfText(argv: string[]): Promise<void> {
  const get = (name: string, def: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : def;
  };
  const n = get('pdfs', 100);
  const threads = get('threads', 2);
  const runs = get('runs', 3);
  const ei = argv.indexOf('--extra');
  const extra = ei >= 0 ? path.resolve(argv[ei + 1]!) : null;
  if (!hasProgram('pdftotext', '-v')) {
    process.stdout.write('pdftotext not installed: no comparison (apt-get install poppler-utils)\n');
    return;
  }
  const root = path.join(os.tmpdir(), 'ledger-check-bench-pdftext');
  fs.mkdirSync(root, { recursive: true });
  const probe = pdftotextReadsChinese(root);
  if (!probe.ok) {
    process.stderr.write(
      `pdftotext read ${probe.seen} of the ${probe.expected} Chinese characters of ${probe.file}: it reads no Chinese here ` +
        '(install poppler-data: apt-get install poppler-data). The agreement and the throughput against it would mean nothing; not run.\n',
    );
    process.exitCode = 2;
    return;
  }
  const sets: [string, string][] = [];
  const lo = await buildLibreOffice(root, n);
  if (lo) sets.push([`${n} LibreOffice reports`, lo]);
  else process.stderr.write('  soffice not installed: no LibreOffice set (apt-get install libreoffice-writer)\n');
  sets.push([`${n} fixture-writer reports`, buildOwn(root, n)]);
  if (extra) sets.push([`--extra ${extra}`, extra]);
  const canDrop = dropCaches();
  const withPdfium = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('@hyzyla/pdfium')"], { cwd: path.join(here, '..'), stdio: 'ignore' }).status === 0;
  const cpus = os.availableParallelism?.() ?? os.cpus().length;
  const out = [`PDF text vs pdftotext: ${threads} at a time; runs: ${runs} (medians); cpus: ${cpus}; node ${process.version}; page cache: ${canDrop ? 'dropped before each cold run' : 'NOT dropped (not root): cold = warm'}; load average at start: ${loadAverage()}`, ''];
  out.push(
    'Seconds: the whole command, from start to exit (Node start, threads, pdf.js loading included). CPU: user + system of all its threads. Throughput vs pdftotext = pdftotext\'s seconds ÷ ours (above 1.00× = faster).',
    '',
    '| set | cache | engine | seconds | CPU s | files/s | peak RSS MB | throughput vs pdftotext (wall) | (CPU) |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const [label, dir] of sets) {
    const files = fs.readdirSync(dir).filter((f) => /\.pdf$/i.test(f)).length;
    const env = { ...process.env, LEDGER_CHECK_PDF_THREADS: String(threads) };
    const engines: [string, () => Run][] = [
      [`pdftotext ×${threads}`, () => timed('sh', ['-c', `ls -1 "$0"/*.pdf "$0"/*.PDF 2>/dev/null | xargs -d '\\n' -P ${threads} -I{} pdftotext -q -enc UTF-8 {} - > /dev/null || true`, dir])],
      // The PDF reader alone (the worker pool, at most P threads), as extraction uses it.
      [`ledger-check reader ≤${threads}`, () => timed(process.execPath, [runner, 'ours', dir], env)],
      // The whole command a user runs on the folder: every check and a JSON report, no fact cache.
      [`ledger-check CLI ≤${threads}`, () => timed(process.execPath, [cli, dir, '--no-cache', '--no-ocr', '--no-progress', '--no-review', '-f', 'json:/dev/null'], env, [0, 1])],
    ];
    if (withPdfium) engines.push([`PDFium wasm ×${threads}`, () => timed(process.execPath, [runner, 'pdfium', dir, String(threads)])]);
    for (const cache of ['cold', 'warm'] as const) {
      const results = new Map<string, Run[]>();
      for (let r = 0; r < runs; r++) {
        // Interleaved, so drift in the machine's speed touches every engine alike.
        for (const [name, run] of engines) {
          if (cache === 'cold') dropCaches();
          else if (r === 0) run(); // warm-up
          results.set(name, [...(results.get(name) ?? []), run()]);
        }
      }
      const base = median(results.get(engines[0]![0])!.map((x) => x.seconds));
      const baseCpu = median(results.get(engines[0]![0])!.map((x) => x.cpu));
      for (const [name] of engines) {
        const rs = results.get(name)!;
        const s = median(rs.map((x) => x.seconds));
        const cpu = median(rs.map((x) => x.cpu));
        const rss = median(rs.map((x) => x.rssMB));
        out.push(`| ${label} | ${cache} | ${name} | ${s.toFixed(2)} | ${cpu.toFixed(2)} | ${(files / s).toFixed(0)} | ${rss.toFixed(0)} | ${(base / s).toFixed(2)}× | ${(baseCpu / cpu).toFixed(2)}× |`);
      }
    }
  }
  out.push('', `Load average at the end: ${loadAverage()}`);
  out.push('', 'Agreement with pdftotext (characters, whitespace ignored; 1.000 = the same characters):', '', '| set | engine | mean | files ≥ 0.99 | lowest |', '|---|---|---|---|---|');
  const pdfiumVsOurs: string[] = [];
  for (const [label, dir] of sets) {
    const dump = path.join(root, 'texts.json');
    spawnSync(process.execPath, [runner, 'dump', dir, dump], { stdio: 'ignore', env: { ...process.env, LEDGER_CHECK_PDF_THREADS: String(threads) } });
    const texts = JSON.parse(fs.readFileSync(dump, 'utf8')) as Record<string, Record<string, string>>;
    for (const [engine, byFile] of Object.entries(texts)) {
      const scores = Object.entries(byFile).map(([f, t]) => [path.basename(f), agreement(t, pdftotextOf(f))] as const);
      const mean = scores.reduce((a, [, s]) => a + s, 0) / Math.max(1, scores.length);
      const low = [...scores].sort((a, b) => a[1] - b[1])[0];
      out.push(`| ${label} | ${engine === 'ours' ? 'ledger-check' : 'PDFium wasm'} | ${mean.toFixed(3)} | ${scores.filter(([, s]) => s >= 0.99).length}/${scores.length} | ${low ? `${low[1].toFixed(2)} ${low[0]}` : '–'} |`);
    }
    if (texts.pdfium) {
      // PDFium against our text (what stored facts and rules were made with): characters, and lines.
      const files = Object.keys(texts.ours!);
      const scores = files.map((f) => agreement(texts.pdfium![f] ?? '', texts.ours![f]!));
      const lines = (t: string) => t.split(/[\n\f]/).map((l) => l.replace(/\s+/g, '')).filter(Boolean).join('\n');
      const sameLines = files.filter((f) => lines(texts.pdfium![f] ?? '') === lines(texts.ours![f]!)).length;
      const same = files.filter((f) => (texts.pdfium![f] ?? '') === texts.ours![f]).length;
      pdfiumVsOurs.push(`| ${label} | ${(scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length)).toFixed(3)} | ${sameLines}/${files.length} | ${same}/${files.length} |`);
    }
  }
  if (pdfiumVsOurs.length) out.push('', "PDFium's text against ledger-check's (characters; files whose lines are the same, whitespace ignored; files byte-identical):", '', '| set | characters | same lines | identical |', '|---|---|---|---|', ...pdfiumVsOurs);
  process.stdout.write(`${out.join('\n')}\n`);
}
