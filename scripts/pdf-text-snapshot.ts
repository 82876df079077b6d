/**
 * node dist/scripts/pdf-text-snapshot.js OUT.json DIR…   (after npm run build)
 * node dist/scripts/pdf-text-snapshot.js --compare A.json B.json
 *
 * Proof that a change to the PDF reader leaves its output alone: writes everything parsePdf
 * returns (pages, page texts, metadata, GBK repair, error) for the pinned fixture PDFs
 * (fixtures/build/pdf-text-cases.ts) and every PDF in each DIR, through the worker pool as a run
 * would; `--compare` lists every file whose result differs (exit 1 when any does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pdfTextCases } from '../fixtures/build/pdf-text-cases.js';
import { closePdfPool, parsePdfOffThread } from '../src/extract/pdf-worker.js';

type Snapshot = Record<string, unknown>;

async function snapshot(out: string, dirs: string[]): Promise<void> {
  const result: Snapshot = {};
  for (const c of await pdfTextCases()) result[`fixture:${c.name}`] = await parsePdfOffThread(c.pdf);
  for (const dir of dirs) {
    const files = fs.readdirSync(dir).filter((f) => /\.pdf$/i.test(f)).sort();
    const rs = await Promise.all(files.map((f) => parsePdfOffThread(fs.readFileSync(path.join(dir, f)))));
    files.forEach((f, i) => (result[path.join(path.resolve(dir), f)] = rs[i]));
  }
  await closePdfPool();
  fs.writeFileSync(out, JSON.stringify(result, null, 1));
  process.stdout.write(`${Object.keys(result).length} PDFs → ${out}\n`);
}

function compare(a: string, b: string): number {
  const x = JSON.parse(fs.readFileSync(a, 'utf8')) as Snapshot;
  const y = JSON.parse(fs.readFileSync(b, 'utf8')) as Snapshot;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const differ = keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  for (const k of differ) process.stdout.write(`differs: ${k}\n`);
  process.stdout.write(`${keys.length} PDFs compared, ${differ.length} differ\n`);
  return differ.length === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--compare') process.exitCode = compare(args[1]!, args[2]!);
else await snapshot(args[0]!, args.slice(1));
