/**
 * Compare ledger-check's PDF reading with poppler on a folder of PDFs:
 * page count and encryption against `pdfinfo`, Chinese text against `pdftotext`.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/compare-pdfinfo.js [dir]
 *
 * Chinese text is compared as the sequence of Han characters (layout, spacing and punctuation
 * differ between the two readers by design); when the order differs, as a multiset. Skips with
 * a message when poppler-utils is not installed. Exit code 1 when a comparable value differs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closePdfPool, parsePdfOffThread, pdfParsingMode } from '../src/extract/pdf-worker.js';
import type { RawPdf } from '../src/extract/pdf.js';

interface Poppler {
  pages: number | null;
  encrypted: boolean | null;
  error: string | null;
  text: string | null;
}

function popplerInfo(file: string): Poppler {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const out: Poppler = { pages: null, encrypted: null, error: null, text: null };
  const err = (info.stderr || '').trim();
  if (info.status !== 0) {
    out.error = err.split('\n').pop() ?? `exit ${info.status}`;
    if (/password/i.test(err)) out.encrypted = true;
    return out;
  }
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout);
  const enc = /^Encrypted:\s+(yes|no)/m.exec(info.stdout);
  out.pages = pages ? Number(pages[1]) : null;
  out.encrypted = enc ? enc[1] === 'yes' : null;
  const txt = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  out.text = txt.status === 0 ? txt.stdout : null;
  return out;
}

const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FFFF}]/gu;
const han = (s: string | null) => (s ? (s.match(HAN) ?? []) : []);
const sorted = (a: string[]) => [...a].sort().join('');

function pad(s: string, n: number): string {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return s + ' '.repeat(Math.max(0, n - w));
}

async function main(): Promise<number> {
  const dir = process.argv[2] ?? '/work/shared/corpus/pdfs';
  const probe = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    console.log('poppler-utils (pdfinfo, pdftotext) not found: comparison skipped. Install with: apt-get install -y poppler-utils');
    return 0;
  }
  const version = /pdfinfo version (\S+)/.exec(probe.stderr + probe.stdout)?.[1] ?? '?';
  const files = readdirSync(dir).filter((f) => /\.pdf$/i.test(f)).sort();
  console.log(`ledger-check PDF reading (${pdfParsingMode()}) vs poppler ${version} on ${files.length} files in ${dir}\n`);
  console.log(`${pad('file', 40)}${pad('pages us/pop', 14)}${pad('encr us/pop', 13)}${pad('our error', 14)}${pad('Han us/pop', 12)}verdict`);
  const tally = { pages: [0, 0], enc: [0, 0], text: [0, 0], mismatches: [] as string[] };
  const started = Date.now();
  const ours = await Promise.all(files.map((f) => parsePdfOffThread(readFileSync(path.join(dir, f)))));
  const parsedIn = Date.now() - started;
  files.forEach((f, i) => {
    const o: RawPdf = ours[i];
    const p = popplerInfo(path.join(dir, f));
    const notes: string[] = [];
    // Pages: comparable when both opened the file.
    if (o.pages !== null && p.pages !== null) {
      tally.pages[1]++;
      if (o.pages === p.pages) tally.pages[0]++;
      else notes.push('pages differ');
    }
    if (p.encrypted !== null) {
      tally.enc[1]++;
      if (o.encrypted === p.encrypted) tally.enc[0]++;
      else notes.push('encryption differs');
    }
    const hp = han(p.text);
    const ho = han(o.pageTexts ? o.pageTexts.join('\n') : null);
    let textVerdict = '';
    if (hp.length > 0) {
      tally.text[1]++;
      if (hp.join('') === ho.join('')) {
        tally.text[0]++;
        textVerdict = 'same Chinese text';
      } else if (sorted(hp) === sorted(ho)) {
        tally.text[0]++;
        textVerdict = 'same Chinese characters, other order';
      } else notes.push('Chinese text differs');
    } else if (ho.length > 0) textVerdict = `poppler: no Chinese${o.repaired ? `; ours re-decoded (${o.repaired})` : ''}`;
    if (p.error) notes.push(`poppler: ${p.error}`);
    const verdict = [...notes, textVerdict].filter(Boolean).join('; ') || 'ok';
    if (notes.some((n) => /differ/.test(n))) tally.mismatches.push(f);
    const name = f.length > 38 ? `${f.slice(0, 37)}…` : f;
    const enc = `${o.encrypted ? 'y' : 'n'}/${p.encrypted === null ? '-' : p.encrypted ? 'y' : 'n'}`;
    console.log(`${pad(name, 40)}${pad(`${o.pages ?? '-'}/${p.pages ?? '-'}`, 14)}${pad(enc, 13)}${pad(o.error?.code ?? '', 14)}${pad(`${ho.length}/${hp.length}`, 12)}${verdict}`);
  });
  await closePdfPool();
  console.log(`\nsummary (ours parsed all in ${(parsedIn / 1000).toFixed(2)} s):`);
  console.log(`  page count   ${tally.pages[0]}/${tally.pages[1]} match (files both readers opened)`);
  console.log(`  encryption   ${tally.enc[0]}/${tally.enc[1]} match (files pdfinfo could answer for)`);
  console.log(`  Chinese text ${tally.text[0]}/${tally.text[1]} match (files where pdftotext yields Chinese)`);
  if (tally.mismatches.length) console.log(`  differences: ${tally.mismatches.join(', ')}`);
  return tally.mismatches.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
